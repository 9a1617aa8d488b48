// Administration reads: the whole configuration as the database holds it (for export and for edits,
// which are written back with CatalogStore.applyConfig), users and device keys, names for reports,
// and the live facts the supervisor's dashboard shows.
import type { CenterConfig } from '@motcua/protocol';
import type { PriorityGroup, Role } from '@motcua/protocol';
import type { Settings } from './catalog.ts';
import type { Db } from './db.ts';

export interface AdminUser { id: number; username: string; displayName: string | null; role: Role; departmentId: number | null }
export interface AdminDevice {
  id: number; kind: 'kiosk' | 'display' | 'agent'; name: string; counterId: number | null; createdAt: string; revokedAt: string | null; keyHash: string;
  /** For a kiosk: the agent whose printer prints its tickets (null: the server's own printer). */
  printAgentId: number | null;
}
export interface WaitingTicket { id: number; number: number; departmentId: number; serviceId: number; priority: PriorityGroup | null; queuedAt: number }
export interface LastPrint { kioskId: number; status: string; reason: string | null; at: number }
/** Names of everything a report may group by, retired ones included. */
export interface ReportNames {
  services: Map<number, { code: string; departmentId: number; name: { vi: string; en: string } }>;
  counters: Map<number, { number: number; name: string; departmentId: number }>;
  users: Map<number, { username: string; displayName: string | null }>;
}

interface UserRow { id: number; username: string; display_name: string | null; role: Role; department_id: number | null; password_hash: string; department_code: string | null }
interface DeviceRow {
  id: number; kind: AdminDevice['kind']; name: string; counter_id: number | null; created_at: string; revoked_at: string | null; key_hash: string; counter_number: number | null;
  print_agent_id: number | null; print_agent_name: string | null;
}

export class AdminStore {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      setting: db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck(),
      departments: db.prepare<[], { id: number; code: string; name_vi: string; name_en: string; block_start: number; block_end: number }>('SELECT * FROM departments WHERE retired = 0 ORDER BY sort, id'),
      services: db.prepare<[], { department_id: number; code: string; name_vi: string; name_en: string; target_wait_minutes: number; daily_cap: number | null; enabled: number }>(
        'SELECT * FROM services WHERE retired = 0 ORDER BY department_id, sort, id'),
      counters: db.prepare<[], { id: number; number: number; name: string; department_code: string }>(
        'SELECT c.id, c.number, c.name, d.code AS department_code FROM counters c JOIN departments d ON d.id = c.department_id WHERE c.retired = 0 ORDER BY c.number'),
      weights: db.prepare<[], { counter_id: number; code: string; weight: number }>(
        'SELECT cs.counter_id, s.code, cs.weight FROM counter_services cs JOIN services s ON s.id = cs.service_id WHERE s.retired = 0 ORDER BY s.sort, s.id'),
      users: db.prepare<[], UserRow>(`SELECT u.*, d.code AS department_code FROM users u LEFT JOIN departments d ON d.id = u.department_id
        WHERE u.disabled = 0 ORDER BY CASE u.role WHEN 'admin' THEN 0 WHEN 'supervisor' THEN 1 ELSE 2 END, u.username`),
      printAgentOf: db.prepare<[number], { id: number; name: string }>(`SELECT a.id, a.name FROM devices k JOIN devices a ON a.id = k.print_agent_id
        WHERE k.id = ? AND a.revoked_at IS NULL`),
      devices: db.prepare<[], DeviceRow>(`SELECT v.*, c.number AS counter_number, a.name AS print_agent_name FROM devices v
        LEFT JOIN counters c ON c.id = v.counter_id LEFT JOIN devices a ON a.id = v.print_agent_id AND a.revoked_at IS NULL
        ORDER BY v.revoked_at IS NOT NULL, v.id`),
      counterOfficers: db.prepare<[], { id: number; name: string }>(
        'SELECT c.id, coalesce(u.display_name, u.username) AS name FROM counters c JOIN users u ON u.id = c.officer_id'),
      deleteSessions: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
      allServices: db.prepare<[], { id: number; code: string; department_id: number; name_vi: string; name_en: string }>('SELECT id, code, department_id, name_vi, name_en FROM services'),
      allCounters: db.prepare<[], { id: number; number: number; name: string; department_id: number }>('SELECT id, number, name, department_id FROM counters'),
      allUsers: db.prepare<[], { id: number; username: string; display_name: string | null }>('SELECT id, username, display_name FROM users'),
      waiting: db.prepare<[], { id: number; number: number; department_id: number; service_id: number; priority: PriorityGroup | null; queued_at: number }>(
        `SELECT id, number, department_id, service_id, priority, queued_at FROM tickets WHERE status = 'waiting' ORDER BY queued_at, id`),
      lastPrints: db.prepare<[string, string], { kiosk_id: number; print_status: string; print_reason: string | null; issued_at: number }>(
        `SELECT kiosk_id, print_status, print_reason, issued_at FROM tickets WHERE id IN (
          SELECT max(id) FROM tickets WHERE business_day BETWEEN ? AND ? AND print_status IS NOT NULL AND kiosk_id IS NOT NULL GROUP BY kiosk_id)`),
      liveTicketsOfServices: db.prepare<[string], number>(
        `SELECT count(*) FROM tickets WHERE status IN ('waiting','called','serving','parked') AND service_id IN (SELECT value FROM json_each(?))`).pluck(),
    };
  }

  /** The configuration in the MOTCUA_CONFIG format, as the database holds it now. */
  exportConfig(): CenterConfig {
    const settings = JSON.parse(this.q.setting.get('center_settings')!) as Settings;
    const services = this.q.services.all();
    const weights = this.q.weights.all();
    return {
      center: settings.center,
      policy: settings.policy,
      departments: this.q.departments.all().map((d) => ({
        code: d.code,
        name: { vi: d.name_vi, en: d.name_en },
        block: { start: d.block_start, end: d.block_end },
        services: services.filter((s) => s.department_id === d.id).map((s) => ({
          code: s.code, name: { vi: s.name_vi, en: s.name_en }, targetWaitMinutes: s.target_wait_minutes,
          ...(s.daily_cap === null ? {} : { dailyCap: s.daily_cap }), enabled: s.enabled === 1,
        })),
      })),
      counters: this.q.counters.all().map((c) => ({
        number: c.number, name: c.name, department: c.department_code,
        services: Object.fromEntries(weights.filter((w) => w.counter_id === c.id).map((w) => [w.code, w.weight])),
      })),
      users: this.q.users.all().map((u) => ({
        username: u.username, ...(u.display_name === null ? {} : { displayName: u.display_name }), role: u.role,
        ...(u.department_code === null ? {} : { department: u.department_code }), passwordHash: u.password_hash,
      })),
      devices: this.q.devices.all().filter((d) => d.revoked_at === null).map((d) => ({
        name: d.name, kind: d.kind, keyHash: d.key_hash, ...(d.counter_number === null ? {} : { counter: d.counter_number }),
        ...(d.print_agent_name === null ? {} : { printsThrough: d.print_agent_name }),
      })),
    };
  }

  users(): AdminUser[] {
    return this.q.users.all().map((u) => ({ id: u.id, username: u.username, displayName: u.display_name, role: u.role, departmentId: u.department_id }));
  }

  /** The agent (not revoked) that prints a kiosk's tickets, if one is bound. */
  printAgentOf(kioskId: number): { id: number; name: string } | undefined {
    return this.q.printAgentOf.get(kioskId);
  }

  /** Every device key, the revoked ones last. */
  devices(): AdminDevice[] {
    return this.q.devices.all().map((d) => ({
      id: d.id, kind: d.kind, name: d.name, counterId: d.counter_id, createdAt: d.created_at, revokedAt: d.revoked_at, keyHash: d.key_hash, printAgentId: d.print_agent_id,
    }));
  }

  /** Who works at each staffed counter: counter id → display name. */
  counterOfficers(): Map<number, string> {
    return new Map(this.q.counterOfficers.all().map((r) => [r.id, r.name]));
  }

  /** Signs a user out everywhere (after a password reset). */
  deleteSessions(userId: number): void {
    this.q.deleteSessions.run(userId);
  }

  /** Tickets still live (waiting, at a counter or parked) for any of these services. */
  liveTickets(serviceIds: number[]): number {
    return this.q.liveTicketsOfServices.get(JSON.stringify(serviceIds))!;
  }

  reportNames(): ReportNames {
    return {
      services: new Map(this.q.allServices.all().map((s) => [s.id, { code: s.code, departmentId: s.department_id, name: { vi: s.name_vi, en: s.name_en } }])),
      counters: new Map(this.q.allCounters.all().map((c) => [c.id, { number: c.number, name: c.name, departmentId: c.department_id }])),
      users: new Map(this.q.allUsers.all().map((u) => [u.id, { username: u.username, displayName: u.display_name }])),
    };
  }

  waitingTickets(): WaitingTicket[] {
    return this.q.waiting.all().map((r) => ({ id: r.id, number: r.number, departmentId: r.department_id, serviceId: r.service_id, priority: r.priority, queuedAt: r.queued_at }));
  }

  /** The last printout of each kiosk over business days from..to. */
  lastPrints(from: string, to: string): LastPrint[] {
    return this.q.lastPrints.all(from, to).map((r) => ({ kioskId: r.kiosk_id, status: r.print_status, reason: r.print_reason, at: r.issued_at }));
  }
}
