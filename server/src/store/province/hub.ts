// The province hub's store (PostgreSQL): sites and their keys, the events they send (stored once
// each by (site, seq), in one transaction per batch with what they say about tickets and counters),
// and the live figures of every site. Reports are in ./reports.ts.
import pg from 'pg';
import type { ProvinceEvent, ProvinceSettings, PublishedSettings } from '@motcua/protocol';
import { HUB_MIGRATIONS, migrateHub } from './migrations.ts';

export interface SiteRecord { code: string; name: string; keyHash: string; ackedSeq: number; lastSeenAt: Date | null; lagSeconds: number | null }
export interface DepartmentLive { site: string; department: string; waiting: number; serving: number; serviceSeconds: number | null; overTarget: number }

// bigint counts and sums come back as JS numbers (they stay far below 2^53)
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** What a ticket event says, newest per ticket of the batch, upserted only over an older one. */
const APPLY_TICKETS = `
INSERT INTO tickets (site, id, seq, day, department, service, procedure, status, original, queued_at, called_at, serving_at, finished_at, counter, target_wait_minutes)
SELECT DISTINCT ON ((data->>'id')::bigint) $1, (data->>'id')::bigint, seq, data->>'day', coalesce(data->>'department', '?'), data->>'service', data->>'procedure',
  data->>'status', coalesce((data->>'original')::boolean, true), (data->>'queuedAt')::bigint, (data->>'calledAt')::bigint,
  (data->>'servingAt')::bigint, (data->>'finishedAt')::bigint, (data->>'counter')::integer, (data->>'targetWaitMinutes')::integer
FROM inserted WHERE kind = 'ticket' ORDER BY (data->>'id')::bigint, seq DESC
ON CONFLICT (site, id) DO UPDATE SET seq = EXCLUDED.seq, day = EXCLUDED.day, department = EXCLUDED.department, service = EXCLUDED.service,
  procedure = EXCLUDED.procedure, status = EXCLUDED.status, original = EXCLUDED.original, queued_at = EXCLUDED.queued_at,
  called_at = EXCLUDED.called_at, serving_at = EXCLUDED.serving_at, finished_at = EXCLUDED.finished_at, counter = EXCLUDED.counter,
  target_wait_minutes = EXCLUDED.target_wait_minutes
WHERE tickets.seq < EXCLUDED.seq
RETURNING 1`;

const APPLY_COUNTERS = `
INSERT INTO counters (site, number, seq, department, state, retired)
SELECT DISTINCT ON ((data->>'number')::integer) $1, (data->>'number')::integer, seq, coalesce(data->>'department', '?'), data->>'state', coalesce((data->>'retired')::boolean, false)
FROM inserted WHERE kind = 'counter' ORDER BY (data->>'number')::integer, seq DESC
ON CONFLICT (site, number) DO UPDATE SET seq = EXCLUDED.seq, department = EXCLUDED.department, state = EXCLUDED.state, retired = EXCLUDED.retired
WHERE counters.seq < EXCLUDED.seq
RETURNING 1`;

/** One statement: stores the batch's new events (skipping those held) and applies only those. */
const INGEST = `
WITH incoming AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS e(seq bigint, at bigint, kind text, data jsonb)),
inserted AS (
  INSERT INTO events (site, seq, at, kind, data) SELECT $1, seq, at, kind, data FROM incoming
  ON CONFLICT (site, seq) DO NOTHING RETURNING seq, at, kind, data
),
t AS (${APPLY_TICKETS}),
c AS (${APPLY_COUNTERS})
SELECT (SELECT count(*) FROM inserted) AS stored`;

export class HubStore {
  private constructor(readonly pool: pg.Pool) {}

  /** Connects and brings the schema up to date. */
  static async open(databaseUrl: string): Promise<HubStore> {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
    pool.on('error', () => {}); // an idle client lost (the server restarting): the next query reconnects
    await migrateHub(pool, HUB_MIGRATIONS);
    return new HubStore(pool);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Adds or updates a site (its name and key hash). */
  async upsertSite(code: string, name: string, keyHash: string): Promise<void> {
    await this.pool.query('INSERT INTO sites (code, name, key_hash) VALUES ($1, $2, $3) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, key_hash = EXCLUDED.key_hash', [code, name, keyHash]);
  }

  async upsertSupervisor(username: string, passwordHash: string): Promise<void> {
    await this.pool.query('INSERT INTO supervisors (username, password_hash) VALUES ($1, $2) ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash', [username, passwordHash]);
  }

  async supervisorHash(username: string): Promise<string | null> {
    const r = await this.pool.query<{ password_hash: string }>('SELECT password_hash FROM supervisors WHERE username = $1', [username]);
    return r.rows[0]?.password_hash ?? null;
  }

  async site(code: string): Promise<SiteRecord | null> {
    return (await this.sites(code))[0] ?? null;
  }

  async sites(code?: string): Promise<SiteRecord[]> {
    const r = await this.pool.query<{ code: string; name: string; key_hash: string; acked_seq: number; last_seen_at: Date | null; lag_seconds: number | null }>(
      'SELECT code, name, key_hash, acked_seq, last_seen_at, lag_seconds FROM sites WHERE $1::text IS NULL OR code = $1 ORDER BY code', [code ?? null]);
    return r.rows.map((s) => ({ code: s.code, name: s.name, keyHash: s.key_hash, ackedSeq: s.acked_seq, lastSeenAt: s.last_seen_at, lagSeconds: s.lag_seconds }));
  }

  /** The settings the province publishes now (the latest version), or null before the first. */
  async settings(): Promise<PublishedSettings | null> {
    const r = await this.pool.query<{ version: number; settings: ProvinceSettings; published_at: Date; published_by: string }>(
      'SELECT version, settings, published_at, published_by FROM published_settings ORDER BY version DESC LIMIT 1');
    const row = r.rows[0];
    return row ? { version: row.version, settings: row.settings, publishedAt: row.published_at.toISOString(), publishedBy: row.published_by } : null;
  }

  /** Publishes settings as the next version (two supervisors publishing at once get two versions, one after the other). */
  async publishSettings(settings: ProvinceSettings, by: string, now: Date): Promise<PublishedSettings> {
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await this.pool.query<{ version: number }>(`
          INSERT INTO published_settings (version, settings, published_at, published_by)
          SELECT coalesce(max(version), 0) + 1, $1, $2, $3 FROM published_settings RETURNING version`, [JSON.stringify(settings), now, by]);
        return { version: r.rows[0]!.version, settings, publishedAt: now.toISOString(), publishedBy: by };
      } catch (e) {
        // another publication took that number first: take the next one
        if ((e as { code?: string }).code !== '23505' || attempt === 5) throw e;
      }
    }
  }

  /**
   * Stores a site's batch in one transaction: each event once by (site, seq), what the new ones say
   * applied over older states only. Batches of one site take turns (a row lock on the site). Answers
   * the highest sequence number held for the site.
   */
  async ingest(site: string, events: readonly ProvinceEvent[], now: Date): Promise<{ ackedSeq: number; stored: number }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT 1 FROM sites WHERE code = $1 FOR UPDATE', [site]);
      let stored = 0;
      if (events.length > 0) {
        const r = await client.query<{ stored: number }>(INGEST, [site, JSON.stringify(events)]);
        stored = r.rows[0]!.stored;
      }
      const last = events.at(-1);
      const lag = last ? Math.max(0, (now.getTime() - last.at) / 1000) : 0;
      const maxSeq = events.reduce((m, e) => Math.max(m, e.seq), 0);
      const r = await client.query<{ acked_seq: number }>(
        'UPDATE sites SET acked_seq = greatest(acked_seq, $2), last_seen_at = $3, lag_seconds = $4 WHERE code = $1 RETURNING acked_seq',
        [site, maxSeq, now, lag]);
      await client.query('COMMIT');
      return { ackedSeq: r.rows[0]!.acked_seq, stored };
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  /**
   * Per site and department: tickets waiting (for one procedure, if given), of them those waiting
   * longer than their service's target at `now`, counters open or paused, the mean of the last 20
   * service times.
   */
  async live(now: Date, procedure?: string): Promise<DepartmentLive[]> {
    const r = await this.pool.query<{ site: string; department: string; waiting: number; over: number; serving: number; service_seconds: number | null }>(`
      WITH waiting AS (
        SELECT site, department, count(*) AS n, count(*) FILTER (WHERE $2::bigint - queued_at > target_wait_minutes * 60000) AS over
        FROM tickets WHERE status = 'waiting' AND ($1::text IS NULL OR procedure = $1) GROUP BY site, department
      ), open AS (
        SELECT site, department, count(*) AS n FROM counters WHERE state <> 'closed' AND NOT retired GROUP BY site, department
      ), keys AS (
        SELECT site, department FROM waiting UNION SELECT site, department FROM open
        UNION SELECT DISTINCT site, department FROM tickets WHERE $1::text IS NOT NULL AND procedure = $1
      )
      SELECT k.site, k.department, coalesce(w.n, 0) AS waiting, coalesce(w.over, 0) AS over, coalesce(o.n, 0) AS serving, s.seconds AS service_seconds
      FROM keys k
      LEFT JOIN waiting w USING (site, department)
      LEFT JOIN open o USING (site, department)
      LEFT JOIN LATERAL (
        SELECT avg(d.service) / 1000.0 AS seconds FROM (
          SELECT t.finished_at - coalesce(t.serving_at, t.called_at, t.finished_at) AS service FROM tickets t
          WHERE t.site = k.site AND t.department = k.department AND t.status = 'done' ORDER BY t.finished_at DESC LIMIT 20
        ) d
      ) s ON true
      ORDER BY k.site, k.department`, [procedure ?? null, now.getTime()]);
    return r.rows.map((x) => ({
      site: x.site, department: x.department, waiting: x.waiting, overTarget: x.over, serving: x.serving, serviceSeconds: x.service_seconds === null ? null : Number(x.service_seconds),
    }));
  }
}
