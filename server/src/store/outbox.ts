// The outbox: events the province hub has not acknowledged yet, written by the triggers of migration
// 11 in the same transaction as the change. The sync worker reads them in order and deletes only
// what the hub acknowledged.
import type { ProvinceEventKind, PublishedSettings } from '@motcua/protocol';
import type { Db } from './db.ts';

export interface OutboxEvent { seq: number; at: number; kind: ProvinceEventKind; data: Record<string, unknown> }

interface Row { seq: number; at: number; kind: ProvinceEventKind; data: string }

const CATALOG_VERSION_KEY = 'province.catalogVersion';
const SETTINGS_KEY = 'province.settings';

export class OutboxStore {
  private readonly q;

  constructor(private readonly db: Db) {
    this.q = {
      batch: db.prepare<[number, number], Row>('SELECT seq, at, kind, data FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?'),
      pending: db.prepare<[], { n: number; first: number | null }>('SELECT count(*) AS n, min(seq) AS first FROM outbox'),
      ack: db.prepare<[number]>('DELETE FROM outbox WHERE seq <= ?'),
      trim: db.prepare<[number]>('DELETE FROM outbox WHERE at < ?'),
      lastSeq: db.prepare<[], number>("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0)").pluck(),
      raiseSeq: db.prepare<[number]>("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'outbox'"),
      addSeq: db.prepare<[number]>("INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox', ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox')"),
      setting: db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck(),
      setSetting: db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    };
  }

  /** Up to `limit` events after `afterSeq`, oldest first. */
  batch(afterSeq: number, limit: number): OutboxEvent[] {
    return this.q.batch.all(afterSeq, limit).map((r) => ({ seq: r.seq, at: r.at, kind: r.kind, data: JSON.parse(r.data) as Record<string, unknown> }));
  }

  /** How many events wait, and the oldest one's sequence number. */
  pending(): { count: number; firstSeq: number | null } {
    const r = this.q.pending.get()!;
    return { count: r.n, firstSeq: r.first };
  }

  /** The last sequence number given out (0 before any event). */
  lastSeq(): number {
    return this.q.lastSeq.get()!;
  }

  /**
   * The hub stored every event up to `seq`: deletes them. If the hub holds numbers this database never
   * gave out (it was restored from a backup), later events are numbered after them, so none is taken
   * for one the hub already has.
   */
  acknowledge(seq: number): void {
    this.db.transaction(() => {
      this.q.ack.run(seq);
      if (seq > this.lastSeq()) {
        this.q.raiseSeq.run(seq);
        this.q.addSeq.run(seq);
      }
    }).immediate();
  }

  /** Leaves a gap in the numbering (after a restore from a backup): events from now on come after `seq`. */
  skipTo(seq: number): void {
    this.db.transaction(() => {
      this.q.raiseSeq.run(seq);
      this.q.addSeq.run(seq);
    }).immediate();
  }

  /** Forgets events written before `at` (ms): a site that syncs with no hub keeps only recent ones. */
  trimBefore(at: number): number {
    return this.q.trim.run(at).changes;
  }

  catalogVersion(): string | null {
    return this.q.setting.get(CATALOG_VERSION_KEY) ?? null;
  }

  setCatalogVersion(version: string): void {
    this.q.setSetting.run(CATALOG_VERSION_KEY, version);
  }

  /** The province's settings as last applied here (what a local change is told from), or null. */
  provinceSettings(): PublishedSettings | null {
    const json = this.q.setting.get(SETTINGS_KEY);
    return json ? JSON.parse(json) as PublishedSettings : null;
  }

  setProvinceSettings(published: PublishedSettings): void {
    this.q.setSetting.run(SETTINGS_KEY, JSON.stringify(published));
  }
}

/**
 * A database restored from a backup would number its next events as the backup did, numbers the hub
 * may already hold for other events: its numbering jumps to the restore's time in microseconds, beyond
 * any number given out before (no site writes a thousand events a millisecond).
 */
export function renumberAfterRestore(db: Db, now: Date): void {
  const hasOutbox = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox'").get();
  if (!hasOutbox) return;
  const store = new OutboxStore(db);
  store.skipTo(Math.max(store.lastSeq(), now.getTime() * 1000));
}
