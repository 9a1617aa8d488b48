// Return tickets against a real HTTP server on 127.0.0.1 standing in for the province's one-stop
// information system: ready, not ready, unknown, a 5xx, an answer slower than 3 s, a bad shape;
// and the search over a generated catalog of 1,500 procedures.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KIOSK_KEY } from '../../server/src/config/demo.ts';
import { scaleProcedures } from '../../server/src/config/demo-procedures.ts';
import { demo, refusal, send, startServer, type Running } from '../support/server.ts';

const DOSSIERS: Record<string, { status: number; delayMs?: number; body: unknown }> = {
  '000.00.13.H59-260110-0001': { status: 200, body: { code: '000.00.13.H59-260110-0001', procedureCode: '1.001807', departmentCode: 'YT', status: 'ready', dueDate: '2026-01-10' } },
  '000.00.13.H59-260110-0002': { status: 200, body: { code: '000.00.13.H59-260110-0002', procedureCode: '1.001807', departmentCode: 'YT', status: 'processing', dueDate: '2026-02-03' } },
  '000.00.13.H59-260110-0003': { status: 500, body: { error: 'boom' } },
  '000.00.13.H59-260110-0004': { status: 200, delayMs: 3500, body: { code: '000.00.13.H59-260110-0004', procedureCode: '1.001807', departmentCode: 'YT', status: 'ready' } },
  '000.00.13.H59-260110-0005': { status: 200, body: { code: 'x', status: 'maybe' } },
};

let province: Server;
let server: Running;
const asked: string[] = [];
beforeAll(async () => {
  province = createServer((request, response) => {
    const code = decodeURIComponent(request.url!.replace('/province/dossiers/', ''));
    asked.push(code);
    const answer = DOSSIERS[code] ?? { status: 404, body: { error: 'not found' } };
    setTimeout(() => response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body)), answer.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => province.listen(0, '127.0.0.1', resolve));
  const { port } = province.address() as AddressInfo;
  server = await startServer({ dossierUrl: `http://127.0.0.1:${port}/province`, config: () => ({ ...demo(), procedures: scaleProcedures(1500) }) });
});
afterAll(async () => {
  await server.close();
  province.closeAllConnections();
  await new Promise((resolve) => province.close(resolve));
});

const ask = (dossierCode: string) => refusal(server.url, 'POST /api/tickets/return', { body: { dossierCode }, token: DEMO_KIOSK_KEY });

describe('the province dossier system over HTTP', () => {
  it('gives a return ticket for a ready dossier, in the line of its procedure', async () => {
    const { status, body } = await send(server.url, 'POST /api/tickets/return', { body: { qr: '000.00.13.H59-260110-0001|1.001807|079123456789|10/01/2026' }, token: DEMO_KIOSK_KEY });
    expect(status).toBe(201);
    expect(body).toMatchObject({ dossierCode: '000.00.13.H59-260110-0001', procedureCode: '1.001807', departmentCode: 'YT' });
    expect(asked).toContain('000.00.13.H59-260110-0001');
  });

  it('refuses: not ready with the due date, unknown, a 5xx, a bad shape', async () => {
    expect((await ask('000.00.13.H59-260110-0002')).body.error).toMatchObject({ code: 'result_not_ready', dueDate: '2026-02-03' });
    expect((await ask('000.00.13.H59-260110-0009')).body.error.code).toBe('dossier_not_found');
    expect((await ask('000.00.13.H59-260110-0003'))).toMatchObject({ status: 503, body: { error: { code: 'dossier_system_unavailable' } } });
    expect((await ask('000.00.13.H59-260110-0005')).body.error.code).toBe('dossier_system_unavailable');
  });

  it('gives up on an answer slower than 3 s: 503, and no ticket', async () => {
    const tickets = () => server.store.db.prepare('SELECT count(*) FROM tickets').pluck().get() as number;
    const before = tickets();
    const started = performance.now();
    const answer = await ask('000.00.13.H59-260110-0004');
    const ms = performance.now() - started;
    expect([answer.status, answer.body.error.code]).toEqual([503, 'dossier_system_unavailable']);
    expect(ms).toBeGreaterThanOrEqual(2900);
    expect(ms).toBeLessThan(3400);
    expect(tickets()).toBe(before);
  });
});

describe('a catalog of 1,500 procedures', () => {
  it('is searched without diacritics, the best match first', async () => {
    const { body } = await send(server.url, 'GET /api/procedures', { query: { q: 'ly lich tu phap cong dan' } });
    expect(body.total).toBeGreaterThan(1);
    expect(body.procedures[0]!.name.vi).toBe('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam');
    expect((await send(server.url, 'GET /api/procedures', { query: { limit: 5000 } })).body.total).toBe(1500);
  });
});
