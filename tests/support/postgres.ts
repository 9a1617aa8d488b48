// A real PostgreSQL for tests: a temporary cluster (initdb as the postgres user when run as root) on
// a free port of 127.0.0.1, through the same code the hub uses without DATABASE_URL; stopped and
// deleted after. And a province hub on it, on port 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildHub, type HubOptions, type ProvinceHub } from '../../server/src/province/app.ts';
import { startLocalPostgres } from '../../server/src/province/cluster.ts';

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
