// The store: the only place with SQL. One better-sqlite3 connection; every command runs in one
// IMMEDIATE transaction, so concurrent requests are serialised and never see half a change.
import { AdminStore } from './admin.ts';
import { AuditStore } from './audit.ts';
import { AuthStore } from './auth.ts';
import { CatalogStore } from './catalog.ts';
import { openDatabase, type Db } from './db.ts';
import { StatsStore } from './stats.ts';
import { TicketStore } from './tickets.ts';

export class Store {
  readonly catalog: CatalogStore;
  readonly tickets: TicketStore;
  readonly auth: AuthStore;
  readonly audit: AuditStore;
  readonly stats: StatsStore;
  readonly admin: AdminStore;

  constructor(readonly db: Db) {
    this.catalog = new CatalogStore(db);
    this.tickets = new TicketStore(db);
    this.auth = new AuthStore(db);
    this.audit = new AuditStore(db);
    this.stats = new StatsStore(db);
    this.admin = new AdminStore(db);
  }

  static open(file: string): Store {
    return new Store(openDatabase(file));
  }

  /** Runs `fn` in one IMMEDIATE transaction: all of it commits durably, or none of it. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export type { CatalogData, Counter, CounterRuntime, Department, Service, Settings } from './catalog.ts';
export type { TicketRecord } from './tickets.ts';
export type { User, Device } from './auth.ts';
