// `npm run bench:province`: the province hub (its own process, on a local PostgreSQL cluster) and
// sites sending it their outboxes. Measures the hub's ingest rate (100 sites sending a busy day at
// once), the sync lag p99 from a site's commit to the hub's live figures (100 sites at a busy hour,
// each with its own sync worker), the catch-up of a site offline a whole day, and a real site's
// ticket latency with its hub down against up (measured in turns). Progress lines first; the last
// line is one JSON object. `-- --quick` runs a smaller version.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog, ProvinceEvent } from '@motcua/protocol';
import { SyncWorker } from '../../server/src/operations/sync.ts';
import { freePort } from '../../server/src/province/cluster.ts';
import { Store } from '../../server/src/store/index.ts';
import { spawnServer, type ChildServer } from '../support/child-server.ts';
import { startPostgres } from '../support/postgres.ts';
import { quantile, round } from './stats.ts';

const quick = process.argv.includes('--quick');
const SITES = 100;
const DAY_TICKETS = quick ? 60 : 300; // per site: commune centers take tens, provincial sites thousands
const LAG_SECONDS = quick ? 10 : 30;
const BUSY_HOUR_TICKETS = 400; // a large site's busiest hour: 4 events a ticket
const OFFLINE_DAY_TICKETS = 3000;
/** Per site, in turns, spread over the departments (each department's block holds 999 live numbers): p99 is then the 15th worst, not the 5th. */
const LATENCY_ISSUES = quick ? 100 : 1500;
const DAY = '2026-11-30';

const started = performance.now();
const log = (line: string) => console.log(`[bench:province ${round((performance.now() - started) / 1000, 0)}s] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const code = (group: string, i: number) => `${group}-${String(i).padStart(3, '0')}`;
const keyOf = (site: string) => `${site}.bench-key-${site.toLowerCase()}`;

/** The four events of one ticket's life (issued, called, served, done), as the site's triggers write them. */
function ticketLife(id: number, t0: number): Array<Omit<ProvinceEvent, 'seq'>> {
  const base = { id, day: DAY, number: 1000 + id, department: ['TP', 'YT', 'TNMT', 'LDTBXH'][id % 4], service: 'S1', procedure: '1.001', priority: false, original: true, queuedAt: t0, counter: null };
  const called = { calledAt: t0 + 600_000, counter: 1 + (id % 4) };
  return [
    { at: t0, kind: 'ticket', data: { ...base, status: 'waiting', calledAt: null, servingAt: null, finishedAt: null } },
    { at: t0, kind: 'ticket', data: { ...base, ...called, status: 'called', servingAt: null, finishedAt: null } },
    { at: t0, kind: 'ticket', data: { ...base, ...called, status: 'serving', servingAt: t0 + 630_000, finishedAt: null } },
    { at: t0, kind: 'ticket', data: { ...base, ...called, status: 'done', servingAt: t0 + 630_000, finishedAt: t0 + 1_200_000 } },
  ];
}

/** A site with no server: its own SQLite outbox and a real sync worker. */
class SimulatedSite {
  readonly store = Store.open(':memory:');
  readonly worker: SyncWorker;
  private readonly insert = this.store.db.prepare('INSERT INTO outbox (at, kind, data) VALUES (?, ?, ?)');
  private nextTicket = 1;

  constructor(readonly code: string, hubUrl: string) {
    this.worker = new SyncWorker(this.store.outbox, { provinceUrl: hubUrl, siteKey: keyOf(code) });
  }

  /** Writes one event (each in its own transaction, as a queue command does), stamped now. */
  write(e: Omit<ProvinceEvent, 'seq'>): void {
    this.insert.run(Date.now(), e.kind, JSON.stringify(e.data));
  }

  tickets(n: number): void {
    this.store.db.transaction(() => {
      for (let i = 0; i < n; i++) for (const e of ticketLife(this.nextTicket++, Date.now())) this.write(e);
    })();
  }

  pending(): number {
    return this.store.outbox.pending().count;
  }
}

async function post(hubUrl: string, site: string, events: ProvinceEvent[]): Promise<void> {
  const r = await fetch(`${hubUrl}/api/province/events`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${keyOf(site)}` }, body: JSON.stringify({ site, events }) });
  if (!r.ok) throw new Error(`hub answered ${r.status}: ${await r.text()}`);
}

async function ingest(hubUrl: string) {
  log(`ingest: ${SITES} sites send ${DAY_TICKETS} tickets each (${DAY_TICKETS * 4} events) at once`);
  const days = Array.from({ length: SITES }, (_, s) => {
    const events: ProvinceEvent[] = [];
    for (let t = 1; t <= DAY_TICKETS; t++) for (const e of ticketLife(t, Date.now())) events.push({ ...e, seq: events.length + 1 });
    return { site: code('DAY', s), events };
  });
  const total = days.reduce((n, d) => n + d.events.length, 0);
  const t0 = performance.now();
  await Promise.all(days.map(async ({ site, events }) => {
    for (let i = 0; i < events.length; i += 1000) await post(hubUrl, site, events.slice(i, i + 1000));
  }));
  const seconds = (performance.now() - t0) / 1000;
  log(`ingest: ${total} events in ${round(seconds, 2)} s`);
  return { sites: SITES, events: total, seconds: round(seconds, 2), eventsPerSecond: Math.round(total / seconds) };
}

async function syncLag(hubUrl: string, databaseUrl: string) {
  const sites = Array.from({ length: SITES }, (_, i) => new SimulatedSite(code('LAG', i), hubUrl));
  for (const s of sites) s.worker.start();
  const perSiteGapMs = 3600_000 / (BUSY_HOUR_TICKETS * 4);
  log(`sync lag: ${SITES} sites, each writing an event every ${round(perSiteGapMs / 1000, 2)} s for ${LAG_SECONDS} s`);
  const end = Date.now() + LAG_SECONDS * 1000;
  await Promise.all(sites.map(async (s, i) => {
    await sleep((i * perSiteGapMs) / SITES);
    while (Date.now() < end) {
      s.write(ticketLife(i, Date.now())[0]!);
      await sleep(perSiteGapMs * (0.5 + Math.random()));
    }
  }));
  while (sites.some((s) => s.pending() > 0)) await sleep(100);
  await Promise.all(sites.map((s) => s.worker.stop()));
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const r = await client.query<{ lag: number }>("SELECT extract(epoch FROM received_at) * 1000 - at AS lag FROM events WHERE site LIKE 'LAG-%'");
  await client.end();
  const lags = r.rows.map((x) => Number(x.lag));
  for (const s of sites) s.store.close();
  log(`sync lag: ${lags.length} events, p50 ${round(quantile(lags, 0.5), 0)} ms, p99 ${round(quantile(lags, 0.99), 0)} ms`);
  return { sites: SITES, events: lags.length, p50_ms: round(quantile(lags, 0.5), 0), p99_ms: round(quantile(lags, 0.99), 0), max_ms: round(Math.max(...lags), 0) };
}

async function catchUp(hubUrl: string) {
  const site = new SimulatedSite('OFFLINE-001', hubUrl);
  site.tickets(OFFLINE_DAY_TICKETS);
  const events = site.pending();
  log(`catch-up: a site offline for a day with ${events} events`);
  const t0 = performance.now();
  site.worker.start();
  while (site.pending() > 0) await sleep(20);
  const seconds = (performance.now() - t0) / 1000;
  await site.worker.stop();
  site.store.close();
  log(`catch-up: ${round(seconds, 2)} s`);
  return { events, seconds: round(seconds, 2) };
}

async function issueLatency(hubUrl: string) {
  const deadPort = await freePort();
  const up = await spawnServer({ env: { MOTCUA_PROVINCE_URL: hubUrl, MOTCUA_SITE_KEY: keyOf('REAL-UP') } });
  const down = await spawnServer({ env: { MOTCUA_PROVINCE_URL: `http://127.0.0.1:${deadPort}`, MOTCUA_SITE_KEY: keyOf('REAL-DOWN') } });
  const times: Record<'up' | 'down', number[]> = { up: [], down: [] };
  try {
    log(`issue latency: ${LATENCY_ISSUES} tickets to a site whose hub is up and to one whose hub is down, in turns`);
    // one service of each department, in turn
    const catalog = await (await fetch(`${up.url}/api/catalog`)).json() as Catalog;
    const services = catalog.departments.flatMap((d) => d.services.slice(0, 1).map((sv) => sv.id));
    let turn = 0;
    const one = async (s: ChildServer) => {
      const t0 = performance.now();
      const r = await fetch(`${s.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer demo-kiosk' }, body: JSON.stringify({ serviceId: services[turn++ % services.length] }) });
      await r.arrayBuffer();
      if (!r.ok) throw new Error(`issue answered ${r.status}`);
      return performance.now() - t0;
    };
    for (let i = 0; i < 20; i++) await Promise.all([one(up), one(down)]); // warm up
    for (let i = 0; i < LATENCY_ISSUES; i++) {
      const order = i % 2 === 0 ? (['up', 'down'] as const) : (['down', 'up'] as const);
      for (const k of order) times[k].push(await one(k === 'up' ? up : down));
    }
  } finally {
    await Promise.all([up.close(), down.close()]);
  }
  const figures = (v: number[]) => ({ p50_ms: round(quantile(v, 0.5), 2), p99_ms: round(quantile(v, 0.99), 2) });
  const result = { up: figures(times.up), down: figures(times.down), ratioP99: round(quantile(times.down, 0.99) / quantile(times.up, 0.99), 2) };
  log(`issue latency: up p99 ${result.up.p99_ms} ms, down p99 ${result.down.p99_ms} ms`);
  return result;
}

const pg = await startPostgres();
const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-province-'));
const sitesFile = join(dir, 'sites.json');
const codes = [...Array.from({ length: SITES }, (_, i) => code('DAY', i)), ...Array.from({ length: SITES }, (_, i) => code('LAG', i)), 'OFFLINE-001', 'REAL-UP', 'REAL-DOWN'];
writeFileSync(sitesFile, JSON.stringify(codes.map((c) => ({ code: c, name: c, key: keyOf(c) }))));
let hub: ChildServer | undefined;
try {
  hub = await spawnServer({ script: join(import.meta.dirname, '..', '..', 'server', 'src', 'province', 'main.ts'), dir, env: { DATABASE_URL: pg.url, MOTCUA_PROVINCE_SITES: sitesFile } });
  const ingestFigures = await ingest(hub.url);
  const lag = await syncLag(hub.url, pg.url);
  const catchUpFigures = await catchUp(hub.url);
  const latency = await issueLatency(hub.url);
  const result = {
    bench: 'province', quick,
    ingest: ingestFigures, syncLag: lag, catchUp: catchUpFigures, issueLatency: latency,
    goals: {
      ingestAtLeast10000PerSecond: ingestFigures.eventsPerSecond >= 10_000,
      syncLagP99AtMost2s: lag.p99_ms <= 2000,
      catchUpAtMost10s: catchUpFigures.seconds <= 10,
      issueP99HubDownAtMost1_1xUp: latency.ratioP99 <= 1.1,
    },
  };
  console.log(JSON.stringify(result));
} finally {
  await hub?.kill('SIGTERM');
  await pg.close();
  rmSync(dir, { recursive: true, force: true });
}
