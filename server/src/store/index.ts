// The store: the only place with SQL. One better-sqlite3 connection; every command runs in one
// IMMEDIATE transaction, so concurrent requests are serialised and never see half a change.
import { AdminStore } from './admin.ts';
import { AppointmentStore } from './appointments.ts';
import { AuditStore } from './audit.ts';
import { AuthStore } from './auth.ts';
import { NotificationStore } from './notifications.ts';
import { CatalogStore } from './catalog.ts';
import { openDatabase, type Db } from './db.ts';
import { OperationsStore } from './operations.ts';
import { ProcedureStore } from './procedures.ts';
import { StatsStore } from './stats.ts';
import { SupervisionStore } from './supervision.ts';
import { TicketStore } from './tickets.ts';

export class Store {
  readonly catalog: CatalogStore;
  readonly procedures: ProcedureStore;
  readonly tickets: TicketStore;
  readonly auth: AuthStore;
  readonly audit: AuditStore;
  readonly stats: StatsStore;
  readonly admin: AdminStore;
  readonly operations: OperationsStore;
  readonly supervision: SupervisionStore;
  readonly appointments: AppointmentStore;
  readonly notifications: NotificationStore;

  constructor(readonly db: Db) {
    this.procedures = new ProcedureStore(db);
    this.catalog = new CatalogStore(db, this.procedures);
    this.tickets = new TicketStore(db);
    this.auth = new AuthStore(db);
    this.audit = new AuditStore(db);
    this.stats = new StatsStore(db);
    this.admin = new AdminStore(db);
    this.operations = new OperationsStore(db);
    this.supervision = new SupervisionStore(db);
    this.appointments = new AppointmentStore(db);
    this.notifications = new NotificationStore(db);
  }

  static open(file: string): Store {
    return new Store(openDatabase(file));
  }

  /** Runs `fn` in one IMMEDIATE transaction: all of it commits durably, or none of it. */
  transaction<T>(fn: () => T): T {
    if (this.group) this.commitGroup();
    return this.db.transaction(fn).immediate();
  }

  private group: { done: Promise<void>; resolve: () => void; reject: (e: unknown) => void; effects: Map<string, () => void> } | null = null;

  /**
   * Group commit: runs `fn` all or nothing (a savepoint) inside a transaction shared by every grouped
   * command of this turn of the event loop, committed with one fsync when the turn ends. Nothing is
   * durable before `durable()` resolves: acknowledge only then. Any other transaction commits the
   * group first.
   */
  grouped<T>(fn: () => T): T {
    if (!this.group) {
      if (this.db.inTransaction) return this.db.transaction(fn)();
      this.db.exec('BEGIN IMMEDIATE');
      let resolve!: () => void;
      let reject!: (e: unknown) => void;
      const done = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
      done.catch(() => {});
      this.group = { done, resolve, reject, effects: new Map() };
      setImmediate(() => this.commitGroup());
    }
    return this.db.transaction(fn)();
  }

  /** Resolves once what the grouped commands wrote so far is committed (at once if nothing waits). */
  durable(): Promise<void> {
    return this.group?.done ?? Promise.resolve();
  }

  /**
   * Runs `effect` right after the open group commits (once per `key` and group, so a burst of tickets
   * makes one push), or at once when no group is open.
   */
  afterCommit(key: string, effect: () => void): void {
    if (this.group) this.group.effects.set(key, effect);
    else effect();
  }

  private commitGroup(): void {
    const group = this.group;
    if (!group) return;
    this.group = null;
    try {
      this.db.exec('COMMIT');
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      group.reject(e);
      return;
    }
    for (const effect of group.effects.values()) effect();
    group.resolve();
  }

  close(): void {
    this.commitGroup();
    if (this.db.open) this.db.close();
  }
}

export type { CatalogData, Counter, CounterRuntime, Department, Service, Settings } from './catalog.ts';
export type { TicketRecord } from './tickets.ts';
export type { ProcedureInput, ProcedureRecord } from './procedures.ts';
export type { User, Device } from './auth.ts';
