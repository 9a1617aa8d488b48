// `npm start`: one process serving the API, Socket.IO and the built UIs. With no MOTCUA_CONFIG it
// runs the demo center and prints the demo credentials.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PUBLIC_URL_PATTERN } from '@motcua/protocol';
import { buildServer } from './app.ts';
import { DEMO_DISPLAY_KEY, DEMO_KIOSK_KEY, DEMO_PASSWORDS, demoConfig, demoRatingKey, officerUsername } from './config/demo.ts';
import { ConfigError, loadConfigFile } from './config/load.ts';

const env = process.env;
const port = Number(env.PORT ?? 3000);
const host = env.HOST ?? '0.0.0.0';
const dataDir = resolve(env.DATA_DIR ?? './data');
const configPath = env.MOTCUA_CONFIG;
const rateLimit = env.MOTCUA_RATE_LIMIT === undefined ? 120 : Number(env.MOTCUA_RATE_LIMIT);
const publicUrl = env.MOTCUA_PUBLIC_URL || undefined;
const tls = { cert: env.MOTCUA_TLS_CERT, key: env.MOTCUA_TLS_KEY };

function fail(message: string): never {
  console.error(`motcua: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not "${env.PORT}"`);
if (!Number.isInteger(rateLimit) || rateLimit < 0) fail(`MOTCUA_RATE_LIMIT must be a whole number of tickets per minute (0 = no limit), not "${env.MOTCUA_RATE_LIMIT}"`);
if (publicUrl !== undefined && !new RegExp(PUBLIC_URL_PATTERN).test(publicUrl)) fail(`MOTCUA_PUBLIC_URL must be an address such as https://motcua.example.gov.vn, not "${publicUrl}"`);
if (env.MOTCUA_DOSSIER_URL && !/^https?:\/\/\S+$/.test(env.MOTCUA_DOSSIER_URL)) fail(`MOTCUA_DOSSIER_URL must be the address of the dossier system, such as https://motcua.tiengiang.gov.vn/api, not "${env.MOTCUA_DOSSIER_URL}"`);
if (env.MOTCUA_PROVINCE_URL && !/^https?:\/\/\S+$/.test(env.MOTCUA_PROVINCE_URL)) fail(`MOTCUA_PROVINCE_URL must be the address of the province hub, such as https://motcua.tiengiang.gov.vn:3100, not "${env.MOTCUA_PROVINCE_URL}"`);
if (Boolean(env.MOTCUA_PROVINCE_URL) !== Boolean(env.MOTCUA_SITE_KEY)) fail('MOTCUA_PROVINCE_URL and MOTCUA_SITE_KEY go together: set both (the hub\'s address and the key it issued this site) or neither');
if (env.MOTCUA_SITE_KEY && !/^[A-Z0-9][A-Z0-9_-]{0,31}\.\S{16,}$/.test(env.MOTCUA_SITE_KEY)) fail('MOTCUA_SITE_KEY must be the key the province hub issued this site: <SITE CODE>.<secret of 16 characters or more>');
if (Boolean(tls.cert) !== Boolean(tls.key)) fail('MOTCUA_TLS_CERT and MOTCUA_TLS_KEY go together: set both (PEM files) or neither');
function readPem(what: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    return fail(`${what} cannot be read: ${(e as Error).message}`);
  }
}
const https = tls.cert && tls.key ? { cert: readPem('MOTCUA_TLS_CERT', tls.cert), key: readPem('MOTCUA_TLS_KEY', tls.key) } : undefined;

let config;
try {
  config = configPath ? loadConfigFile(configPath) : undefined;
} catch (e) {
  fail(e instanceof ConfigError ? e.message : String(e));
}

const server = await buildServer({
  dbFile: join(dataDir, 'motcua.db'),
  config: () => config ?? demoConfig(),
  configId: configPath ? createHash('sha256').update(readFileSync(configPath)).digest('hex') : undefined,
  rateLimitPerMinute: rateLimit,
  publicUrl,
  https,
  dossierUrl: env.MOTCUA_DOSSIER_URL || undefined,
  province: { provinceUrl: env.MOTCUA_PROVINCE_URL || undefined, siteKey: env.MOTCUA_SITE_KEY || undefined },
  // MOTCUA_PRINTER=none: no printer at all (benchmarks, or a kiosk whose agent prints on its own PC).
  printing: { printer: env.MOTCUA_PRINTER === 'none' ? undefined : (env.MOTCUA_PRINTER ?? `file:${join(dataDir, 'printouts')}`) },
  logger: process.stdout.isTTY ? { level: env.LOG_LEVEL ?? 'info', transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' } } } : { level: env.LOG_LEVEL ?? 'info' },
});

const address = await server.app.listen({ port, host });
const base = `${https ? 'https' : 'http'}://localhost:${new URL(address).port}`;
const lines = [
  '',
  `motcua is running: ${base}`,
  `  Kiosk          ${base}/kiosk?key=${DEMO_KIOSK_KEY}`,
  `  Wall display   ${base}/display?key=${DEMO_DISPLAY_KEY}   (one department: &zone=TP)`,
  `  Officer        ${base}/counter`,
  `  Supervisor     ${base}/counter/supervisor`,
  `  Administration ${base}/counter/admin`,
  `  API docs       ${base}/docs`,
];
if (!configPath) {
  lines.push(
    '',
    'Demo center (no MOTCUA_CONFIG): sign in with',
    `  admin / ${DEMO_PASSWORDS.admin}    supervisor / ${DEMO_PASSWORDS.supervisor}`,
    `  ${officerUsername(1)} … ${officerUsername(12)} / ${DEMO_PASSWORDS.officer}  (01–03 Tư pháp, 04–06 Y tế, 07–09 TN&MT, 10–12 LĐ-TB&XH)`,
    `  kiosk key ${DEMO_KIOSK_KEY}, display key ${DEMO_DISPLAY_KEY}`,
    `  rating tablets ${base}/counter/rate?key=${demoRatingKey(1)} … ${demoRatingKey(12)} (one per counter)`,
  );
}
console.log(lines.join('\n'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.app.close().then(() => process.exit(0));
  });
}

// `kill -USR2 <pid>` prints the event loop's delay since the last such line (or the start), then
// starts afresh: how long work waited behind other work (npm run bench reads it during its bursts).
const LOOP_SAMPLE_MS = 10;
const loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
loopDelay.enable();
process.on('SIGUSR2', () => {
  // each sample is the time between two timer turns LOOP_SAMPLE_MS apart: the delay is what exceeds it
  const delayMs = (ns: number) => Math.max(0, ns / 1e6 - LOOP_SAMPLE_MS).toFixed(1);
  console.log(`event-loop delay: p50 ${delayMs(loopDelay.percentile(50))} ms, p99 ${delayMs(loopDelay.percentile(99))} ms, max ${delayMs(loopDelay.max)} ms (${loopDelay.count} samples)`);
  loopDelay.reset();
});
