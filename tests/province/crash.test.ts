// The province hub killed with SIGKILL while a site catches up, batch after batch: each batch is one
// PostgreSQL transaction, so the kill leaves whole batches only; restarted, the hub takes the rest
// and holds every event of the site exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/src/province/cluster.ts';
import { DEMO_SITES } from '../../server/src/province/demo.ts';
import { spawnServer, type ChildServer } from '../support/child-server.ts';
import { eventually, startPostgres, type TestPostgres } from '../support/postgres.ts';
import { issue, login, send, startServer, type Running } from '../support/server.ts';
import { join } from 'node:path';

const PROVINCE_MAIN = join(import.meta.dirname, '..', '..', 'server', 'src', 'province', 'main.ts');
const BATCH = 20;

let pg: TestPostgres;
let site: Running;
let hub: ChildServer | undefined;
let port: number;

const spawnHub = () => spawnServer({ script: PROVINCE_MAIN, port, env: { DATABASE_URL: pg.url } });
async function stored(): Promise<number> {
  const { Client } = (await import('pg')).default;
  const client = new Client({ connectionString: pg.url });
  await client.connect();
  try {
    const r = await client.query<{ n: string }>("SELECT count(*) AS n FROM events WHERE site = 'TG-TINH-1'").catch(() => ({ rows: [{ n: '0' }] }));
    return Number(r.rows[0]!.n);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  pg = await startPostgres();
  port = await freePort();
  site = await startServer({ province: { provinceUrl: `http://127.0.0.1:${port}`, siteKey: DEMO_SITES[0]!.key, batchSize: BATCH, idleMs: 20, minBackoffMs: 100, maxBackoffMs: 300, timeoutMs: 3000 } });
}, 120_000);

afterAll(async () => {
  await hub?.kill();
  await site?.close();
  await pg?.close();
});

describe('the hub killed with SIGKILL mid-catch-up', () => {
  it('loses and doubles nothing', async () => {
    for (let i = 0; i < 150; i++) await issue(site.url, 1 + (i % 2)); // the hub is not running yet: all wait in the outbox
    const total = site.store.outbox.lastSeq();
    expect(site.store.outbox.pending().count).toBe(total);
    hub = await spawnHub();
    await eventually(async () => (await stored()) > 0, 30_000, 'a first batch at the hub');
    await hub.kill('SIGKILL');
    const atKill = await stored();
    expect(atKill % BATCH === 0 || atKill === total).toBe(true); // whole batches only
    hub = await spawnHub();
    const admin = await login(site.url, 'admin', 'admin');
    await eventually(async () => (await send(site.url, 'GET /api/sync/status', { token: admin })).body.pending === 0, 30_000, 'the outbox to empty');
    expect(await stored()).toBe(total);
  }, 120_000); // two hub processes start (tsx) on a shared machine
});
