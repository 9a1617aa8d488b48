// `npm run province:demo [-- --quiet]`: the province hub on PORT (default 3100, a local PostgreSQL
// under DATA_DIR/hub) and the three demo sites on PORT+1..3 (each with the demo center's departments,
// credentials and device keys, three, two and one counters a department, on its own database under
// DATA_DIR/site-N), joined to the hub with
// their demo keys; unless --quiet, a simulated day (npm run simulate --url) feeds each site. Prints
// the pages to open; Ctrl-C stops everything.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { CenterConfig } from '@motcua/protocol';
import { demoConfig } from '../src/config/demo.ts';
import { DEMO_SITES, DEMO_SUPERVISOR } from '../src/province/demo.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = import.meta.resolve('tsx');
const port = Number(process.env.PORT ?? 3100);
const dataDir = resolve(process.env.DATA_DIR ?? './data/province-demo');
const quiet = process.argv.includes('--quiet');
const children: ChildProcess[] = [];

/**
 * The demo center with only `perDepartment` of its three counters in each department, under another
 * name: the second provincial site (2) and the commune center (1). Written once, so a restart keeps
 * its database's configuration.
 */
function siteConfig(file: string, name: string, perDepartment: number): string {
  if (existsSync(file)) return file;
  const base = demoConfig();
  const kept = new Set(base.counters.filter((c) => (c.number - 1) % 3 < perDepartment).map((c) => c.number));
  const config: CenterConfig = {
    ...base,
    center: { ...base.center, name: { vi: name, en: name } },
    counters: base.counters.filter((c) => kept.has(c.number)),
    devices: base.devices.filter((d) => d.counter === undefined || kept.has(d.counter)),
  };
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/** Starts `node --import tsx <script>` and resolves once it prints its "is running" line. */
function start(label: string, script: string, env: Record<string, string>, args: string[] = []): Promise<void> {
  const child = spawn(process.execPath, ['--import', TSX, join(ROOT, script), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolveStart, reject) => {
    child.once('exit', (code) => reject(new Error(`${label} exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (/is running/.test(line)) resolveStart();
      if (label.startsWith('simulate') && !/^\s*$/.test(line)) console.log(`[${label}] ${line}`);
    });
  });
}

function stopAll(): void {
  for (const c of [...children].reverse()) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
}
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => {
  if (stopping) return;
  stopping = true;
  stopAll();
  // the hub stops its PostgreSQL before it exits: wait for every child (at most 30 s)
  const exited = children.map((c) => (c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise((r) => c.once('exit', r))));
  setTimeout(() => process.exit(0), 30_000).unref();
  void Promise.all(exited).then(() => process.exit(0));
});

try {
  const hubUrl = `http://localhost:${port}`;
  await start('hub', 'server/src/province/main.ts', { PORT: String(port), DATA_DIR: join(dataDir, 'hub'), LOG_LEVEL: 'warn' });
  // the provincial site of the demo (three counters a department), a second provincial site (two), a commune center (one)
  const configs = [undefined, siteConfig(join(dataDir, 'site-2.json'), DEMO_SITES[1]!.name, 2), siteConfig(join(dataDir, 'site-3.json'), DEMO_SITES[2]!.name, 1)];
  await Promise.all(DEMO_SITES.map((site, i) => start(site.code, 'server/src/main.ts', {
    PORT: String(port + 1 + i), DATA_DIR: join(dataDir, `site-${i + 1}`), MOTCUA_PROVINCE_URL: hubUrl, MOTCUA_SITE_KEY: site.key, LOG_LEVEL: 'warn',
    ...(configs[i] ? { MOTCUA_CONFIG: configs[i] } : {}),
  })));
  console.log([
    '',
    `motcua province demo is running: ${hubUrl}`,
    `  Where it is quickest (public)  ${hubUrl}/province`,
    `  Sites (JSON)                   ${hubUrl}/api/province/sites`,
    `  Province report                ${hubUrl}/api/province/stats?from=YYYY-MM-DD&to=YYYY-MM-DD  (${DEMO_SUPERVISOR.username} / ${DEMO_SUPERVISOR.password})`,
    ...DEMO_SITES.map((s, i) => `  ${s.name}: http://localhost:${port + 1 + i}  (kiosk /kiosk?key=demo-kiosk, supervisor / demo, admin / admin)`),
    quiet ? '' : '  A simulated day feeds every site (60 simulated minutes per minute).',
  ].join('\n'));
  if (!quiet) {
    DEMO_SITES.forEach((s, i) => void start(`simulate ${s.code}`, 'tests/simulate/index.ts', {}, ['--url', `http://localhost:${port + 1 + i}`, '--speed', '60', '--seed', String(42 + i), '--quiet']).catch(() => {}));
  }
} catch (e) {
  console.error(`province:demo: ${(e as Error).message}`);
  stopAll();
  process.exit(1);
}
