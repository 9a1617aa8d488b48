// What running the center for years needs from the database: the operations settings (backups,
// retention, sign-in lifetimes), erasing old tracking codes, settling prints a crash interrupted,
// and a summary of a database file (for restore).
import type { OperationsSettings } from '@motcua/protocol';
import type { Db } from './db.ts';

export const DEFAULT_OPERATIONS: OperationsSettings = {
  backupTime: '02:00',
  backupKeepDays: 14,
  trackRetentionDays: 30,
  sessionIdleMinutes: 120,
  sessionMaxHours: 12,
};

/** What a database file holds: its schema version and its tickets. */
export interface DatabaseSummary { schemaVersion: number; tickets: number; days: number; firstDay: string | null; lastDay: string | null }

export function summarize(db: Db): DatabaseSummary {
  const version = db.prepare<[], { v: number | null }>('SELECT max(id) AS v FROM schema_migrations').get()!.v ?? 0;
  const t = db.prepare<[], { tickets: number; days: number; firstDay: string | null; lastDay: string | null }>(
    'SELECT count(*) AS tickets, count(DISTINCT business_day) AS days, min(business_day) AS firstDay, max(business_day) AS lastDay FROM tickets').get()!;
  return { schemaVersion: version, ...t };
}

/** `PRAGMA integrity_check`: an empty list when the file is sound, else what is wrong. */
export function integrityProblems(db: Db): string[] {
  return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
}

export class OperationsStore {
  private readonly q;
  /** Read on every signed-in request: kept once read (this connection is the only writer). */
  private cached: OperationsSettings | undefined;

  constructor(db: Db) {
    this.q = {
      get: db.prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'operations'"),
      set: db.prepare<[string]>("INSERT INTO settings (key, value) VALUES ('operations', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
      // '' matches no tracking code (they are 4–32 letters and digits): the phone page answers 404.
      purgeTrackCodes: db.prepare<[string]>("UPDATE tickets SET track_code = '' WHERE business_day < ? AND track_code <> ''"),
      interruptedPrints: db.prepare<[string, number]>(`UPDATE tickets SET print_status = 'failed', print_reason = ?
        WHERE print_status IS NULL AND transferred_from IS NULL AND kiosk_id IS NOT NULL
          AND (? = 1 OR kiosk_id IN (SELECT id FROM devices WHERE print_agent_id IS NOT NULL))`),
    };
  }

  settings(): OperationsSettings {
    if (!this.cached) {
      const row = this.q.get.get();
      this.cached = { ...DEFAULT_OPERATIONS, ...(row ? (JSON.parse(row.value) as Partial<OperationsSettings>) : {}) };
    }
    return this.cached;
  }

  setSettings(settings: OperationsSettings): void {
    this.q.set.run(JSON.stringify(settings));
    this.cached = { ...settings };
  }

  /** Erases the tracking codes of tickets from business days before `day`; answers how many. */
  purgeTrackCodes(day: string): number {
    return this.q.purgeTrackCodes.run(day).changes;
  }

  /**
   * Tickets whose printout never got an outcome (the server stopped while printing): marked failed
   * with `reason`, so they show as failed and can be printed again. `serverPrints`: this process has
   * a printer of its own (else only kiosks printing through an agent had a print under way).
   */
  settleInterruptedPrints(reason: string, serverPrints: boolean): number {
    return this.q.interruptedPrints.run(reason, serverPrints ? 1 : 0).changes;
  }
}
