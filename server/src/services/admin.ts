// Administration: every edit is a change of the whole configuration (the MOTCUA_CONFIG format),
// checked by validateConfig, refused when it would strand live tickets or working officers, and
// written by CatalogStore.applyConfig in one transaction with its audit row. Then the queue reloads,
// revoked keys and retired users lose their sockets, and every screen hears `catalog:changed`.
import { ConfigError, validateConfig } from '../config/load.ts';
import type { CenterConfig } from '@motcua/protocol';
import type { Actor } from '../domain/actor.ts';
import type { Clock } from '../domain/business-day.ts';
import * as edits from '../domain/center-config.ts';
import { applyProvinceSettings } from '../domain/province-settings.ts';
import { conflict, invalid, notFound } from '../domain/errors.ts';
import type {
  AdminView, CallPolicySettings, CenterSettings, CounterFields, DepartmentFields, DeviceCreated, NewCounterBody, NewDepartmentBody, NewDeviceBody,
  NewServiceBody, NewUserBody, PublishedSettings, ServiceFields, UserFields, WorkProfileEntry,
} from '@motcua/protocol';
import { hashPassword, hashSecret, newSecret } from '../security/crypto.ts';
import { assertStrongPassword } from '../security/passwords.ts';
import type { Store } from '../store/index.ts';
import type { DeviceStatusBoard } from './device-status.ts';
import type { SocketRooms } from './auth.ts';
import type { QueueService } from './queue/index.ts';

type Edit = (config: CenterConfig) => void;

/** Who applies the province's settings: the site itself, on its sync with the hub. */
const PROVINCE: Actor = { userId: null, deviceId: null, role: 'admin', departmentId: null, deviceCounterId: null, username: 'province' };

/** What the screens hear of an admin's change (the realtime hub). */
export interface AdminScreens extends SocketRooms {
  /** Every screen refetches what it shows. */
  catalogChanged(): void;
}

export class AdminService {
  constructor(
    private readonly store: Store,
    private readonly queue: QueueService,
    private readonly screens: AdminScreens,
    private readonly devices: DeviceStatusBoard,
    private readonly clock: Clock,
  ) {}

  view(): AdminView {
    const { departments, services, counters } = this.queue.catalog.data;
    const officers = this.store.admin.counterOfficers();
    return {
      center: this.queue.settings.center,
      policy: this.queue.policy,
      operations: this.store.operations.settings(),
      departments: departments.map((d) => ({
        id: d.id, code: d.code, name: d.name, block: d.block,
        services: services.filter((s) => s.departmentId === d.id).map((s) => ({
          id: s.id, code: s.code, name: s.name, targetWaitMinutes: s.targetWaitMinutes, dailyCap: s.dailyCap, enabled: s.enabled,
        })),
      })),
      counters: counters.map((c) => ({
        id: c.id, number: c.number, name: c.name, departmentId: c.departmentId, services: c.services,
        state: this.store.catalog.runtime(c.id)!.state, officer: officers.get(c.id) ?? null,
      })),
      users: this.store.admin.users(),
      devices: this.store.admin.devices().map(({ keyHash: _hash, ...d }) => ({ ...d, connected: this.devices.connected(d.id) })),
    };
  }

  /** The whole configuration, with the procedures catalog (which the edits of this service leave alone). */
  exportConfig(): CenterConfig {
    const { departments, services } = this.queue.catalog.data;
    const departmentCode = new Map(departments.map((d) => [d.id, d.code]));
    const serviceCode = new Map(services.map((s) => [s.id, s.code]));
    const procedures = this.store.procedures.all().map((p) => ({
      code: p.code, name: p.name, field: p.field, department: departmentCode.get(p.departmentId)!, service: serviceCode.get(p.serviceId)!, kind: p.kind,
    }));
    return { ...this.store.admin.exportConfig(), procedures };
  }

  importConfig(actor: Actor, config: CenterConfig): void {
    this.change(actor, 'admin.config.import', { departments: config.departments.length, counters: config.counters.length }, (c) => {
      Object.assign(c, structuredClone(config));
    });
  }

  // ------------------------------------------------------------ center and policy

  setCenter(actor: Actor, center: CenterSettings): void {
    this.change(actor, 'admin.center.update', { ...center }, (c) => {
      const before = c.center;
      const hours = center.businessHours && {
        ...center.businessHours,
        ...(center.businessHours.windows ?? before.businessHours?.windows ? { windows: center.businessHours.windows ?? before.businessHours!.windows! } : {}),
        ...(center.businessHours.holidays ?? before.businessHours?.holidays ? { holidays: center.businessHours.holidays ?? before.businessHours!.holidays! } : {}),
      };
      const appointments = center.appointments ?? before.appointments;
      const { lunchTurns: asked, ...rest } = center;
      const lunchTurns = asked === undefined ? before.lunchTurns : asked; // null: off
      c.center = {
        ...rest, ...(hours ? { businessHours: hours } : {}),
        ...(appointments ? { appointments } : {}), ...(before.notifications ? { notifications: before.notifications } : {}),
        ...(lunchTurns ? { lunchTurns } : {}),
      };
    });
  }

  setPolicy(actor: Actor, policy: CallPolicySettings): void {
    this.change(actor, 'admin.policy.update', { ...policy }, (c) => {
      c.policy = { ...policy };
    });
  }

  /**
   * Applies the settings the province publishes over the site's own (domain/province-settings.ts says
   * which value wins), audited, in one transaction with the version held. Answers the values where
   * the site's own won.
   */
  applyProvinceSettings(published: PublishedSettings): string[] {
    const previous = this.store.outbox.provinceSettings()?.settings ?? null;
    const detail = { version: published.version, publishedBy: published.publishedBy, settings: published.settings, kept: [] as string[] };
    this.change(PROVINCE, 'province.settings.apply', detail, (c) => {
      const merged = applyProvinceSettings(c, previous, published.settings);
      c.center = merged.center;
      c.policy = merged.policy;
      detail.kept = merged.kept;
    }, () => this.store.outbox.setProvinceSettings(published));
    return detail.kept;
  }

  // ------------------------------------------------------------ departments and services

  addDepartment(actor: Actor, body: NewDepartmentBody): void {
    const { code, name, block, firstService } = body;
    this.change(actor, 'admin.department.create', { code }, (c) => edits.addDepartment(c, { code, name, block, services: [serviceConfig(firstService.code, firstService)] }));
  }

  updateDepartment(actor: Actor, id: number, fields: DepartmentFields): void {
    const { code } = this.queue.catalog.department(id);
    this.change(actor, 'admin.department.update', { code, ...fields }, (c) => {
      Object.assign(edits.department(c, code), { name: fields.name, block: fields.block });
    });
  }

  retireDepartment(actor: Actor, id: number): void {
    const { code } = this.queue.catalog.department(id);
    this.change(actor, 'admin.department.retire', { code }, (c) => edits.retireDepartment(c, code));
  }

  addService(actor: Actor, body: NewServiceBody): void {
    const { code } = this.queue.catalog.department(body.departmentId);
    this.change(actor, 'admin.service.create', { department: code, code: body.code }, (c) => edits.addService(c, code, serviceConfig(body.code, body)));
  }

  updateService(actor: Actor, id: number, fields: ServiceFields): void {
    const s = this.queue.catalog.service(id);
    const { code } = this.queue.catalog.department(s.departmentId);
    this.change(actor, 'admin.service.update', { department: code, code: s.code, ...fields }, (c) => {
      const { code: _code, ...rest } = serviceConfig(s.code, fields);
      edits.updateService(c, code, s.code, rest);
    });
  }

  retireService(actor: Actor, id: number): void {
    const s = this.queue.catalog.service(id);
    const { code } = this.queue.catalog.department(s.departmentId);
    this.change(actor, 'admin.service.retire', { department: code, code: s.code }, (c) => edits.retireService(c, code, s.code));
  }

  // ------------------------------------------------------------ counters

  addCounter(actor: Actor, body: NewCounterBody): void {
    const counter = this.counterConfig(body);
    this.change(actor, 'admin.counter.create', { number: body.number }, (c) => edits.addCounter(c, { number: body.number, ...counter }));
  }

  updateCounter(actor: Actor, id: number, fields: CounterFields): void {
    const { number } = this.queue.catalog.counter(id);
    const counter = this.counterConfig(fields);
    this.change(actor, 'admin.counter.update', { number, ...counter }, (c) => edits.updateCounter(c, number, counter));
  }

  retireCounter(actor: Actor, id: number): void {
    const { number } = this.queue.catalog.counter(id);
    this.change(actor, 'admin.counter.retire', { number }, (c) => edits.retireCounter(c, number));
  }

  // ------------------------------------------------------------ users

  /** Adds a user; a blank or trivial password is refused (hashed off the event loop). */
  async addUser(actor: Actor, body: NewUserBody): Promise<void> {
    const fields = this.userConfig(body);
    assertStrongPassword(body.password, body.username);
    const passwordHash = await hashPassword(body.password);
    this.change(actor, 'admin.user.create', { username: body.username, role: body.role }, (c) => {
      edits.addUser(c, { username: body.username, ...fields, passwordHash });
    });
  }

  updateUser(actor: Actor, id: number, body: UserFields): void {
    const { username } = this.user(id);
    const fields = this.userConfig(body);
    this.change(actor, 'admin.user.update', { username, role: body.role }, (c) => edits.updateUser(c, username, { department: undefined, ...fields }));
  }

  /** Sets a new password (a blank or trivial one is refused) and signs the user out everywhere. */
  async setPassword(actor: Actor, id: number, password: string): Promise<void> {
    const { username } = this.user(id);
    assertStrongPassword(password, username);
    const passwordHash = await hashPassword(password);
    this.change(actor, 'admin.user.password', { username }, (c) => {
      edits.updateUser(c, username, { passwordHash });
      this.store.admin.deleteSessions(id);
    });
    this.screens.disconnectRoom(`user:${id}`);
  }

  /** Ends every session of a user: their tokens stop working and their sockets are disconnected. */
  signOutUser(actor: Actor, id: number): void {
    const { username } = this.user(id);
    this.store.transaction(() => {
      this.store.admin.deleteSessions(id);
      this.store.audit.record({ at: this.clock().getTime(), userId: actor.userId, deviceId: actor.deviceId, action: 'admin.user.sign-out', counterId: null, ticketId: null, detail: { username } });
    });
    this.screens.disconnectRoom(`user:${id}`);
  }

  retireUser(actor: Actor, id: number): void {
    const { username } = this.user(id);
    if (actor.userId === id) throw conflict('retire_self', 'You cannot retire your own account: ask another administrator.', 'Bạn không thể ngừng tài khoản của chính mình: đề nghị một quản trị viên khác.');
    this.change(actor, 'admin.user.retire', { username }, (c) => edits.retireUser(c, username));
  }

  // ------------------------------------------------------------ devices

  /** Issues a device key: shown once in the answer, stored only as its hash. */
  addDevice(actor: Actor, body: NewDeviceBody): DeviceCreated {
    const counter = body.counterId === null ? undefined : this.queue.catalog.counter(body.counterId).number;
    const key = newSecret(18);
    const keyHash = hashSecret(key);
    this.change(actor, 'admin.device.create', { name: body.name, kind: body.kind, counter: counter ?? null }, (c) => {
      edits.addDevice(c, { name: body.name, kind: body.kind, keyHash, ...(counter === undefined ? {} : { counter }) });
    });
    const { keyHash: _hash, ...device } = this.store.admin.devices().find((d) => d.keyHash === keyHash)!;
    return { device: { ...device, connected: false }, key };
  }

  /** Revokes a device key: its sockets are disconnected at once. */
  revokeDevice(actor: Actor, id: number): void {
    const device = this.store.admin.devices().find((d) => d.id === id);
    if (!device) throw notFound('unknown_device', `No device with id ${id}.`, `Không có thiết bị mang mã ${id}.`);
    if (device.revokedAt !== null) throw conflict('already_revoked', `The key of "${device.name}" was already revoked.`, `Khóa của "${device.name}" đã bị thu hồi trước đó.`);
    this.change(actor, 'admin.device.revoke', { name: device.name, kind: device.kind }, (c) => edits.revokeDevice(c, device.keyHash));
  }

  /** Has a kiosk print through an agent's printer, or (null) on the server's own printer. */
  setPrintAgent(actor: Actor, kioskId: number, agentId: number | null): void {
    const devices = this.store.admin.devices().filter((d) => d.revokedAt === null);
    const kiosk = devices.find((d) => d.id === kioskId);
    if (!kiosk || kiosk.kind !== 'kiosk') throw notFound('unknown_kiosk', `No kiosk key with id ${kioskId}.`, `Không có khóa máy lấy số mang mã ${kioskId}.`);
    const agent = agentId === null ? null : devices.find((d) => d.id === agentId);
    if (agent === undefined || (agent && agent.kind !== 'agent')) throw notFound('unknown_agent', `No agent key with id ${agentId}: issue one (kind agent) first.`, `Không có khóa máy trạm thiết bị mang mã ${agentId}: hãy cấp một khóa loại agent trước.`);
    this.change(actor, 'admin.device.print-agent', { kiosk: kiosk.name, agent: agent?.name ?? null }, (c) => edits.setPrintAgent(c, kiosk.keyHash, agent?.name ?? null));
  }

  // ------------------------------------------------------------ internals

  private user(id: number) {
    const u = this.store.admin.users().find((x) => x.id === id);
    if (!u) throw notFound('unknown_user', `No active user with id ${id}.`, `Không có người dùng đang hoạt động mang mã ${id}.`);
    return u;
  }

  private counterConfig(fields: CounterFields): Omit<CenterConfig['counters'][number], 'number'> {
    const department = this.queue.catalog.department(fields.departmentId);
    return { name: fields.name, department: department.code, services: this.workProfile(department.id, fields.services) };
  }

  private workProfile(departmentId: number, entries: WorkProfileEntry[]): Record<string, number> {
    return Object.fromEntries(entries.map((e) => {
      const s = this.queue.catalog.service(e.serviceId);
      if (s.departmentId !== departmentId) throw invalid('foreign_service', `"${s.name.vi}" belongs to another department: a counter serves services of its own department.`, `"${s.name.vi}" thuộc đơn vị khác: quầy chỉ phục vụ các dịch vụ của đơn vị mình.`);
      return [s.code, e.weight];
    }));
  }

  private userConfig(body: UserFields): { displayName: string; role: UserFields['role']; department?: string } {
    const department = body.departmentId === null ? undefined : this.queue.catalog.department(body.departmentId).code;
    if (body.role === 'officer' && department === undefined) throw invalid('officer_needs_department', 'An officer belongs to a department: choose one.', 'Cán bộ phải thuộc một đơn vị: hãy chọn đơn vị.');
    return { displayName: body.displayName, role: body.role, ...(department === undefined ? {} : { department }) };
  }

  /** Applies one edit of the configuration, live, with its audit row. */
  private change(actor: Actor, action: string, detail: Record<string, unknown>, edit: Edit, alsoInTransaction?: () => void): void {
    const devicesBefore = this.activeDevices();
    const usersBefore = this.activeUsers();
    this.store.transaction(() => {
      const before = this.store.admin.exportConfig();
      const next = structuredClone(before);
      edit(next);
      let checked: CenterConfig;
      try {
        checked = validateConfig(next, 'the change');
      } catch (e) {
        if (e instanceof ConfigError) throw invalid('invalid_config', e.message, `Cấu hình không hợp lệ: ${e.message}`);
        throw e;
      }
      this.assertSafe(before, checked);
      this.store.catalog.applyConfig(checked, this.clock());
      this.store.audit.record({ at: this.clock().getTime(), userId: actor.userId, deviceId: actor.deviceId, action, counterId: null, ticketId: null, detail });
      alsoInTransaction?.();
    });
    this.queue.reload();
    const devicesAfter = this.activeDevices();
    const usersAfter = this.activeUsers();
    for (const id of devicesBefore) if (!devicesAfter.has(id)) this.screens.disconnectRoom(`device:${id}`);
    for (const id of usersBefore) if (!usersAfter.has(id)) this.screens.disconnectRoom(`user:${id}`);
    this.screens.catalogChanged();
  }

  private activeDevices(): Set<number> {
    return new Set(this.store.admin.devices().filter((d) => d.revokedAt === null).map((d) => d.id));
  }

  private activeUsers(): Set<number> {
    return new Set(this.store.admin.users().map((u) => u.id));
  }

  /** Refuses a change that would strand live tickets or take a counter from under an officer. */
  private assertSafe(before: CenterConfig, after: CenterConfig): void {
    const { catalog } = this.queue;
    for (const c of catalog.data.counters) {
      const kept = after.counters.find((x) => x.number === c.number);
      const departmentCode = catalog.department(c.departmentId).code;
      if (kept && kept.department === departmentCode) continue;
      const runtime = this.store.catalog.runtime(c.id)!;
      if (runtime.state !== 'closed') throw conflict('counter_in_use', `Counter ${c.number} is ${runtime.state}: its officer closes it first.`, `Quầy ${c.number} đang ${runtime.state === 'paused' ? 'tạm dừng' : 'mở'}: cán bộ của quầy (hoặc giám sát viên) phải đóng quầy trước.`);
    }
    const kept = new Set(after.departments.flatMap((d) => d.services.map((s) => `${d.code}/${s.code}`)));
    const dropped = catalog.data.services.filter((s) => !kept.has(`${catalog.department(s.departmentId).code}/${s.code}`));
    const live = dropped.length === 0 ? 0 : this.store.admin.liveTickets(dropped.map((s) => s.id));
    if (live > 0) throw conflict('live_tickets', `${live} tickets of ${dropped.map((s) => s.name.vi).join(', ')} are still live: serve them first (or wait for the day's end).`, `Vẫn còn ${live} phiếu của ${dropped.map((s) => s.name.vi).join(', ')} đang chờ hoặc đang phục vụ: hãy phục vụ xong (hoặc chờ hết ngày).`);
    const users = this.store.admin.users();
    for (const u of before.users) {
      if (after.users.some((x) => x.username === u.username)) continue;
      const id = users.find((x) => x.username === u.username)?.id;
      const at = id === undefined ? undefined : this.store.catalog.counterOfOfficer(id);
      if (at !== undefined) throw conflict('user_at_counter', `${u.username} is working at counter ${catalog.counter(at).number}: they close it first.`, `${u.username} đang làm việc tại quầy ${catalog.counter(at).number}: người đó (hoặc giám sát viên) phải đóng quầy trước.`);
    }
  }
}

function serviceConfig(code: string, s: ServiceFields): CenterConfig['departments'][number]['services'][number] {
  return { code, name: s.name, targetWaitMinutes: s.targetWaitMinutes, enabled: s.enabled, ...(s.dailyCap === null ? {} : { dailyCap: s.dailyCap }) };
}
