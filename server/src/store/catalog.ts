// Departments, services, counters and center settings: read into memory, written from configuration.
import type { CenterConfig } from '@motcua/protocol';
import type { CounterState, LocalizedText, PauseReason } from '@motcua/protocol';
import type { Db } from './db.ts';
import type { ProcedureStore } from './procedures.ts';

export interface Department { id: number; code: string; name: LocalizedText; block: { start: number; end: number }; sort: number }
export interface Service { id: number; departmentId: number; code: string; name: LocalizedText; targetWaitMinutes: number; dailyCap: number | null; enabled: boolean }
export interface Counter { id: number; number: number; name: string; departmentId: number; services: { serviceId: number; weight: number }[] }
export interface CatalogData { departments: Department[]; services: Service[]; counters: Counter[] }

export interface CounterRuntime {
  id: number; state: CounterState; pauseReason: PauseReason | null;
  /** What the officer typed when pausing: for staff (the console, the dashboard), never on a screen. */
  pauseNote: string | null;
  officerId: number | null; priorityStreak: number;
}
/** A counter not paused: no reason, no note. */
export const NOT_PAUSED = { pauseReason: null, pauseNote: null } as const;

export type Settings = Pick<CenterConfig, 'center' | 'policy'>;

interface DepartmentRow { id: number; code: string; name_vi: string; name_en: string; block_start: number; block_end: number; sort: number }
interface ServiceRow { id: number; department_id: number; code: string; name_vi: string; name_en: string; target_wait_minutes: number; daily_cap: number | null; enabled: number }
interface CounterRow { id: number; number: number; name: string; department_id: number }
interface CounterRuntimeRow { id: number; state: CounterState; pause_reason: PauseReason | null; pause_note: string | null; officer_id: number | null; priority_streak: number }

export class CatalogStore {
  private readonly q;

  constructor(private readonly db: Db, private readonly procedures: ProcedureStore) {
    this.q = {
      departments: db.prepare<[], DepartmentRow>('SELECT * FROM departments WHERE retired = 0 ORDER BY sort, id'),
      services: db.prepare<[], ServiceRow>('SELECT s.* FROM services s JOIN departments d ON d.id = s.department_id WHERE d.retired = 0 AND s.retired = 0 ORDER BY s.department_id, s.sort, s.id'),
      counters: db.prepare<[], CounterRow>('SELECT id, number, name, department_id FROM counters WHERE retired = 0 ORDER BY number'),
      counterServices: db.prepare<[], { counter_id: number; service_id: number; weight: number }>('SELECT * FROM counter_services'),
      runtime: db.prepare<[number], CounterRuntimeRow>('SELECT id, state, pause_reason, pause_note, officer_id, priority_streak FROM counters WHERE id = ?'),
      allRuntime: db.prepare<[], CounterRuntimeRow>('SELECT id, state, pause_reason, pause_note, officer_id, priority_streak FROM counters WHERE retired = 0'),
      setRuntime: db.prepare('UPDATE counters SET state = @state, pause_reason = @pauseReason, pause_note = @pauseNote, officer_id = @officerId, priority_streak = @priorityStreak WHERE id = @id'),
      counterOfOfficer: db.prepare<[number], { id: number }>('SELECT id FROM counters WHERE officer_id = ?'),
      getSetting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      setSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      departmentCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM departments'),
    };
  }

  isEmpty(): boolean {
    return this.q.departmentCount.get()!.n === 0;
  }

  load(): CatalogData {
    const weights = this.q.counterServices.all();
    return {
      departments: this.q.departments.all().map((r) => ({ id: r.id, code: r.code, name: { vi: r.name_vi, en: r.name_en }, block: { start: r.block_start, end: r.block_end }, sort: r.sort })),
      services: this.q.services.all().map((r) => ({
        id: r.id, departmentId: r.department_id, code: r.code, name: { vi: r.name_vi, en: r.name_en },
        targetWaitMinutes: r.target_wait_minutes, dailyCap: r.daily_cap, enabled: r.enabled === 1,
      })),
      counters: this.q.counters.all().map((r) => ({
        id: r.id, number: r.number, name: r.name, departmentId: r.department_id,
        services: weights.filter((w) => w.counter_id === r.id).map((w) => ({ serviceId: w.service_id, weight: w.weight })),
      })),
    };
  }

  runtime(counterId: number): CounterRuntime | undefined {
    const r = this.q.runtime.get(counterId);
    return r && toRuntime(r);
  }

  allRuntime(): CounterRuntime[] {
    return this.q.allRuntime.all().map(toRuntime);
  }

  saveRuntime(r: CounterRuntime): void {
    this.q.setRuntime.run(r);
  }

  counterOfOfficer(userId: number): number | undefined {
    return this.q.counterOfOfficer.get(userId)?.id;
  }

  appliedConfigId(): string | undefined {
    return this.q.getSetting.get('config_id')?.value;
  }

  settings(): Settings | undefined {
    const row = this.q.getSetting.get('center_settings');
    return row ? (JSON.parse(row.value) as Settings) : undefined;
  }

  /** Writes a configuration, matching existing rows by their codes and numbers. One transaction. */
  applyConfig(config: CenterConfig, now: Date, configId?: string): void {
    const db = this.db;
    db.transaction(() => {
      this.q.setSetting.run('center_settings', JSON.stringify({ center: config.center, policy: config.policy }));
      if (configId !== undefined) this.q.setSetting.run('config_id', configId);
      const upsertDept = db.prepare(`INSERT INTO departments (code, name_vi, name_en, block_start, block_end, sort, retired) VALUES (?, ?, ?, ?, ?, ?, 0)
        ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en, block_start = excluded.block_start, block_end = excluded.block_end, sort = excluded.sort, retired = 0
        RETURNING id`).pluck();
      const upsertService = db.prepare(`INSERT INTO services (department_id, code, name_vi, name_en, target_wait_minutes, daily_cap, enabled, sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (department_id, code) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en, target_wait_minutes = excluded.target_wait_minutes, daily_cap = excluded.daily_cap, enabled = excluded.enabled, sort = excluded.sort, retired = 0
        RETURNING id`).pluck();
      const deptIds = new Map<string, number>();
      const serviceIds = new Map<string, number>();
      config.departments.forEach((d, i) => {
        const id = upsertDept.get(d.code, d.name.vi, d.name.en, d.block.start, d.block.end, i) as number;
        deptIds.set(d.code, id);
        d.services.forEach((s, j) => {
          serviceIds.set(`${d.code}/${s.code}`, upsertService.get(id, s.code, s.name.vi, s.name.en, s.targetWaitMinutes ?? 15, s.dailyCap ?? null, s.enabled === false ? 0 : 1, j) as number);
        });
      });
      db.prepare('UPDATE services SET retired = 1 WHERE id NOT IN (SELECT value FROM json_each(?))').run(JSON.stringify([...serviceIds.values()]));
      if (config.procedures) {
        this.procedures.write(config.procedures.map((p) => ({
          code: p.code, name: p.name, field: p.field, kind: p.kind, departmentId: deptIds.get(p.department)!, serviceId: serviceIds.get(`${p.department}/${p.service}`)!,
        })), { retireOthers: true });
      }
      db.prepare(`UPDATE departments SET retired = 1 WHERE code NOT IN (${config.departments.map(() => '?').join(',')})`).run(...config.departments.map((d) => d.code));

      const upsertCounter = db.prepare(`INSERT INTO counters (number, name, department_id, retired) VALUES (?, ?, ?, 0)
        ON CONFLICT (number) DO UPDATE SET name = excluded.name, department_id = excluded.department_id, retired = 0 RETURNING id`).pluck();
      const clearWeights = db.prepare('DELETE FROM counter_services WHERE counter_id = ?');
      const addWeight = db.prepare('INSERT INTO counter_services (counter_id, service_id, weight) VALUES (?, ?, ?)');
      for (const c of config.counters) {
        const id = upsertCounter.get(c.number, c.name ?? `Quầy ${c.number}`, deptIds.get(c.department)) as number;
        clearWeights.run(id);
        for (const [code, weight] of Object.entries(c.services)) addWeight.run(id, serviceIds.get(`${c.department}/${code}`), weight);
      }
      const numbers = config.counters.map((c) => c.number);
      db.prepare(`UPDATE counters SET retired = 1, state = 'closed', officer_id = NULL WHERE number NOT IN (${numbers.map(() => '?').join(',') || 'NULL'})`).run(...numbers);

      const upsertUser = db.prepare(`INSERT INTO users (username, display_name, password_hash, role, department_id) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, password_hash = excluded.password_hash, role = excluded.role, department_id = excluded.department_id, disabled = 0`);
      for (const u of config.users) upsertUser.run(u.username, u.displayName ?? null, u.passwordHash, u.role, u.department ? deptIds.get(u.department) : null);
      // The configuration is the whole center: users and device keys it does not name lose access.
      db.prepare('UPDATE users SET disabled = 1 WHERE username NOT IN (SELECT value FROM json_each(?))').run(JSON.stringify(config.users.map((u) => u.username)));
      db.prepare('UPDATE devices SET revoked_at = ? WHERE revoked_at IS NULL AND key_hash NOT IN (SELECT value FROM json_each(?))').run(now.toISOString(), JSON.stringify(config.devices.map((d) => d.keyHash)));

      const counterIdOf = db.prepare<[number], number>('SELECT id FROM counters WHERE number = ?').pluck();
      const upsertDevice = db.prepare(`INSERT INTO devices (kind, name, key_hash, counter_id, created_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (key_hash) DO UPDATE SET kind = excluded.kind, name = excluded.name, counter_id = excluded.counter_id, revoked_at = NULL`);
      for (const d of config.devices) upsertDevice.run(d.kind, d.name, d.keyHash, d.counter === undefined ? null : counterIdOf.get(d.counter), now.toISOString());
      const printThrough = db.prepare(`UPDATE devices SET print_agent_id = (SELECT a.id FROM devices a WHERE a.kind = 'agent' AND a.revoked_at IS NULL AND a.name = ?)
        WHERE key_hash = ?`);
      for (const d of config.devices) printThrough.run(d.printsThrough ?? null, d.keyHash);
    })();
  }
}

function toRuntime(r: CounterRuntimeRow): CounterRuntime {
  return { id: r.id, state: r.state, pauseReason: r.pause_reason, pauseNote: r.pause_note, officerId: r.officer_id, priorityStreak: r.priority_streak };
}
