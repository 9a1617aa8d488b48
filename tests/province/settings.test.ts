// The province publishes its settings (call policy, business hours, appointment limits) and its
// procedure catalog to real sites on a real PostgreSQL: each site takes them on its next sync and
// applies them over its own configuration (its counters, officers and local changes stay), audits the
// change and reports the version it holds; invalid settings are refused at the hub and change
// nothing; a site that refuses a version says why and does not fetch it again; a site offline during
// a publication takes it when it returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminView, ProvinceSettings, PublishedSettings } from '@motcua/protocol';
import { demo, http, issue, login, officerAt, send, startServer, type Running } from '../support/server.ts';
import { eventually, FAST_SYNC, HUB_SUPERVISORS, startHub, startPostgres, SUPERVISOR_AUTH, syncStatus, testSites, type RunningHub, type TestPostgres } from '../support/postgres.ts';

const SITES = testSites(['TINH-1', 'XA-1', 'XA-2'], 'settings-test-key');
const supervisor = { authorization: SUPERVISOR_AUTH };
// the province's catalog: a procedure of a department the sites have, one of an agency they lack
const CATALOG = 'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện\r\n1.099888,Thủ tục chung của tỉnh,Hộ tịch,Sở Tư pháp\r\n1.099889,Cấp phép của sở khác,Xây dựng,Sở Xây dựng\r\n';

let pg: TestPostgres;
let hub: RunningHub;
const sites: Running[] = [];
let settingsReads = 0;

const startSite = (i: number, dir?: string) => startServer({ ...(dir ? { dir } : {}), province: { provinceUrl: hub.url, siteKey: SITES[i]!.key, ...FAST_SYNC } });
const admin = (site: Running) => login(site.url, 'admin', 'admin');
const view = async (site: Running): Promise<AdminView> => (await send(site.url, 'GET /api/admin', { token: await admin(site) })).body;
const holding = (site: Running, version: number) => eventually(async () => (await syncStatus(site)).settingsVersion === version, 20_000, `the site to hold settings version ${version}`);
const publish = (settings: unknown) => http<PublishedSettings>(hub.url, '/api/province/settings', { method: 'PUT', body: settings, headers: supervisor });
const published = () => http<PublishedSettings>(hub.url, '/api/province/settings', { headers: supervisor });

const V1: ProvinceSettings = {
  policy: { maxPriorityPerNormal: 5, agingMinutes: 40, recallLimit: 1 },
  businessHours: { days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '23:59', holidays: ['2027-01-01'] },
  appointments: { perPersonPerDay: 1, daysAhead: 9 },
};

beforeAll(async () => {
  pg = await startPostgres();
  hub = await startHub({ databaseUrl: pg.url, sites: SITES, catalogCsv: CATALOG, supervisors: HUB_SUPERVISORS });
  // counts the settings the sites fetch (the real store, read through)
  const read = hub.store.settings.bind(hub.store);
  hub.store.settings = async () => {
    settingsReads++;
    return read();
  };
  for (let i = 0; i < 3; i++) sites.push(await startSite(i));
  for (const s of sites) await eventually(async () => (await syncStatus(s)).catalogVersion !== null, 20_000, 'the site to hold the catalog');
}, 180_000);

afterAll(async () => {
  for (const s of sites) await s.close();
  await hub?.app.close();
  await pg?.close();
});

describe('the province\'s settings at its sites', () => {
  it('refuses invalid settings with a 4xx and publishes nothing', async () => {
    expect((await published()).status).toBe(404);
    expect((await publish({ businessHours: { days: [1], opens: '17:00', closes: '07:00' } })).body).toMatchObject({ error: { code: 'invalid_settings' } });
    expect((await publish({ businessHours: { days: [1], opens: '17:00', closes: '07:00' } })).status).toBe(400);
    expect((await publish({ policy: { maxPriorityPerNormal: 2, agingMinutes: 30, recallLimit: 99 } })).status).toBe(400);
    expect((await publish({ policy: V1.policy, counters: [] })).status).toBe(400);
    expect((await http(hub.url, '/api/province/settings', { method: 'PUT', body: V1 })).status).toBe(401);
    expect((await http(hub.url, '/api/province/settings', { method: 'PUT', body: V1, token: SITES[0]!.key })).status).toBe(403);
    expect((await published()).status).toBe(404);
    expect(await hub.store.pool.query('SELECT 1 FROM published_settings')).toMatchObject({ rowCount: 0 });
    for (const s of sites) expect((await syncStatus(s)).settingsVersion).toBeNull();
  });

  it('reaches two sites on their next sync: the call policy and hours change, counters and officers stay, the change is audited and its version reported', async () => {
    const offline = sites[2]!;
    await offline.stop();
    const site = sites[0]!;
    for (let i = 0; i < 3; i++) await issue(site.url, 1);
    await officerAt(site.url, 'officer01', 1);
    const before = await view(site);

    const answer = await publish(V1);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ version: 1, publishedBy: 'supervisor', settings: V1 });
    for (const s of sites.slice(0, 2)) await holding(s, 1);

    const after = await view(site);
    expect(after.policy).toEqual(V1.policy);
    expect(after.center.businessHours).toMatchObject({ opens: '00:00', closes: '23:59', holidays: ['2027-01-01'] });
    expect(after.center.appointments).toMatchObject({ perPersonPerDay: 1, daysAhead: 9 });
    expect(after.center.name).toEqual(before.center.name);
    expect(after.counters).toEqual(before.counters);
    expect(after.users).toEqual(before.users);
    expect(after.departments).toEqual(before.departments);
    expect((await view(sites[1]!)).policy).toEqual(V1.policy);
    expect((await syncStatus(site)).lastError).toBeUndefined();

    const day = site.queue.today();
    const audit = (await send(site.url, 'GET /api/audit', { query: { from: day, to: day, action: 'province' }, token: await admin(site) })).body;
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({ actor: 'province', action: 'province.settings.apply', detail: { version: 1, kept: [] } });
  });

  it('keeps a value a site\'s admin changed locally; the other values follow the next version', async () => {
    const site = sites[0]!;
    await send(site.url, 'PUT /api/admin/policy', { body: { ...V1.policy!, recallLimit: 4 }, token: await admin(site) });
    const v2 = await publish({ ...V1, policy: { maxPriorityPerNormal: 1, agingMinutes: 50, recallLimit: 2 } });
    expect(v2.body.version).toBe(2);
    for (const s of sites.slice(0, 2)) await holding(s, 2);
    expect((await view(site)).policy).toEqual({ maxPriorityPerNormal: 1, agingMinutes: 50, recallLimit: 4 });
    expect((await view(sites[1]!)).policy).toEqual({ maxPriorityPerNormal: 1, agingMinutes: 50, recallLimit: 2 });
  });

  it('gives a site that was offline during the publications the latest version, and the province\'s procedures it lacked, when it returns', async () => {
    expect(demo().procedures?.filter((p) => p.code.startsWith('1.09988')) ?? []).toEqual([]);
    const back = await startSite(2, sites[2]!.dir);
    sites[2] = back;
    await holding(back, 2);
    expect((await view(back)).policy).toEqual({ maxPriorityPerNormal: 1, agingMinutes: 50, recallLimit: 2 });
    // offered at its kiosk, in the line of the department the province's agency names
    const found = (await send(back.url, 'GET /api/procedures', { query: { q: '1.099888' }, token: 'demo-kiosk' })).body.procedures;
    const procedure = found.find((p) => p.code === '1.099888')!;
    expect(procedure).toMatchObject({ departmentCode: 'TP', kind: 'submit' });
    const catalog = (await send(back.url, 'GET /api/catalog', { token: 'demo-kiosk' })).body;
    const department = catalog.departments.find((d) => d.services.some((s) => s.id === procedure.serviceId))!;
    expect(department.code).toBe('TP');
    const ticket = (await send(back.url, 'POST /api/tickets', { body: { procedureId: procedure.id }, token: 'demo-kiosk' })).body;
    expect(ticket).toMatchObject({ serviceId: procedure.serviceId, status: 'waiting' });
    // an agency the site has no department for: the site still takes it, in its first department
    const other = (await send(back.url, 'GET /api/procedures', { query: { q: '1.099889' }, token: 'demo-kiosk' })).body.procedures;
    expect(other.find((p) => p.code === '1.099889')).toMatchObject({ departmentCode: demo().departments[0]!.code });
  });

  it('reports a version a site cannot apply, does not fetch it again, and applies the next one', async () => {
    const site = sites[1]!;
    // the site's own 90 holidays and the province's 20 exceed the 100 a configuration holds
    const mine = Array.from({ length: 90 }, (_, i) => new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10));
    const center = (await view(site)).center;
    await send(site.url, 'PUT /api/admin/center', { body: { ...center, businessHours: { ...center.businessHours!, holidays: mine } }, token: await admin(site) });
    const theirs = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2031, 0, 1 + i)).toISOString().slice(0, 10));
    const reads = settingsReads;
    expect((await publish({ ...V1, businessHours: { ...V1.businessHours!, holidays: theirs } })).body.version).toBe(3);
    for (const s of [sites[0]!, sites[2]!]) await holding(s, 3);
    await eventually(async () => /settings version 3 were not applied/.test((await syncStatus(site)).lastError ?? ''), 20_000, 'the site to report the refusal');
    await new Promise((r) => setTimeout(r, 1500)); // some 30 syncs of each site
    expect(settingsReads - reads).toBe(3); // once by each site, not again
    const status = await syncStatus(site);
    expect(status.settingsVersion).toBe(2);
    expect(status.lastError).toContain('holidays');
    expect((await view(site)).center.businessHours!.holidays).toEqual(mine);

    expect((await publish({ policy: V1.policy })).body.version).toBe(4);
    await holding(site, 4);
    expect((await syncStatus(site)).lastError).toBeUndefined();
    expect((await view(site)).policy).toEqual(V1.policy);
  });
});
