// The province hub on a real PostgreSQL: a batch sent twice changes nothing, a site's events are
// applied in order of its sequence numbers (never by clocks), keys are checked, live figures and
// reports by site and department come from SQL over the stored events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvinceEvent, ProvinceSites, ProvinceStats } from '@motcua/protocol';
import { http } from '../support/server.ts';
import { HUB_SUPERVISORS, startHub, startPostgres, SUPERVISOR_AUTH, type RunningHub, type TestPostgres } from '../support/postgres.ts';

let pg: TestPostgres;
let hub: RunningHub;
const A = { code: 'SITE-A', name: 'Điểm A', key: 'SITE-A.secret-key-of-site-a' };
const B = { code: 'SITE-B', name: 'Điểm B', key: 'SITE-B.secret-key-of-site-b' };
const DAY = '2026-11-30';

let seqA = 0;
let seqB = 0;
const ticket = (site: 'A' | 'B', id: number, status: string, extra: Record<string, unknown> = {}): ProvinceEvent => ({
  seq: site === 'A' ? ++seqA : ++seqB, at: Date.now(), kind: 'ticket',
  data: { id, day: DAY, number: 1000 + id, department: 'TP', service: 'LLTP', procedure: '1.001', targetWaitMinutes: 15, status, original: true, queuedAt: 0, calledAt: null, servingAt: null, finishedAt: null, ...extra },
});
const counter = (site: 'A' | 'B', number: number, state: string): ProvinceEvent => ({
  seq: site === 'A' ? ++seqA : ++seqB, at: Date.now(), kind: 'counter', data: { number, department: 'TP', state, staffed: true, retired: false },
});
const post = (key: string, site: string, events: ProvinceEvent[]) => http<{ ackedSeq: number }>(hub.url, '/api/province/events', { body: { site, events }, token: key });
const count = async (sql: string) => Number((await hub.store.pool.query<{ n: string }>(sql)).rows[0]!.n);
const stats = async (query = `from=${DAY}&to=${DAY}`) => http<ProvinceStats>(hub.url, `/api/province/stats?${query}`, { headers: { authorization: SUPERVISOR_AUTH } });

beforeAll(async () => {
  pg = await startPostgres();
  hub = await startHub({ databaseUrl: pg.url, sites: [A, B], supervisors: HUB_SUPERVISORS });
}, 120_000);

afterAll(async () => {
  await hub?.app.close();
  await pg?.close();
});

describe('POST /api/province/events', () => {
  it('stores a batch once: the same batch again changes nothing and answers the same ackedSeq', async () => {
    const batch = [ticket('A', 1, 'waiting'), ticket('A', 2, 'waiting'), counter('A', 1, 'open')];
    const first = await post(A.key, A.code, batch);
    expect(first).toEqual({ status: 200, body: { ackedSeq: 3 } });
    const events = await count("SELECT count(*) AS n FROM events WHERE site = 'SITE-A'");
    const again = await post(A.key, A.code, batch);
    expect(again).toEqual({ status: 200, body: { ackedSeq: 3 } });
    expect(await count("SELECT count(*) AS n FROM events WHERE site = 'SITE-A'")).toBe(events);
    expect(await count("SELECT count(*) AS n FROM tickets WHERE site = 'SITE-A'")).toBe(2);
    // an empty batch asks what the hub holds
    expect((await post(A.key, A.code, [])).body).toEqual({ ackedSeq: 3 });
  });

  it('applies a ticket\'s events in seq order, never by clocks: an older event arriving late does not undo a newer one', async () => {
    const called = ticket('A', 1, 'called', { calledAt: 60_000, counter: 1, at: 0 });
    const done = ticket('A', 1, 'done', { calledAt: 60_000, servingAt: 60_000, finishedAt: 360_000, counter: 1 });
    called.at = Date.now() + 3600_000; // a site clock running ahead changes nothing
    await post(A.key, A.code, [called, done]);
    await post(A.key, A.code, [called]); // replayed alone, late
    const row = (await hub.store.pool.query<{ status: string }>("SELECT status FROM tickets WHERE site = 'SITE-A' AND id = 1")).rows[0];
    expect(row?.status).toBe('done');
  });

  it('refuses a stranger\'s key, another site\'s key and events out of order, storing nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM events');
    expect((await post('SITE-A.not-the-right-key-at-all', A.code, [ticket('A', 9, 'waiting')])).status).toBe(401);
    expect((await http(hub.url, '/api/province/events', { body: { site: A.code, events: [] } })).status).toBe(401);
    const wrong = await post(B.key, A.code, [{ ...ticket('B', 9, 'waiting') }]);
    expect(wrong.status).toBe(403);
    seqB--;
    const [x, y] = [ticket('B', 10, 'waiting'), ticket('B', 11, 'waiting')];
    const backwards = await post(B.key, B.code, [y!, x!]);
    expect(backwards.status).toBe(400);
    seqB -= 2;
    expect((await post(B.key, B.code, [{ seq: 1, at: 0, kind: 'nonsense', data: {} } as unknown as ProvinceEvent])).status).toBe(400);
    expect(await count('SELECT count(*) AS n FROM events')).toBe(before);
  });
});

describe('GET /api/province/sites and /api/province/stats', () => {
  it('shows every site with waiting, open counters and an estimated wait per department, online once it sent anything', async () => {
    // site A: ticket 2 waits, counter 1 open, one service of 300 s done: ETA 1 × 300 s ÷ 1 = 5 min
    const sites = (await http<ProvinceSites>(hub.url, '/api/province/sites')).body;
    const a = sites.find((s) => s.code === A.code)!;
    expect(a).toMatchObject({ name: 'Điểm A', online: true, departments: [{ code: 'TP', waiting: 1, overTarget: 1, serving: 1, etaMinutes: 5 }] });
    expect(a.lastSeenAt).not.toBeNull();
    const b = sites.find((s) => s.code === B.code)!;
    expect(b).toMatchObject({ online: false, lastSeenAt: null, departments: [] });
    // filtered by a procedure nobody waits for: no one waiting there
    const other = (await http<ProvinceSites>(hub.url, '/api/province/sites?procedure=2.000001')).body;
    expect(other.find((s) => s.code === A.code)!.departments).toEqual([{ code: 'TP', waiting: 0, overTarget: 0, serving: 1, etaMinutes: 0 }]);
  });

  it('reports per site and department with the province total, for the province supervisor only', async () => {
    await post(B.key, B.code, [
      ticket('B', 1, 'done', { department: 'YT', calledAt: 120_000, servingAt: 120_000, finishedAt: 200_000 }),
      ticket('B', 2, 'no_show', { department: 'YT', calledAt: 240_000 }),
      ticket('B', 3, 'transferred', { department: 'YT', calledAt: 10_000 }),
      ticket('B', 4, 'waiting', { department: 'TP', original: false, queuedAt: 10_000 }),
    ]);
    const { status, body } = await stats();
    expect(status).toBe(200);
    expect(body.sites.map((s) => s.code)).toEqual([A.code, B.code]);
    expect(body.sites[0]).toMatchObject({ issued: 2, served: 1, noShow: 0, waitP50: 60, waitP90: 60, departments: [{ code: 'TP', issued: 2, served: 1 }] });
    // B: waits 120, 240, 10 s → p50 (rank 2 of 3) 120, p90 (rank 3) 240; the transferred-in ticket is not issued
    expect(body.sites[1]).toMatchObject({ issued: 3, served: 1, noShow: 1, waitP50: 120, waitP90: 240 });
    expect(body.sites[1]!.departments.map((d) => [d.code, d.issued])).toEqual([['TP', 0], ['YT', 3]]);
    expect(body.total).toMatchObject({ issued: 5, served: 2, noShow: 1 });
    expect((await stats(`from=${DAY}&to=${DAY}&site=${B.code}`)).body.total).toMatchObject({ issued: 3 });
    expect((await stats('from=2026-11-01&to=2026-11-02')).body).toEqual({ from: '2026-11-01', to: '2026-11-02', sites: [], total: { issued: 0, served: 0, noShow: 0, waitP50: null, waitP90: null } });
    expect((await stats(`from=${DAY}&to=${DAY}&site=NOPE`)).status).toBe(404);
    expect((await stats('from=2026-13-01&to=2026-11-02')).status).toBe(400);
    expect((await http(hub.url, `/api/province/stats?from=${DAY}&to=${DAY}`)).status).toBe(401);
    expect((await http(hub.url, `/api/province/stats?from=${DAY}&to=${DAY}`, { headers: { authorization: `Basic ${Buffer.from('supervisor:wrong').toString('base64')}` } })).status).toBe(401);
    expect((await http(hub.url, `/api/province/stats?from=${DAY}&to=${DAY}`, { token: A.key })).status).toBe(403);
    expect((await stats(`from=${DAY}&to=2026-11-01`)).body).toMatchObject({ error: { code: 'bad_range' } });
  });

  it('exports the report as CSV and XLSX for the province supervisor', async () => {
    const csv = await fetch(`${hub.url}/api/province/stats/export?from=${DAY}&to=${DAY}&format=csv`, { headers: { authorization: SUPERVISOR_AUTH } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain(`motcua-toan-tinh-${DAY}-${DAY}.csv`);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM: a spreadsheet reads the file as UTF-8
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('SITE-B,Điểm B,YT,3,1,1,120,240');
    expect(text).toContain('Tỉnh / Province,,,5,2,1');
    const xlsx = await fetch(`${hub.url}/api/province/stats/export?from=${DAY}&to=${DAY}&format=xlsx`, { headers: { authorization: SUPERVISOR_AUTH } });
    expect(xlsx.status).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const rows = wb.getWorksheet('Toàn tỉnh')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((r) => r[1] === 'SITE-B' && r[3] === 'YT' && r[4] === 3 && r[7] === 2)).toBe(true);
    expect((await fetch(`${hub.url}/api/province/stats/export?from=${DAY}&to=${DAY}&format=csv`)).status).toBe(401);
  });
});

describe('GET /api/province/catalog', () => {
  it('answers 404 while the province publishes no catalog, and only to a site', async () => {
    expect((await http(hub.url, '/api/province/catalog', { token: A.key })).body).toMatchObject({ error: { code: 'no_catalog' } });
    expect((await http(hub.url, '/api/province/catalog')).status).toBe(401);
    expect((await http(hub.url, '/api/province/catalog', { headers: { authorization: SUPERVISOR_AUTH } })).status).toBe(403);
  });
});

describe('/province', () => {
  it('serves the public page and its script, which reads the sites\' live figures', async () => {
    const page = await fetch(`${hub.url}/province`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('Nơi nộp hồ sơ nhanh nhất hôm nay');
    const script = await fetch(`${hub.url}/province/page.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('/api/province/sites');
  });
});
