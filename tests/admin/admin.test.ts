// Administration against the real server: every change applies live (catalog, queue, sockets),
// lands in the audit log, and the whole configuration exports and imports in the MOTCUA_CONFIG format.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../../server/src/config/load.ts';
import type { CatalogChanged, QueueSnapshot } from '@motcua/protocol';
import { connect, issue, login, next, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

let server: Running;
let url: string;
let admin: string;
let now = new Date('2026-11-27T02:00:00Z'); // Friday 09:00 in Asia/Ho_Chi_Minh

beforeAll(async () => {
  server = await startServer({ clock: () => now });
  url = server.url;
  admin = await login(url, 'admin', 'admin');
});
afterAll(() => server.close());

const view = async () => (await send(url, 'GET /api/admin', { token: admin })).body;
const catalog = async () => (await send(url, 'GET /api/catalog')).body;
const audit = (action: string) => server.store.db.prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action) as number;
const service = { name: { vi: 'Cấp phiếu lý lịch tư pháp số 2', en: 'Judicial record no. 2' }, targetWaitMinutes: 20, dailyCap: null, enabled: true };

describe('who may administer', () => {
  it('lets only an admin read or change the configuration', async () => {
    const supervisor = await login(url, 'supervisor');
    expect((await refusal(url, 'GET /api/admin', { token: supervisor })).status).toBe(403);
    expect((await refusal(url, 'GET /api/admin')).status).toBe(401);
    expect((await refusal(url, 'PUT /api/admin/policy', { token: supervisor, body: { maxPriorityPerNormal: 1, agingMinutes: 30, recallLimit: 2 } })).status).toBe(403);
    const v = await view();
    expect(v.departments.map((d) => d.code)).toEqual(['TP', 'YT', 'TNMT', 'LDTBXH']);
    expect(v.counters).toHaveLength(12);
    expect(v.users.map((u) => u.username)).toContain('officer12');
    expect(v.devices.map((d) => d.kind)).toEqual(expect.arrayContaining(['display', 'kiosk']));
    expect(JSON.stringify(v)).not.toMatch(/scrypt|keyHash|passwordHash/);
  });
});

describe('catalog changes apply live', () => {
  it('adds a service and a counter: the catalog, the queue and the socket stream follow without restart', async () => {
    const display = connect(url, 'demo-display');
    const snapshot = await next(display, 'queue:snapshot');
    const changed = next(display, 'catalog:changed');
    expect((await send(url, 'POST /api/admin/services', { token: admin, body: { departmentId: 1, code: 'LLTP2', ...service } })).status).toBe(200);
    const push = await changed as CatalogChanged;
    expect(push.seq).toBe(snapshot.seq + 1);
    const resync = next(display, 'queue:snapshot');
    display.emit('queue:resync');
    const resynced = await resync as QueueSnapshot;
    expect(resynced.seq).toBe(push.seq);

    const added = (await view()).departments[0]!.services.find((s) => s.code === 'LLTP2')!;
    expect(added.name.vi).toBe('Cấp phiếu lý lịch tư pháp số 2');
    // no counter serves it yet: not on offer, and a ticket would wait for ever
    expect((await catalog()).departments[0]!.services.map((s) => s.code)).not.toContain('LLTP2');
    const unserved = await refusal(url, 'POST /api/tickets', { token: 'demo-kiosk', body: { serviceId: added.id } });
    expect(unserved.body.error).toMatchObject({ code: 'service_unserved', messageVi: expect.stringContaining('Chưa có quầy nào phục vụ') });

    const counterPush = next(display, 'catalog:changed');
    const created = await send(url, 'POST /api/admin/counters', { token: admin, body: { number: 13, name: 'Quầy 13', departmentId: 1, services: [{ serviceId: added.id, weight: 2 }] } });
    expect(created.status).toBe(200);
    await counterPush;
    const counter13 = (await catalog()).counters.find((c) => c.number === 13)!;
    expect(counter13).toMatchObject({ name: 'Quầy 13', departmentId: 1 });
    expect((await catalog()).departments[0]!.services.find((s) => s.code === 'LLTP2')?.counterNumbers).toEqual([13]);
    const withCounter = next(display, 'queue:snapshot');
    display.emit('queue:resync');
    expect((await withCounter).counters.map((c) => c.number)).toContain(13);
    display.close();

    const ticket = await issue(url, added.id);
    const officer = await officerAt(url, 'officer01', counter13.id);
    const call = await send(url, 'POST /api/counters/:id/call-next', { params: { id: counter13.id }, token: officer });
    expect(call.body.ticket?.id).toBe(ticket.id);
    await send(url, 'POST /api/tickets/:id/finish', { params: { id: ticket.id }, token: officer });
    await send(url, 'POST /api/counters/:id/close', { params: { id: counter13.id }, token: officer });
    expect(audit('admin.service.create')).toBe(1);
    expect(audit('admin.counter.create')).toBe(1);
  });

  it('disables a service: the kiosk no longer offers it and issuing it is refused', async () => {
    const id = (await catalog()).departments[0]!.services.find((s) => s.code === 'LLTP2')!.id;
    expect((await send(url, 'PUT /api/admin/services/:id', { params: { id }, token: admin, body: { ...service, enabled: false } })).status).toBe(200);
    expect((await catalog()).departments[0]!.services.map((s) => s.code)).not.toContain('LLTP2');
    const refused = await refusal(url, 'POST /api/tickets', { token: 'demo-kiosk', body: { serviceId: id } });
    expect(refused.status).toBe(409);
    expect((await view()).departments[0]!.services.find((s) => s.id === id)).toMatchObject({ enabled: false, targetWaitMinutes: 20 });
  });

  it('refuses to retire a service with live tickets or a counter in use, and says what to do', async () => {
    const t = await issue(url, 2);
    const live = await refusal(url, 'POST /api/admin/services/:id/retire', { params: { id: 2 }, token: admin });
    expect(live.status).toBe(409);
    expect(live.body.error.message).toMatch(/still live/);
    const officer = await officerAt(url, 'officer02', 2);
    const inUse = await refusal(url, 'PUT /api/admin/counters/:id', { params: { id: 2 }, token: admin, body: { name: 'Quầy 2', departmentId: 2, services: [] } });
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.message).toMatch(/Counter 2 is open/);
    const bound = await refusal(url, 'POST /api/admin/counters/:id/retire', { params: { id: 2 }, token: admin });
    expect(bound.body.error.message).toMatch(/bound to counter 2: revoke it first/);
    await send(url, 'POST /api/counters/:id/call', { params: { id: 2 }, token: officer, body: { number: t.number } });
    await send(url, 'POST /api/tickets/:id/finish', { params: { id: t.id }, token: officer });
    await send(url, 'POST /api/counters/:id/close', { params: { id: 2 }, token: officer });
    expect((await send(url, 'POST /api/admin/services/:id/retire', { params: { id: 2 }, token: admin })).status).toBe(200);
    expect((await catalog()).departments[0]!.services.map((s) => s.id)).not.toContain(2);
    expect((await view()).counters.find((c) => c.number === 1)!.services.map((s) => s.serviceId)).not.toContain(2);
  });

  it('refuses an edit that breaks the configuration, changing nothing', async () => {
    const before = await view();
    const overlap = await refusal(url, 'POST /api/admin/departments', {
      token: admin,
      body: { code: 'NV', name: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' }, block: { start: 1500, end: 1600 }, firstService: { code: 'TDTC', ...service } },
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.message).toMatch(/overlaps/);
    expect(await view()).toEqual(before);
  });

  it('refuses a name of only spaces (center, service, counter), saying so in both languages and changing nothing', async () => {
    const before = await view();
    const blank = { vi: '   ', en: 'Center' };
    const center = await refusal(url, 'PUT /api/admin/center', { token: admin, body: { ...before.center, name: blank } });
    expect(center.status).toBe(400);
    expect(center.body.error).toMatchObject({ code: 'invalid_request', message: 'body.name.vi must not be blank', messageVi: 'body.name.vi: không được để trống (chỉ có dấu cách)' });
    const newService = await refusal(url, 'POST /api/admin/services', { token: admin, body: { departmentId: 1, code: 'THU', ...service, name: { vi: 'Thử', en: ' \t ' } } });
    expect(newService.body.error.message).toBe('body.name.en must not be blank');
    const counter = before.counters[0]!;
    const renamed = await refusal(url, 'PUT /api/admin/counters/:id', { token: admin, params: { id: counter.id }, body: { name: '  ', departmentId: counter.departmentId, services: counter.services } });
    expect(renamed.body.error.message).toBe('body.name must not be blank');
    expect(await view()).toEqual(before);
  });

  it('sets the call policy, the priority step, the notice line and business hours; issuing outside hours says when it opens', async () => {
    expect((await send(url, 'PUT /api/admin/policy', { token: admin, body: { maxPriorityPerNormal: 1, agingMinutes: 30, recallLimit: 2 } })).status).toBe(200);
    expect(server.queue.policy).toEqual({ maxPriorityPerNormal: 1, agingMinutes: 30, recallLimit: 2 });
    const center = (await view()).center;
    const notice = { vi: 'Trung tâm nghỉ lễ ngày 1/1.', en: 'Closed on 1 January.' };
    const hours = { days: [1, 2, 3, 4, 5], opens: '07:00', closes: '17:00' };
    expect((await send(url, 'PUT /api/admin/center', { token: admin, body: { ...center, kioskPriorityStep: false, notice, businessHours: hours } })).status).toBe(200);
    expect((await catalog()).center).toMatchObject({ kioskPriorityStep: false, notice, businessHours: hours, issuingOpen: true });

    now = new Date('2026-11-27T10:30:00Z'); // Friday 17:30 local: closed until Monday 07:00
    const closed = await refusal(url, 'POST /api/tickets', { token: 'demo-kiosk', body: { serviceId: 1 } });
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('outside_business_hours');
    expect(closed.body.error.messageVi).toContain('07:00 thứ Hai 30/11');
    expect(closed.body.error.message).toContain('07:00 on Monday 30/11');
    expect((await catalog()).center).toMatchObject({ issuingOpen: false, opensAt: '2026-11-30T00:00:00.000Z' });

    now = new Date('2026-11-30T00:00:00Z');
    expect((await send(url, 'POST /api/tickets', { token: 'demo-kiosk', body: { serviceId: 1 } })).status).toBe(201);
    admin = await login(url, 'admin', 'admin'); // the session of Friday has expired
    const { businessHours: _hours, ...always } = center;
    expect((await send(url, 'PUT /api/admin/center', { token: admin, body: always })).status).toBe(200);
    expect((await catalog()).center?.businessHours).toBeUndefined();
    expect(audit('admin.center.update')).toBe(2);
    expect(audit('admin.policy.update')).toBe(1);
  });
});

describe('users', () => {
  it('adds an officer, resets the password (old sessions end) and retires the account', async () => {
    expect((await send(url, 'POST /api/admin/users', { token: admin, body: { username: 'officer13', displayName: 'Nguyễn Thị Mười Ba', role: 'officer', departmentId: 2, password: 'mật-khẩu-13' } })).status).toBe(200);
    const first = await login(url, 'officer13', 'mật-khẩu-13');
    const id = (await view()).users.find((u) => u.username === 'officer13')!.id;
    const socket = connect(url, first);
    await next(socket, 'queue:snapshot');
    const dropped = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    expect((await send(url, 'POST /api/admin/users/:id/password', { params: { id }, token: admin, body: { password: 'mật-khẩu-mới' } })).status).toBe(200);
    expect(await dropped).toBe('io server disconnect');
    expect((await refusal(url, 'POST /api/counters/:id/open', { params: { id: 4 }, token: first })).status).toBe(401);
    await login(url, 'officer13', 'mật-khẩu-mới');

    expect((await refusal(url, 'POST /api/admin/users', { token: admin, body: { username: 'x1', displayName: 'X', role: 'officer', departmentId: null, password: 'abcdefgh' } })).status).toBe(400);
    expect((await send(url, 'POST /api/admin/users/:id/retire', { params: { id }, token: admin })).status).toBe(200);
    expect((await refusal(url, 'POST /api/auth/login', { body: { username: 'officer13', password: 'mật-khẩu-mới' } })).status).toBe(401);
    const me = (await view()).users.find((u) => u.username === 'admin')!.id;
    expect((await refusal(url, 'POST /api/admin/users/:id/retire', { params: { id: me }, token: admin })).status).toBe(409);
  });
});

describe('device keys', () => {
  it('issues a key once, stores only its hash, and a revoked key loses its socket at once', async () => {
    const created = await send(url, 'POST /api/admin/devices', { token: admin, body: { name: 'Màn hình tầng 2', kind: 'display', counterId: null } });
    expect(created.status).toBe(200);
    const { key, device } = created.body;
    expect(key.length).toBeGreaterThanOrEqual(20);
    expect(JSON.stringify(server.store.db.prepare('SELECT * FROM devices').all())).not.toContain(key);

    const socket = connect(url, key);
    await next(socket, 'queue:snapshot');
    expect((await view()).devices.find((d) => d.id === device.id)?.connected).toBe(true);
    const dropped = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    expect((await send(url, 'POST /api/admin/devices/:id/revoke', { params: { id: device.id }, token: admin })).status).toBe(200);
    expect(await dropped).toBe('io server disconnect');

    const again = connect(url, key);
    const refused = await new Promise<Error>((resolve) => again.on('connect_error', resolve));
    expect(refused.message).toMatch(/revoked/);
    again.close();
    expect((await view()).devices.find((d) => d.id === device.id)?.revokedAt).not.toBeNull();
    expect((await refusal(url, 'POST /api/admin/devices/:id/revoke', { params: { id: device.id }, token: admin })).status).toBe(409);
  });
});

describe('export and import', () => {
  it('exports the configuration in the MOTCUA_CONFIG format and imports it back, live', async () => {
    const exported = await send(url, 'GET /api/admin/config', { token: admin });
    expect(exported.status).toBe(200);
    const config = validateConfig(exported.body);
    expect(config.departments[0]!.services.map((s) => s.code)).toContain('LLTP2');
    expect(config.users.map((u) => u.username)).not.toContain('officer13');

    config.departments[1]!.name.vi = 'Sở Y tế tỉnh Tiền Giang';
    config.departments[1]!.services.push({ code: 'KHAC', name: { vi: 'Thủ tục khác', en: 'Other procedures' }, targetWaitMinutes: 10 });
    config.counters.find((c) => c.number === 4)!.services.KHAC = 1; // served, so on offer
    const imported = await send(url, 'POST /api/admin/config', { token: admin, body: config });
    expect(imported.status).toBe(200);
    const health = (await catalog()).departments[1]!;
    expect(health.name.vi).toBe('Sở Y tế tỉnh Tiền Giang');
    expect(health.services.map((s) => s.code)).toContain('KHAC');
    const again = (await send(url, 'GET /api/admin/config', { token: admin })).body;
    expect(again.departments[1]!.services.at(-1)).toEqual({ code: 'KHAC', name: { vi: 'Thủ tục khác', en: 'Other procedures' }, targetWaitMinutes: 10, enabled: true });

    const broken = structuredClone(config);
    broken.counters[0]!.department = 'XX';
    const refused = await refusal(url, 'POST /api/admin/config', { token: admin, body: broken });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('/counters/0/department');
    expect(audit('admin.config.import')).toBe(1);
  });
});
