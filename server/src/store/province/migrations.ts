// The province hub's PostgreSQL schema: numbered migrations, each applied once in its own
// transaction. Never edit a released migration: add the next number.
import type pg from 'pg';

export interface PgMigration { id: number; name: string; sql: string }

export const HUB_MIGRATIONS: readonly PgMigration[] = [
  {
    id: 1,
    name: 'sites, their events, and what the events say now',
    sql: `
-- a site (provincial or commune center) and what the hub knows of its sync
CREATE TABLE sites (
  code text PRIMARY KEY,
  name text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  acked_seq bigint NOT NULL DEFAULT 0,
  last_seen_at timestamptz,
  lag_seconds double precision
);
-- every event of every site, once each: (site, seq) is the site's own numbering
CREATE TABLE events (
  site text NOT NULL, -- a site of the sites table: the key that sent it proved it (no per-row foreign-key check on ingest)
  seq bigint NOT NULL,
  at bigint NOT NULL,
  kind text NOT NULL,
  data jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site, seq)
);
-- each ticket as its site's latest event says (applied in seq order, never by clocks)
CREATE TABLE tickets (
  site text NOT NULL,
  id bigint NOT NULL,
  seq bigint NOT NULL,
  day text NOT NULL,
  department text NOT NULL,
  service text,
  procedure text,
  status text NOT NULL,
  original boolean NOT NULL,
  queued_at bigint NOT NULL,
  called_at bigint,
  serving_at bigint,
  finished_at bigint,
  counter integer,
  target_wait_minutes integer,
  PRIMARY KEY (site, id)
);
CREATE INDEX tickets_day ON tickets (day, site, department);
CREATE INDEX tickets_waiting ON tickets (site, department, procedure) WHERE status = 'waiting';
CREATE INDEX tickets_done ON tickets (site, department, finished_at) WHERE status = 'done';
-- each counter as its site's latest event says
CREATE TABLE counters (
  site text NOT NULL,
  number integer NOT NULL,
  seq bigint NOT NULL,
  department text NOT NULL,
  state text NOT NULL,
  retired boolean NOT NULL,
  PRIMARY KEY (site, number)
);
CREATE TABLE supervisors (username text PRIMARY KEY, password_hash text NOT NULL);
`,
  },
  {
    id: 2,
    name: 'settings the province publishes to its sites',
    sql: `
-- every publication, kept: the latest version is what the sites take
CREATE TABLE published_settings (
  version integer PRIMARY KEY,
  settings jsonb NOT NULL,
  published_at timestamptz NOT NULL,
  published_by text NOT NULL
);
`,
  },
];

export async function migrateHub(pool: pg.Pool, migrations: readonly PgMigration[] = HUB_MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  try {
    // one hub migrates at a time, even if two start together
    await client.query('SELECT pg_advisory_lock(15015)');
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ id: number }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.id - b.id)) {
      if (done.has(m.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
      applied.push(m.id);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock(15015)').catch(() => {});
    client.release();
  }
}
