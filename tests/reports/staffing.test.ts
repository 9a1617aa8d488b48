// Staffing advice on the live dashboard (issue 17): the counters a department needs in the hours
// ahead, from the same weekday of the weeks before and today so far; and in reports, the advice each
// day had beside the counters actually open. Real server, injected clock.
import ExcelJS from 'exceljs';
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

describe('staffing in reports', () => {
  it('gives per department and hour the arrivals forecast before the day, the counters needed and the counters actually open, also in the exports', async () => {
    // the week after: at Labour, counter 11 is open 10:00–11:00 with a lunch pause 10:30–10:45, and 12 citizens come between 10:00 and 11:00
    const day = '2026-11-27';
    const catalog = (await send(server.url, 'GET /api/catalog')).body;
    const labour = catalog.departments.find((d) => d.code === 'LDTBXH')!;
    now = at(day, '10:00');
    const officer = await officerAt(server.url, 'officer11', 11);
    for (let i = 0; i < 12; i++) {
      now = at(day, `10:${String(i * 5).padStart(2, '0')}`);
      await issue(server.url, labour.services[0]!.id);
    }
    now = at(day, '10:30');
    await send(server.url, 'POST /api/counters/:id/pause', { params: { id: 11 }, token: officer, body: { reason: 'lunch' } });
    now = at(day, '10:45');
    await send(server.url, 'POST /api/counters/:id/resume', { params: { id: 11 }, token: officer });
    now = at(day, '11:00');
    await send(server.url, 'POST /api/counters/:id/close', { params: { id: 11 }, token: officer });
    now = at(day, '12:00');
    const supervisor = await login(server.url, 'supervisor');
    const report = (await send(server.url, 'GET /api/reports', { token: supervisor, query: { from: day, to: day } })).body;
    const advice = report.staffing.find((s) => s.code === 'LDTBXH')!;
    expect(advice).toMatchObject({ departmentId: labour.id, label: labour.name, targetWaitMinutes: 15 });
    const ten = advice.hours.find((h) => h.hour === 10)!;
    // counter 10 (opened 09:10 by the test above, never closed) counts from 09:10 to now; counter 11 for 45 of the 60 minutes
    expect(ten).toEqual({
      hour: 10, arrivals: 12, forecastArrivals: 30,
      countersNeeded: countersNeeded({ arrivalsPerHour: 30, meanServiceSeconds: 300, targetSeconds: 15 * 60 }), countersOpen: 1.8,
    });
    expect(advice.hours.find((h) => h.hour === 9)).toMatchObject({ arrivals: 0, forecastArrivals: 0, countersNeeded: 0, countersOpen: 0.8 });
    // the week before has no history of its own: nothing forecast
    const before = (await send(server.url, 'GET /api/reports', { token: supervisor, query: { from: '2026-11-20', to: '2026-11-20' } })).body;
    expect(before.staffing.find((s) => s.code === 'LDTBXH')!.hours.find((h) => h.hour === 10)).toMatchObject({ arrivals: 30, forecastArrivals: 0, countersNeeded: 0, countersOpen: 0 });

    const csv = await fetch(`${server.url}/api/reports/export?from=${day}&to=${day}&format=csv`, { headers: { authorization: `Bearer ${supervisor}` } });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('Số quầy cần / Counters needed,Số quầy mở / Counters open');
    expect(text).toContain(`LDTBXH,10,12,30,${ten.countersNeeded},1.8`);
    const xlsx = await fetch(`${server.url}/api/reports/export?from=${day}&to=${day}&format=xlsx`, { headers: { authorization: `Bearer ${supervisor}` } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const rows = book.getWorksheet('Số quầy')!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['Phòng ban / Department', 'Giờ / Hour', 'Lượt đến / Arrivals', 'Dự báo lượt đến / Forecast arrivals', 'Số quầy cần / Counters needed', 'Số quầy mở / Counters open']);
    expect(rows).toContainEqual(['LDTBXH', 10, 12, 30, ten.countersNeeded, 1.8]);
  });
});
