// A real PostgreSQL for tests: a temporary cluster (initdb as the postgres user when run as root) on
// a free port of 127.0.0.1, through the same code the hub uses without DATABASE_URL; stopped and
// deleted after. And a province hub on it, on port 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SyncStatus } from '@motcua/protocol';
import { buildHub, type HubOptions, type HubSite, type ProvinceHub } from '../../server/src/province/app.ts';
import { startLocalPostgres } from '../../server/src/province/cluster.ts';
import { login, send, type Running } from './server.ts';

export interface TestPostgres { url: string; close(): Promise<void> }

export async function startPostgres(): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-pg-'));
  const cluster = await startLocalPostgres(dir);
  return {
    url: cluster.url,
    async close() {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RunningHub extends ProvinceHub { url: string; port: number }

export async function startHub(options: HubOptions, port = 0): Promise<RunningHub> {
  const hub = await buildHub(options);
  const address = await hub.app.listen({ port, host: '127.0.0.1' });
  return { ...hub, url: address, port: Number(new URL(address).port) };
}

/** Resolves once `check` holds (polling), or fails after `ms`. */
export async function eventually(check: () => Promise<boolean> | boolean, ms = 20_000, what = 'the condition'): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not hold within ${ms} ms`);
}

/** The province supervisor every test hub signs in, and the Basic header its API takes. */
export const HUB_SUPERVISORS = [{ username: 'supervisor', password: 'province-pass' }];
export const SUPERVISOR_AUTH = `Basic ${Buffer.from('supervisor:province-pass').toString('base64')}`;

/** A site's sync worker in a hurry: idle 50 ms, back-off 100–400 ms. */
export const FAST_SYNC = { idleMs: 50, minBackoffMs: 100, maxBackoffMs: 400, heartbeatMs: 1000, timeoutMs: 3000 };

/** Sites of a test hub, named after their codes, with keys of their own (`tag` keeps two tests' keys apart). */
export const testSites = (codes: string[], tag: string): HubSite[] => codes.map((code) => ({ code, name: `Điểm ${code}`, key: `${code}.${tag}-${code.toLowerCase()}` }));

/** A site's GET /api/sync/status, as its administrator. */
export async function syncStatus(site: Running): Promise<SyncStatus> {
  return (await send(site.url, 'GET /api/sync/status', { token: await login(site.url, 'admin', 'admin') })).body;
}
