// The route table is the one description of the API: the server registers exactly its routes,
// describes them in OpenAPI (linted by Redocly with no error), checks roles before input, reads
// input strictly, and every documented answer fits a real answer of the running server.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTES, Ticket, type ErrorBody, type RouteKey, type RouteSpec } from '@motcua/protocol';
import { call } from '@motcua/protocol/client';
import Type from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerProblems } from '../../server/src/http/answer-check.ts';
import { operationId } from '../../server/src/http/register.ts';
import { http, issue, login, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const keys = Object.keys(ROUTES) as RouteKey[];
const spec = (key: RouteKey): RouteSpec => ROUTES[key];
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

describe('the answer check', () => {
  const ticket = { id: 1, number: '1001', departmentId: 1, departmentCode: 'TP', serviceId: 1, priority: null, status: 'waiting', issuedAt: '2026-11-29T01:00:00.000Z', trackCode: 'abcd1234' };

  it('accepts an answer that fits its schema', () => {
    expect(answerProblems(Ticket, ticket)).toEqual([]);
    expect(answerProblems(Type.Object({ ticket: Type.Union([Ticket, Type.Null()]) }), { ticket: null })).toEqual([]);
  });

  it('names a missing field, a wrong type and a field the schema lacks, also inside arrays and unions', () => {
    const { trackCode: _, ...missing } = ticket;
    expect(answerProblems(Ticket, missing).join()).toContain('trackCode');
    expect(answerProblems(Ticket, { ...ticket, id: 'one' }).join()).toContain('/id');
    expect(answerProblems(Ticket, { ...ticket, secret: 'x' })).toEqual(['/secret is not in the schema']);
    expect(answerProblems(Type.Array(Ticket), [ticket, { ...ticket, extra: 1 }])).toEqual(['/1/extra is not in the schema']);
    expect(answerProblems(Type.Object({ ticket: Type.Union([Ticket, Type.Null()]) }), { ticket: { ...ticket, extra: 1 } })).toEqual(['/ticket/extra is not in the schema']);
  });
});

describe('the API as served', () => {
  let server: Running;
  let tokens: Record<'officer' | 'supervisor' | 'admin', string>;

  beforeAll(async () => {
    server = await startServer();
    tokens = { officer: await officerAt(server.url, 'officer01', 1), supervisor: await login(server.url, 'supervisor'), admin: await login(server.url, 'admin', 'admin') };
  });
  afterAll(() => server.close());

  it('describes exactly the routes of the table in OpenAPI, each with its answer, refusals and a unique operationId', async () => {
    const doc = await fetch(`${server.url}/api/openapi.json`).then((r) => r.json()) as {
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
    };
    const described = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    expect(described).toEqual(keys.map((k) => openApiPath(k)).sort());
    for (const key of keys) {
      const [method, path] = key.split(' ') as [string, string];
      const operation = doc.paths[openApiPath(path)]![method.toLowerCase()]!;
      expect(operation.operationId).toBe(operationId(key));
      expect(Object.keys(operation.responses)).toContain(String(spec(key).status ?? 200));
      if (spec(key).roles !== 'anyone') expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
    expect(new Set(keys.map(operationId)).size).toBe(keys.length);
  });

  it('has an OpenAPI description that Redocly lints with no error', async () => {
    const file = join(server.dir, 'openapi.json');
    writeFileSync(file, await (await fetch(`${server.url}/api/openapi.json`)).text());
    let output: string;
    try {
      output = execFileSync(join(ROOT, 'node_modules', '.bin', 'redocly'), ['lint', file, '--format=json'], { cwd: server.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, timeout: 60_000 });
    } catch (e) {
      output = (e as { stdout: string }).stdout;
    }
    const report = JSON.parse(output.slice(output.indexOf('{'))) as { totals: { errors: number }; problems: { message: string }[] };
    expect(report.totals.errors, report.problems.map((p) => p.message).join('\n')).toBe(0);
  });

  it('answers every GET route of the table with what the table documents', async () => {
    const ticket = await issue(server.url, 1);
    const roleToken = (key: RouteKey): string | undefined => {
      const { roles } = spec(key);
      if (roles === 'anyone') return undefined;
      if (roles.includes('officer')) return tokens.officer;
      if (roles.includes('supervisor')) return tokens.supervisor;
      if (roles.includes('admin')) return tokens.admin;
      return undefined;
    };
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    const booking = await send(server.url, 'POST /api/appointments', { body: { serviceId: 1, date: tomorrow, start: '10:00', phone: '0912345678', idNumber: '082195000001' } });
    const params: Record<string, string> = { id: '1', trackCode: ticket.trackCode, code: booking.body.code };
    const query: Record<string, string> = { from: '2026-01-01', to: '2026-12-31', format: 'csv', number: '1023', counter: '5', serviceId: '1', date: tomorrow };
    const gets = keys.filter((k) => k.startsWith('GET ') && !spec(k).file && (spec(k).roles === 'anyone' || roleToken(k)));
    expect(gets.length).toBeGreaterThan(10);
    for (const key of gets) {
      const path = key.slice(4).replace(/:([A-Za-z]+)/g, (_, name: string) => params[name]!);
      const names = Object.keys((spec(key).query as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
      const known = names.filter((n) => query[n] !== undefined);
      const search = known.length > 0 ? `?${new URLSearchParams(known.map((n) => [n, query[n]!]))}` : '';
      const token = roleToken(key);
      const { status, body } = await http(server.url, path + search, token ? { token } : {});
      expect(status, key).toBe(200);
      expect(answerProblems(spec(key).answer, body), key).toEqual([]);
    }
  });

  it('checks who calls before what is sent: a stranger gets 401, not the schema', async () => {
    const anonymous = await http<ErrorBody>(server.url, '/api/admin/center', { method: 'PUT', body: {} });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');
    expect(anonymous.body.error.message).not.toMatch(/body|must have/);
  });

  it('takes no number for what is not one: true, "1", [1] in a body; 1e3 or 0x10 as an id; 31 February as a day', async () => {
    const before = (await call('GET /api/catalog', { baseUrl: server.url })).departments[0]!.waiting;
    for (const serviceId of [true, '1', [1], 1.5]) {
      const refused = await http<ErrorBody>(server.url, '/api/tickets', { token: 'demo-kiosk', body: { serviceId } });
      expect(refused.status, JSON.stringify(serviceId)).toBe(400);
      expect(refused.body.error.code).toBe('invalid_request');
    }
    expect((await call('GET /api/catalog', { baseUrl: server.url })).departments[0]!.waiting).toBe(before);
    for (const id of ['1e3', '0x10', '01', '1.0']) {
      expect((await http(server.url, `/api/tickets/${id}`, { token: tokens.officer })).status, id).toBe(400);
    }
    expect((await send(server.url, 'GET /api/tickets/:id', { params: { id: 1 }, token: tokens.officer })).status).toBe(200);
    expect((await refusal(server.url, 'GET /api/stats', { query: { from: '2026-02-31', to: '2026-03-01' }, token: tokens.supervisor })).status).toBe(400);
  });

  it('answers a bad or too long address in the error shape', async () => {
    const bad = await http<ErrorBody>(server.url, '/api/tickets/track/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('malformed_request');
    const long = await http<ErrorBody>(server.url, `/api/tickets/track/${'a'.repeat(200)}`);
    expect(long.status).toBe(414);
    expect(long.body.error).toMatchObject({ code: 'uri_too_long', messageVi: expect.stringContaining('quá dài') });
  });
});
