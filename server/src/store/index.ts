// The store: the only place with SQL. One better-sqlite3 connection; every command runs in one
// IMMEDIATE transaction, so concurrent requests are serialised and never see half a change.
import { closeSync, existsSync, fsync, fsyncSync, openSync } from 'node:fs';
import { AdminStore } from './admin.ts';
import { AppointmentStore } from './appointments.ts';
import { AuditStore } from './audit.ts';
import { AuthStore } from './auth.ts';
import { NotificationStore } from './notifications.ts';
import { CatalogStore } from './catalog.ts';
import { Checkpoints } from './checkpoints.ts';
import { openDatabase, type Db } from './db.ts';
import { OperationsStore } from './operations.ts';
import { OutboxStore } from './outbox.ts';
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
  readonly outbox: OutboxStore;

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
    this.outbox = new OutboxStore(db);
    this.checkpoints = db.name === ':memory:' ? null : new Checkpoints(db, db.name);
  }

  /** Copies the write-ahead log back into the database file off the event loop (none in memory). */
  readonly checkpoints: Checkpoints | null;

  static open(file: string): Store {
    return new Store(openDatabase(file));
  }

  /** Runs `fn` in one IMMEDIATE transaction: all of it commits durably, or none of it. */
  transaction<T>(fn: () => T): T {
    if (this.group) this.commitGroup(true);
    const result = this.db.transaction(fn).immediate();
    this.committed();
    return result;
  }

  private committed(): void {
    const wal = this.walFd();
    if (wal !== null) this.checkpoints?.committed(wal);
  }

  private group: { done: Promise<void>; resolve: () => void; reject: (e: unknown) => void; effects: Map<string, () => void> } | null = null;
  /** The last group committed: resolves once it is on disk (its fsync runs outside the event loop). */
  private lastGroup: Promise<void> = Promise.resolve();
  /** The write-ahead log, opened after the first group commits (none for an in-memory database). */
  private wal: number | null = null;

  /**
   * Group commit: runs `fn` all or nothing (a savepoint) inside a transaction shared by every grouped
   * command of this turn of the event loop. The group commits when the turn ends without waiting for
   * the disk (synchronous=NORMAL for that one commit), then the write-ahead log is flushed by an
   * fsync in libuv's thread pool, so the event loop never waits on the disk for a burst of tickets.
   * Nothing is durable before `durable()` resolves: acknowledge only then. Any other transaction
   * commits the group first (and flushes it at once, with its own commit).
   */
  grouped<T>(fn: () => T): T {
    if (!this.group) {
      if (this.db.inTransaction) return this.db.transaction(fn)();
      this.db.pragma('synchronous = NORMAL'); // may not change inside a transaction
      this.db.exec('BEGIN IMMEDIATE');
      let resolve!: () => void;
      let reject!: (e: unknown) => void;
      const done = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
      done.catch(() => {});
      this.group = { done, resolve, reject, effects: new Map() };
      setImmediate(() => this.commitGroup(false));
    }
    return this.db.transaction(fn)();
  }

  /** Resolves once what the grouped commands wrote so far is on disk (at once if nothing waits). */
  durable(): Promise<void> {
    return this.group?.done ?? this.lastGroup;
  }

  /**
   * Runs `effect` right after the open group is on disk (once per `key` and group, so a burst of
   * tickets makes one push), or at once when no group is open.
   */
  afterCommit(key: string, effect: () => void): void {
    if (this.group) this.group.effects.set(key, effect);
    else effect();
  }

  /** Commits the open group; `now`: flush it before returning (another transaction or closing needs it). */
  private commitGroup(now: boolean): void {
    const group = this.group;
    if (!group) return;
    this.group = null;
    try {
      this.db.exec('COMMIT');
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      group.reject(e);
      return;
    } finally {
      this.db.pragma('synchronous = FULL');
    }
    const settle = (error: unknown) => {
      // closed while its fsync ran (the server stopping): nothing is left to tell
      if (this.db.open) for (const effect of group.effects.values()) effect();
      if (error) group.reject(error);
      else group.resolve();
    };
    const wal = this.walFd();
    if (wal === null) return settle(null);
    this.checkpoints?.committed(wal);
    if (now) {
      let error: unknown = null;
      try {
        fsyncSync(wal);
      } catch (e) {
        error = e;
      }
      return settle(error);
    }
    // groups settle in the order they committed, whichever fsync returns first
    const previous = this.lastGroup;
    this.lastGroup = group.done;
    fsync(wal, (error) => {
      const go = () => settle(error);
      void previous.then(go, go);
    });
  }

  private walFd(): number | null {
    // none yet before the first write (and none in memory)
    if (this.wal === null && this.db.name !== ':memory:' && existsSync(`${this.db.name}-wal`)) this.wal = openSync(`${this.db.name}-wal`, 'r');
    return this.wal;
  }

  close(): void {
    this.commitGroup(true);
    this.checkpoints?.stop();
    if (this.db.open) this.db.close();
    if (this.wal !== null) closeSync(this.wal);
    this.wal = null;
  }
}

export type { CatalogData, Counter, CounterRuntime, Department, Service, Settings } from './catalog.ts';
export { NOT_PAUSED } from './catalog.ts';
export type { TicketRecord } from './tickets.ts';
export type { ProcedureInput, ProcedureRecord } from './procedures.ts';
export type { User, Device } from './auth.ts';
