// Staffing advice on the live dashboard (issue 17): the counters a department needs in the hours
// ahead, from the same weekday of the weeks before and today so far. Real server, injected clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countersNeeded } from '../../server/src/domain/staffing.ts';
import { issue, login, officerAt, send, startServer, type Running } from '../support/server.ts';

let server: Running;
let now = new Date();
const at = (day: string, time: string) => new Date(`${day}T${time}:00+07:00`);

beforeAll(async () => {
  server = await startServer({ clock: () => now });
});
afterAll(() => server.close());

describe('staffing advice', () => {
  it('asks for more counters in the hour the same weekday was busy, beside the counters open now', async () => {
    const catalog = (await send(server.url, 'GET /api/catalog')).body;
    const labour = catalog.departments.find((d) => d.code === 'LDTBXH')!;
    // a week before: 30 citizens between 10:00 and 11:00 at Labour
    for (let i = 0; i < 30; i++) {
      now = at('2026-11-20', `10:${String(i * 2).padStart(2, '0')}`);
      await issue(server.url, labour.services[i % labour.services.length]!.id);
    }
    now = at('2026-11-27', '09:10');
    await officerAt(server.url, 'officer10', 10);
    const d = (await send(server.url, 'GET /api/dashboard', { token: await login(server.url, 'supervisor') })).body;
    const advice = d.staffing.find((s) => s.code === 'LDTBXH')!;
    expect(advice).toMatchObject({ departmentId: labour.id, targetWaitMinutes: 15, meanServiceSeconds: 300, countersOpen: 1 });
    expect(advice.hours.map((h) => h.hour)).toEqual([9, 10, 11, 12, 13, 14]);
    expect(advice.hours[0]).toEqual({ hour: 9, arrivals: 0, countersNeeded: 0 });
    // 30 an hour at 5 minutes each is 2.5 erlangs: more than the one counter open
    expect(advice.hours[1]).toEqual({ hour: 10, arrivals: 30, countersNeeded: countersNeeded({ arrivalsPerHour: 30, meanServiceSeconds: 300, targetSeconds: 15 * 60 }) });
    expect(advice.hours[1]!.countersNeeded).toBeGreaterThan(2);
    expect(d.staffing.find((s) => s.code === 'TP')!.hours.every((h) => h.countersNeeded === 0)).toBe(true);
  });
});
