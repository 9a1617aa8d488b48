// Three real site servers sending their outboxes to a real province hub on a real PostgreSQL: the
// hub's totals equal the sum of the sites' own /api/stats; a site cut off from the hub keeps issuing
// and calling, then catches up in order with nothing lost or counted twice; a site restored from its
// backup resumes syncing without its new events being taken for old ones.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvinceSites, ProvinceStats, Stats } from '@motcua/protocol';
import { backupDatabase } from '../../server/src/operations/backup.ts';
import { restoreDatabase } from '../../server/src/operations/restore.ts';
import { http, issue, login, officerAt, send, startServer, type Running } from '../support/server.ts';
import { eventually, FAST_SYNC, HUB_SUPERVISORS, startHub, startPostgres, SUPERVISOR_AUTH, syncStatus, testSites, type RunningHub, type TestPostgres } from '../support/postgres.ts';

const SITES = testSites(['TINH-1', 'TINH-2', 'XA-1'], 'test-site-key');
const supervisor = { authorization: SUPERVISOR_AUTH };

let pg: TestPostgres;
let hub: RunningHub;
let hubPort: number;
const sites: Running[] = [];

// the procedure catalog the province publishes (the import's CSV): a procedure no demo site has
const CATALOG = 'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện\r\n1.099777,Thủ tục của tỉnh,Hộ tịch,Sở Tư pháp\r\n';
const hubOptions = () => ({ databaseUrl: pg.url, sites: SITES, catalogCsv: CATALOG, supervisors: HUB_SUPERVISORS });
const startSite = (i: number, dir?: string) => startServer({ ...(dir ? { dir } : {}), province: { provinceUrl: `http://127.0.0.1:${hubPort}`, siteKey: SITES[i]!.key, ...FAST_SYNC } });
const synced = (site: Running) => eventually(async () => (await syncStatus(site)).pending === 0, 20_000, 'the site\'s outbox to empty');
const today = (site: Running) => site.queue.today();

/** A morning at a site: tickets issued, one served, one no-show, the rest waiting. */
async function morning(site: Running, tickets: number): Promise<void> {
  for (let i = 0; i < tickets; i++) await issue(site.url, 1);
  const token = await officerAt(site.url, 'officer01', 1);
  const first = (await send(site.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token })).body.ticket!;
  await send(site.url, 'POST /api/tickets/:id/serve', { params: { id: first.id }, token });
  await send(site.url, 'POST /api/tickets/:id/finish', { params: { id: first.id }, token });
  const second = (await send(site.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token })).body.ticket!;
  await send(site.url, 'POST /api/tickets/:id/no-show', { params: { id: second.id }, token });
}

/** The site's own /api/stats summed over its departments. */
async function siteTotals(site: Running) {
  const day = today(site);
  const stats: Stats = (await send(site.url, 'GET /api/stats', { query: { from: day, to: day }, token: await login(site.url, 'supervisor') })).body;
  const sum = (f: 'issued' | 'served' | 'noShow') => stats.departments.reduce((n, d) => n + d[f], 0);
  return { issued: sum('issued'), served: sum('served'), noShow: sum('noShow') };
}

async function hubStats(site?: string): Promise<ProvinceStats> {
  const day = today(sites[0]!);
  return (await http<ProvinceStats>(hub.url, `/api/province/stats?from=${day}&to=${day}${site ? `&site=${site}` : ''}`, { headers: supervisor })).body;
}

/** Every event the site ever numbered is at the hub once: as many rows as its last sequence number (none lost, none twice). */
async function expectEveryEventOnce(i: number) {
  const last = sites[i]!.store.outbox.lastSeq();
  const r = await hub.store.pool.query<{ n: number; max: number }>('SELECT count(*) AS n, max(seq) AS max FROM events WHERE site = $1', [SITES[i]!.code]);
  expect(r.rows[0]).toEqual({ n: last, max: last });
}

beforeAll(async () => {
  pg = await startPostgres();
  hub = await startHub(hubOptions());
  hubPort = hub.port;
  for (let i = 0; i < 3; i++) sites.push(await startSite(i));
}, 180_000);

afterAll(async () => {
  for (const s of sites) await s.close();
  await hub?.app.close();
  await pg?.close();
});

describe('three sites and the province hub', () => {
  it('shows every site live, and the province totals equal the sum of the sites\' own /api/stats', async () => {
    await Promise.all(sites.map((s, i) => morning(s, 4 + i)));
    for (const s of sites) await synced(s);
    const mine = await Promise.all(sites.map(siteTotals));
    const province = await hubStats();
    expect(province.sites.map((s) => s.code)).toEqual(SITES.map((s) => s.code));
    province.sites.forEach((s, i) => expect({ issued: s.issued, served: s.served, noShow: s.noShow }).toEqual(mine[i]));
    expect(province.total).toMatchObject({
      issued: mine.reduce((n, m) => n + m.issued, 0), served: mine.reduce((n, m) => n + m.served, 0), noShow: mine.reduce((n, m) => n + m.noShow, 0),
    });
    const live = (await http<ProvinceSites>(hub.url, '/api/province/sites')).body;
    live.forEach((s, i) => {
      expect(s.online).toBe(true);
      expect(s.departments.find((d) => d.code === 'TP')).toMatchObject({ waiting: 2 + i, serving: 1 });
    });
    for (let i = 0; i < 3; i++) await expectEveryEventOnce(i);
  });

  it('publishes the province\'s procedure catalog: every site applies it beside its own and reports the version it holds', async () => {
    for (const s of sites) {
      await eventually(async () => (await syncStatus(s)).catalogVersion !== null, 20_000, 'the site to hold the catalog');
      const found = (await send(s.url, 'GET /api/procedures', { query: { q: '1.099777' }, token: 'demo-kiosk' })).body.procedures;
      expect(found.map((p) => p.code)).toContain('1.099777');
    }
    const versions = await Promise.all(sites.map(async (s) => (await syncStatus(s)).catalogVersion));
    expect(new Set(versions).size).toBe(1);
  });

  it('keeps a site issuing and calling while the hub is down, then catches up in order with nothing lost or doubled', async () => {
    await hub.app.close();
    const site = sites[1]!;
    await morning(site, 5);
    await eventually(async () => Boolean((await syncStatus(site)).lastError), 10_000, 'the site to notice the hub is down');
    const down = await syncStatus(site);
    expect(down.pending).toBeGreaterThan(0);
    expect(down.provinceUrl).toBe(`http://127.0.0.1:${hubPort}`);
    hub = await startHub(hubOptions(), hubPort);
    await synced(site);
    const after = await syncStatus(site);
    expect(after.lastError).toBeUndefined();
    expect(after.ackedSeq).toBe(site.store.outbox.lastSeq());
    expect((await hubStats(SITES[1]!.code)).total).toMatchObject(await siteTotals(site));
    await expectEveryEventOnce(1);
  });

  it('resumes syncing after a site\'s database is restored from its backup, its new events not taken for old ones', async () => {
    const site = sites[2]!;
    const backup = join(site.dir, 'before.db');
    await backupDatabase(join(site.dir, 'motcua.db'), backup);
    const atBackup = site.store.outbox.lastSeq();
    for (let i = 0; i < 2; i++) await issue(site.url, 1); // after the backup: at the hub, lost at the site
    await synced(site);
    await site.stop();
    await restoreDatabase(backup, site.dir, new Date());
    const restored = await startSite(2, site.dir);
    sites[2] = restored;
    const jumped = restored.store.outbox.lastSeq();
    expect(jumped).toBeGreaterThan(atBackup + 2);
    for (let i = 0; i < 3; i++) await issue(restored.url, 1);
    await synced(restored);
    const stored = await hub.store.pool.query<{ n: number }>('SELECT count(*) AS n FROM events WHERE site = $1 AND seq > $2', [SITES[2]!.code, jumped]);
    expect(stored.rows[0]!.n).toBe(restored.store.outbox.lastSeq() - jumped);
    // the tickets the site lost are replaced at the hub by those that took their numbers: counted once each
    expect((await hubStats(SITES[2]!.code)).total).toMatchObject(await siteTotals(restored));
  });
});
