// GET /api/waits: the wait a ticket issued now would get, shown by kiosks before the tap. The same
// forecast as a ticket's etaMinutes, so what the kiosk promised is what the printed ticket says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issue, officerAt, send, startServer, type Running } from '../support/server.ts';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('waits before the tap', () => {
  it('give each served service the wait of a new ticket, the same the ticket then gets, and none where no counter is open', async () => {
    const catalog = (await send(server.url, 'GET /api/catalog')).body;
    const justice = catalog.departments.find((d) => d.code === 'TP')!;
    const service = justice.services[0]!.id;
    await officerAt(server.url, 'officer01', 1);
    for (let i = 0; i < 4; i++) await issue(server.url, service);

    const waits = (await send(server.url, 'GET /api/waits')).body;
    const wait = waits.services.find((w) => w.serviceId === service)!;
    expect(wait.normal!.etaMinutes).toBeGreaterThan(0);
    expect(wait.normal!.etaRange.low).toBeLessThanOrEqual(wait.normal!.etaMinutes);
    expect(wait.normal!.etaRange.high).toBeGreaterThanOrEqual(wait.normal!.etaMinutes);
    expect(wait.priority!.etaMinutes).toBeLessThan(wait.normal!.etaMinutes);
    const tp = waits.departments.find((d) => d.code === 'TP')!;
    expect(tp.low).toBeLessThanOrEqual(wait.normal!.etaMinutes);
    expect(tp.high).toBeGreaterThanOrEqual(wait.normal!.etaMinutes);
    // no counter of Health is open: no promise
    expect(waits.departments.find((d) => d.code === 'YT')).toEqual({ code: 'YT' });
    const health = catalog.departments.find((d) => d.code === 'YT')!.services[0]!.id;
    expect(waits.services.find((w) => w.serviceId === health)).toEqual({ serviceId: health });

    const ticket = await issue(server.url, service);
    expect(ticket.etaMinutes).toBe(wait.normal!.etaMinutes);
  });
});
