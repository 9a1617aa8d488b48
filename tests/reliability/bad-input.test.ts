// Bad input: over 10,000 generated requests (fast-check) against every operation of the OpenAPI
// document of a real server process. No answer may be a 5xx, the process must stay up, and a
// refused request (4xx) must leave the database as it was: every table but the audit log and the
// sessions (which successful sign-ins write) is compared before and after each request. Along the
// way, the waiting counts the server publishes must stay a true count of the waiting tickets.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@motcua/protocol';
import { HttpClient, type Reply } from '../bench/http.ts';
import { spawnServer, type ChildServer } from '../support/child-server.ts';
import { badRequest, operations, outOfOrder, type BadRequest, type World } from './fuzz.ts';

const RUNS = 10_000;
const NOT_COMPARED = new Set(['audit_log', 'sessions', 'schema_migrations']);
const USERS = ['officer01', 'officer02', 'officer04', 'supervisor', 'admin'];
const DEVICE_KEYS = ['demo-kiosk', 'demo-display'];

describe('10,000 generated bad requests over every endpoint', () => {
  let server: ChildServer;
  let client: HttpClient;
  let db: Database.Database;
  const world: World = { ticketIds: [], trackCodes: [], numbers: [], tokens: [...DEVICE_KEYS], officers: [] };

  /** Every table that matters, as one string. */
  function snapshot(): string {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return JSON.stringify(tables.filter((t) => !NOT_COMPARED.has(t)).map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all()]));
  }

  /** Real tokens for officers at their counters, a supervisor and an admin; fresh tickets to act on. */
  async function refreshWorld(): Promise<void> {
    const tokens = await Promise.all(USERS.map(async (username) => {
      const r = await client.post<{ token: string }>('/api/auth/login', { body: { username, password: username === 'admin' ? 'admin' : 'demo' } });
      return r.status === 200 ? r.body.token : undefined;
    }));
    world.tokens = [...DEVICE_KEYS, ...tokens.filter((t): t is string => t !== undefined)];
    world.officers = [];
    for (const [token, counterId] of [[tokens[0], 1], [tokens[1], 2], [tokens[2], 4]] as const) {
      if (token && (await client.post(`/api/counters/${counterId}/open`, { token })).status === 200) world.officers.push({ token, counterId });
    }
    for (let i = 0; i < 6; i++) await client.post('/api/tickets', { token: 'demo-kiosk', body: { serviceId: [1, 2, 8, 3][i % 4] } });
    const rows = db.prepare('SELECT id, number, track_code FROM tickets ORDER BY id DESC LIMIT 40').all() as { id: number; number: number; track_code: string }[];
    world.ticketIds = rows.map((r) => r.id);
    world.numbers = rows.map((r) => r.number);
    world.trackCodes = rows.map((r) => r.track_code);
  }

  /** The waiting counts the server gives (kiosk catalog, screens) are a true count of the waiting tickets. */
  async function expectTrueWaitingCounts(): Promise<void> {
    const { body } = await client.get<Catalog>('/api/catalog');
    const counted = new Map((db.prepare("SELECT department_id, count(*) AS n FROM tickets WHERE status = 'waiting' GROUP BY department_id").all() as { department_id: number; n: number }[]).map((r) => [r.department_id, r.n]));
    for (const d of body.departments) expect(d.waiting ?? 0, `waiting in ${d.code}`).toBe(counted.get(d.id) ?? 0);
  }

  async function send(request: BadRequest): Promise<Reply | Error> {
    const headers: Record<string, string> = {};
    const authorization = request.authorization(world);
    if (authorization !== undefined) headers.authorization = authorization;
    const body = request.body(world);
    if (request.contentType && body !== undefined) headers['content-type'] = request.contentType;
    const payload = body === undefined ? undefined : 'raw' in body ? body.raw : JSON.stringify(body.json);
    return client.request(request.method, request.path(world), { headers, body: payload }).catch((e: unknown) => e as Error);
  }

  beforeAll(async () => {
    server = await spawnServer();
    client = new HttpClient(server.url, 4, false);
    db = new Database(join(server.dir, 'motcua.db'));
    await refreshWorld();
  });
  afterAll(async () => {
    db?.close();
    client?.close();
    await server?.close();
  });

  it('answers no 5xx, stays up, and changes nothing when it refuses', async () => {
    const doc = (await client.get<Parameters<typeof operations>[0]>('/api/openapi.json')).body;
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(20);
    const statuses = new Map<number, number>();
    let sent = 0;
    let last = snapshot();

    await fc.assert(fc.asyncProperty(fc.oneof(badRequest(ops), outOfOrder()), async (request) => {
      if (++sent % 500 === 0) {
        await refreshWorld();
        last = snapshot();
      }
      if (sent % 50 === 0) await expectTrueWaitingCounts();
      const before = last;
      const reply = await send(request);
      last = snapshot();
      if (reply instanceof Error) throw new Error(`${request.method} ${request.path(world)}: no answer (${reply.message})`);
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      expect(reply.status, `${request.method} ${request.path(world)} → ${JSON.stringify(reply.body)}`).toBeLessThan(500);
      if (reply.status >= 400) expect(last, `${request.method} ${request.path(world)} answered ${reply.status} but changed the database`).toBe(before);
    }), { numRuns: RUNS });

    expect(sent).toBeGreaterThanOrEqual(RUNS);
    await expectTrueWaitingCounts();
    expect(server.child.exitCode).toBeNull();
    expect((await client.get('/api/health')).status).toBe(200);
    // The requests reached the rules, not only the schema check: refusals of every kind, and some successes.
    for (const status of [200, 400, 401, 403, 404, 409]) expect(statuses.get(status) ?? 0, `answers with ${status}`).toBeGreaterThan(0);
  }, 600_000);
});
