// Report figures from tickets with known times, driven through the API with an injected clock,
// across the business-day boundary (midnight in Asia/Ho_Chi_Minh, 17:00 UTC). Every expected value
// is worked out by hand below (nearest-rank percentiles: rank = ceil(p·n)).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteKey } from '@motcua/protocol';
import { connect, issue, login, next, refusal, send, startServer, type Running, type SendArgs } from '../support/server.ts';

let server: Running;
let url: string;
let now = new Date();
const at = (day: string, time: string) => new Date(`${day}T${time}:00+07:00`);
const DAY1 = '2026-11-26';
const DAY2 = '2026-11-27';

async function step<K extends RouteKey>(when: Date, route: K, ...input: SendArgs<K>) {
  now = when;
  const r = await send(url, route, ...input);
  if (r.status !== 200) throw new Error(`${route}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}
async function issueAt(when: Date, serviceId: number) {
  now = when;
  return issue(url, serviceId);
}
async function officer(when: Date, username: string, counterId: number) {
  now = when;
  const token = await login(url, username);
  await step(when, 'POST /api/counters/:id/open', { params: { id: counterId }, token });
  return token;
}
const report = async (from: string, to: string) => {
  const r = await send(url, 'GET /api/reports', { query: { from, to }, token: await login(url, 'supervisor') });
  expect(r.status).toBe(200);
  return r.body;
};

beforeAll(async () => {
  server = await startServer({ clock: () => now });
  url = server.url;
  // This center counts the ratings officers enter on the console in its index (officerRatingsInIndex):
  // the ratings below are all entered so.
  const admin = await login(url, 'admin', 'admin');
  const { center } = (await send(url, 'GET /api/admin', { token: admin })).body;
  await send(url, 'PUT /api/admin/center', { token: admin, body: { ...center, officerRatingsInIndex: true } });
  // Day 1 (Thursday 26/11, local time). Services 1 (LLTP) and 2 (CT) of TP, both with a 15 min target.
  const t1 = await issueAt(at(DAY1, '08:00'), 1);
  let c1 = await officer(at(DAY1, '08:00'), 'officer01', 1);
  let c2 = await officer(at(DAY1, '08:00'), 'officer02', 2);
  await step(at(DAY1, '08:05'), 'POST /api/counters/:id/call', { params: { id: 1 }, token: c1, body: { number: t1.number } }); // wait 300 s
  await step(at(DAY1, '08:06'), 'POST /api/tickets/:id/serve', { params: { id: t1.id }, token: c1 });
  const t2 = await issueAt(at(DAY1, '08:10'), 1);
  await step(at(DAY1, '08:16'), 'POST /api/tickets/:id/finish', { params: { id: t1.id }, token: c1 }); // service 600 s
  await step(at(DAY1, '08:16'), 'POST /api/tickets/:id/rating', { params: { id: t1.id }, token: c1, body: { score: 4 } });
  await step(at(DAY1, '08:30'), 'POST /api/counters/:id/call', { params: { id: 1 }, token: c1, body: { number: t2.number } }); // wait 1200 s: over target
  await step(at(DAY1, '08:31'), 'POST /api/tickets/:id/serve', { params: { id: t2.id }, token: c1 });
  await step(at(DAY1, '08:36'), 'POST /api/tickets/:id/finish', { params: { id: t2.id }, token: c1 }); // service 300 s
  await step(at(DAY1, '08:36'), 'POST /api/tickets/:id/rating', { params: { id: t2.id }, token: c1, body: { score: 2 } });
  const t3 = await issueAt(at(DAY1, '09:00'), 2);
  await step(at(DAY1, '09:02'), 'POST /api/counters/:id/call', { params: { id: 2 }, token: c2, body: { number: t3.number } }); // wait 120 s
  await step(at(DAY1, '09:05'), 'POST /api/tickets/:id/no-show', { params: { id: t3.id }, token: c2 });
  await issueAt(at(DAY1, '23:50'), 1); // t4: never called, expires with the day

  // Day 2 (Friday 27/11). 00:10 local is still 26/11 in UTC.
  const t5 = await issueAt(at(DAY2, '00:10'), 1);
  c1 = await officer(at(DAY2, '00:10'), 'officer01', 1);
  await step(at(DAY2, '00:20'), 'POST /api/counters/:id/call', { params: { id: 1 }, token: c1, body: { number: t5.number } }); // wait 600 s
  await step(at(DAY2, '00:25'), 'POST /api/tickets/:id/finish', { params: { id: t5.id }, token: c1 }); // service 300 s (from the call)
  await step(at(DAY2, '00:25'), 'POST /api/tickets/:id/rating', { params: { id: t5.id }, token: c1, body: { score: 3 } });
  const t6 = await issueAt(at(DAY2, '07:00'), 1);
  c1 = await officer(at(DAY2, '07:00'), 'officer01', 1);
  c2 = await officer(at(DAY2, '07:00'), 'officer02', 2);
  await step(at(DAY2, '07:01'), 'POST /api/counters/:id/call', { params: { id: 1 }, token: c1, body: { number: t6.number } }); // wait 60 s
  const { ticket: t6b } = await step(at(DAY2, '07:03'), 'POST /api/tickets/:id/transfer', { params: { id: t6.id }, token: c1, body: { serviceId: 2 } });
  await step(at(DAY2, '07:13'), 'POST /api/counters/:id/call', { params: { id: 2 }, token: c2, body: { number: t6b.number } }); // wait 600 s in the new line
  await step(at(DAY2, '07:20'), 'POST /api/tickets/:id/finish', { params: { id: t6b.id }, token: c2 }); // service 420 s
  await step(at(DAY2, '07:20'), 'POST /api/tickets/:id/rating', { params: { id: t6b.id }, token: c2, body: { score: 1 } });
});
afterAll(() => server.close());

const noRatings = { 1: 0, 2: 0, 3: 0, 4: 0 };

describe('report figures across the business-day boundary', () => {
  it('counts day 1 alone: the ticket of 23:50 expired on day 1, the one of 00:10 belongs to day 2', async () => {
    const r = await report(DAY1, DAY1);
    expect(r.total).toEqual({
      issued: 4, called: 3, served: 2, noShow: 1, transferred: 0, expired: 1,
      waitP50: 300, waitP90: 1200, waitMax: 1200, // waits 120, 300, 1200
      serviceP50: 300, serviceP90: 600, // 300, 600
      withinTarget: 0.5, // t1 within 15 min, t2 not
      ratings: { ...noRatings, 2: 1, 4: 1 }, ratingsByCitizens: 0, ratingsByOfficers: 2, satisfaction: 66.7, // mean 3 → (3−1)/3
    });
    expect(r.hours.filter((h) => h.arrivals > 0).map((h) => [h.hour, h.arrivals])).toEqual([[8, 2], [9, 1], [23, 1]]);
    expect(r.hours[8]).toMatchObject({ waitP50: 300, waitP90: 1200 });
  });

  it('counts day 2 alone, with a transfer: one issue, two calls, one transferred', async () => {
    const r = await report(DAY2, DAY2);
    expect(r.total).toEqual({
      issued: 2, called: 3, served: 2, noShow: 0, transferred: 1, expired: 0,
      waitP50: 600, waitP90: 600, waitMax: 600, // waits 60, 600, 600
      serviceP50: 300, serviceP90: 420,
      withinTarget: 1,
      ratings: { ...noRatings, 1: 1, 3: 1 }, ratingsByCitizens: 0, ratingsByOfficers: 2, satisfaction: 33.3, // mean 2
    });
    expect(r.hours.filter((h) => h.arrivals > 0).map((h) => [h.hour, h.arrivals])).toEqual([[0, 1], [7, 1]]);
    expect(r.hours[7]).toMatchObject({ waitP50: 60, waitP90: 600 });
  });

  it('groups both days by department, service, counter and officer', async () => {
    const r = await report(DAY1, DAY2);
    const total = {
      issued: 6, called: 6, served: 4, noShow: 1, transferred: 1, expired: 1,
      waitP50: 300, waitP90: 1200, waitMax: 1200, // 60, 120, 300, 600, 600, 1200
      serviceP50: 300, serviceP90: 600, // 300, 300, 420, 600
      withinTarget: 0.75, ratings: { 1: 1, 2: 1, 3: 1, 4: 1 }, ratingsByCitizens: 0, ratingsByOfficers: 4, satisfaction: 50,
    };
    expect(r.total).toEqual(total);
    expect(r.departments[0]).toMatchObject({ code: 'TP', ...total });
    expect(r.departments[1]).toMatchObject({ code: 'YT', issued: 0, waitP50: null, withinTarget: null, satisfaction: null });
    const lltp = r.services.find((s) => s.code === 'LLTP')!;
    expect(lltp).toMatchObject({
      issued: 5, called: 4, served: 3, transferred: 1, expired: 1, waitP50: 300, waitP90: 1200, serviceP50: 300, serviceP90: 600,
      ratings: { 1: 0, 2: 1, 3: 1, 4: 1 }, satisfaction: 66.7,
    });
    expect(lltp.withinTarget).toBeCloseTo(2 / 3, 10);
    expect(r.services.find((s) => s.code === 'CT')).toMatchObject({
      issued: 1, called: 2, served: 1, noShow: 1, waitP50: 120, waitP90: 600, serviceP50: 420, withinTarget: 1, satisfaction: 0,
    });
    expect(r.counters.map((c) => [c.code, c.called, c.served])).toEqual([['1', 4, 3], ['2', 2, 1]]);
    expect(r.counters[0]!.label).toEqual({ vi: 'Quầy 1', en: 'Counter 1' });
    expect(r.officers.map((o) => [o.code, o.label.vi, o.waitP50, o.waitP90])).toEqual([['officer01', 'Cán bộ 01', 300, 1200], ['officer02', 'Cán bộ 02', 120, 600]]);
  });

  it('keeps GET /api/stats in agreement', async () => {
    const token = await login(url, 'supervisor');
    const stats = (await send(url, 'GET /api/stats', { query: { from: DAY1, to: DAY2 }, token })).body;
    expect(stats.departments[0]).toMatchObject({ code: 'TP', issued: 6, waitP50: 300, waitP90: 1200, serviceP50: 300 });
  });

  it('refuses a range that ends before it starts', async () => {
    const r = await refusal(url, 'GET /api/reports', { query: { from: DAY2, to: DAY1 }, token: await login(url, 'supervisor') });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('bad_range');
  });
});

describe('report files', () => {
  const download = async (format: 'csv' | 'xlsx') => {
    const response = await fetch(`${url}/api/reports/export?from=${DAY1}&to=${DAY2}&format=${format}`, { headers: { authorization: `Bearer ${await login(url, 'supervisor')}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(`motcua-bao-cao-${DAY1}-${DAY2}.${format}`);
    return Buffer.from(await response.arrayBuffer());
  };

  it('writes CSV in UTF-8 with a BOM, Vietnamese intact, times in seconds', async () => {
    const bytes = await download('csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    const header = lines[1]!.split(',');
    const row = (name: string) => Object.fromEntries(lines.find((l) => l.includes(`,${name},`))!.split(',').map((v, i) => [header[i], v]));
    expect(row('Lý lịch tư pháp')).toMatchObject({ 'Số phát ra / Issued': '5', 'Chờ P90 / Wait P90 (giây / s)': '1200', 'Trong chỉ tiêu / Within target (%)': '66.7' });
    expect(row('Cán bộ 02')).toMatchObject({ 'Chờ P50 / Wait P50 (giây / s)': '120' });
    expect(lines).toContain('Giờ / Hour,Lượt đến / Arrivals,Chờ P50 / Wait P50 (giây / s),Chờ P90 / Wait P90 (giây / s)');
  });

  it('writes XLSX that parses back to the figures of the API', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await download('xlsx') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Báo cáo')!;
    const r = await report(DAY1, DAY2);
    const row = sheet.getRows(3, sheet.rowCount - 2)!.find((x) => x.getCell(3).value === 'Lý lịch tư pháp')!;
    const api = r.services.find((s) => s.code === 'LLTP')!;
    expect(row.getCell(4).value).toBe(api.issued);
    expect(Math.round(Number(row.getCell(10).value) * 60)).toBe(api.waitP50); // minutes in the file
    expect(Math.round(Number(row.getCell(11).value) * 60)).toBe(api.waitP90);
    expect(sheet.getRow(2).getCell(10).value).toBe('Chờ P50 / Wait P50 (phút / min)');
    const hours = wb.getWorksheet('Theo giờ')!;
    expect(hours.getRow(1 + 8 + 1).getCell(2).value).toBe(2); // 08:00–08:59: two arrivals
  });
});

describe('live dashboard', () => {
  it('shows waits against the target, paused counters with the reason, alerts and devices', async () => {
    const late = await issueAt(at(DAY2, '07:21'), 3);
    await issueAt(at(DAY2, '07:35'), 3);
    const c2 = await officer(at(DAY2, '07:40'), 'officer02', 2);
    await step(at(DAY2, '07:40'), 'POST /api/counters/:id/pause', { params: { id: 2 }, token: c2, body: { reason: 'lunch' } });
    const display = connect(url, 'demo-display');
    await next(display, 'queue:snapshot');
    now = at(DAY2, '07:40');
    const d = (await send(url, 'GET /api/dashboard', { token: await login(url, 'supervisor') })).body;
    display.close();
    expect(d.businessDay).toBe(DAY2);
    const tp = d.departments[0]!;
    expect(tp).toMatchObject({ code: 'TP', waiting: 2, longestWaitSeconds: 19 * 60, overTarget: 1, served: 2, noShow: 0, countersOpen: 1, countersPaused: 1 });
    expect(tp.services.find((s) => s.id === 3)).toMatchObject({ waiting: 2, overTarget: 1, targetWaitMinutes: 15 });
    expect(d.counters.find((c) => c.number === 2)).toMatchObject({ state: 'paused', pauseReason: 'lunch', officer: 'Cán bộ 02' });
    expect(d.alerts).toEqual([expect.objectContaining({ ticketId: late.id, number: late.number, waitedSeconds: 19 * 60, targetMinutes: 15, departmentCode: 'TP' })]);
    expect(d.devices.find((x) => x.name === 'Màn hình sảnh chính')?.state).toBe('online');
    expect(d.devices.find((x) => x.name === 'Kiosk sảnh chính')?.state).toBe('offline');
    expect(d.devices.find((x) => x.kind === 'printer')).toMatchObject({ name: 'Máy in – Kiosk sảnh chính', state: 'online' });
  });
});
