// The server as `npm start` runs it: compiled to JavaScript and run by node without tsx. Its render
// threads load their compiled worker, and the ticket renderer (@napi-rs/canvas, a native library)
// is loaded only when this process prints: never with MOTCUA_PRINTER=none.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintStatus, Ticket } from '@motcua/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type ChildServer } from '../support/child-server.ts';
import { connect, http, next, printoutOf } from '../support/server.ts';

const paper = mkdtempSync(join(tmpdir(), 'motcua-printouts-'));
const servers: ChildServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(paper, { recursive: true, force: true });
});

const canvasLoaded = (server: ChildServer) => /@napi-rs\/canvas/.test(readFileSync(`/proc/${server.pid}/maps`, 'utf8'));

describe('compiled server', () => {
  it('prints a ticket through its render threads, loading the renderer then', async () => {
    const server = await spawnServer({ compiled: true, env: { MOTCUA_PRINTER: `file:${paper}` } });
    servers.push(server);
    const kiosk = connect(server.url, 'demo-kiosk');
    await next(kiosk, 'queue:snapshot');
    const heard = next(kiosk, 'print:status', 20_000);
    const { status, body: ticket } = await http<Ticket>(server.url, '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 1 } });
    expect(status).toBe(201);
    expect(await heard).toEqual<PrintStatus>({ ticketId: ticket.id, number: ticket.number, status: 'printed' });
    kiosk.close();
    expect(existsSync(printoutOf(paper, ticket))).toBe(true);
    expect(canvasLoaded(server)).toBe(true);
  });

  it('never loads the renderer without a printer', async () => {
    const server = await spawnServer({ compiled: true, env: { MOTCUA_PRINTER: 'none' } });
    servers.push(server);
    const { status } = await http(server.url, '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 1 } });
    expect(status).toBe(201);
    expect(canvasLoaded(server)).toBe(false);
  });
});
