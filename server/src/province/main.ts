// `npm run province`: the province hub on PORT (default 3100). With DATABASE_URL it uses that
// PostgreSQL; without it, it starts and manages a local cluster under DATA_DIR (default
// ./data/province). Sites come from MOTCUA_PROVINCE_SITES (a JSON file: [{ code, name, key }]);
// without it, the three demo sites. MOTCUA_PROVINCE_CATALOG: a CSV of procedures published to the
// sites. The province supervisor: MOTCUA_PROVINCE_SUPERVISOR
// (username:password), or the demo's supervisor / demo.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildHub, type HubSite } from './app.ts';
import { startLocalPostgres, type LocalPostgres } from './cluster.ts';
import { DEMO_SITES, DEMO_SUPERVISOR } from './demo.ts';

const env = process.env;
const port = Number(env.PORT ?? 3100);
const host = env.HOST ?? '0.0.0.0';
const dataDir = resolve(env.DATA_DIR ?? './data/province');

function fail(message: string): never {
  console.error(`motcua province: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not "${env.PORT}"`);
let sites: HubSite[] = DEMO_SITES;
if (env.MOTCUA_PROVINCE_SITES) {
  try {
    sites = JSON.parse(readFileSync(env.MOTCUA_PROVINCE_SITES, 'utf8')) as HubSite[];
  } catch (e) {
    fail(`MOTCUA_PROVINCE_SITES must be a JSON file of [{ "code", "name", "key" }]: ${(e as Error).message}`);
  }
  const bad = sites.find((s) => !/^[A-Z0-9][A-Z0-9_-]{0,31}$/.test(s.code) || typeof s.name !== 'string' || !s.key?.startsWith(`${s.code}.`) || s.key.length < s.code.length + 17);
  if (bad) fail(`site ${JSON.stringify(bad.code)}: a code of capitals, digits, - or _, a name, and a key "<code>.<secret of 16 characters or more>"`);
}
let catalogCsv: string | undefined;
if (env.MOTCUA_PROVINCE_CATALOG) {
  try {
    catalogCsv = readFileSync(env.MOTCUA_PROVINCE_CATALOG, 'utf8');
  } catch (e) {
    fail(`MOTCUA_PROVINCE_CATALOG must be a CSV file of procedures (as npm run import-procedures reads): ${(e as Error).message}`);
  }
}
const [supervisorName, ...password] = (env.MOTCUA_PROVINCE_SUPERVISOR ?? `${DEMO_SUPERVISOR.username}:${DEMO_SUPERVISOR.password}`).split(':');

let cluster: LocalPostgres | undefined;
let databaseUrl = env.DATABASE_URL;
if (!databaseUrl) {
  try {
    cluster = await startLocalPostgres(dataDir);
  } catch (e) {
    fail(`could not start a local PostgreSQL under ${dataDir}: ${(e as Error).message}`);
  }
  databaseUrl = cluster.url;
}

const hub = await buildHub({
  databaseUrl, sites, catalogCsv, supervisors: [{ username: supervisorName!, password: password.join(':') }],
  logger: process.stdout.isTTY ? { level: env.LOG_LEVEL ?? 'info', transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' } } } : { level: env.LOG_LEVEL ?? 'info' },
});
const address = await hub.app.listen({ port, host });
const base = `http://localhost:${new URL(address).port}`;
console.log([
  '',
  `motcua province hub is running: ${base}`,
  `  Sites (live)   ${base}/api/province/sites`,
  `  Reports        ${base}/api/province/stats?from=YYYY-MM-DD&to=YYYY-MM-DD  (Basic ${supervisorName}:…)`,
  `  Database       ${cluster ? `local PostgreSQL under ${dataDir}/postgres` : 'DATABASE_URL'}`,
  `  Sites          ${sites.map((s) => s.code).join(', ')}`,
].join('\n'));

// Ctrl-C reaches every process of the group (and a parent such as province:demo may send SIGTERM
// too): the first signal stops the hub and then its cluster; later ones must not cut that short.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    void hub.app.close().finally(async () => {
      await cluster?.stop();
      process.exit(0);
    });
  });
}
