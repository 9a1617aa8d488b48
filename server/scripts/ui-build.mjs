// Builds the UIs whose sources changed since their last build (npm start and the browser tests use it).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const UIS = ['kiosk-ui', 'display-ui', 'counter-ui'];
const root = join(import.meta.dirname, '..', '..');

export function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * The source folders of the workspace packages a UI is built from, those it depends on and theirs
 * (the kiosk: protocol, ui-kit and search): a change there makes the UI stale too.
 */
export function sharedSources(ui) {
  const found = new Set();
  const visit = (dir) => {
    const { dependencies = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const name of Object.keys(dependencies).filter((d) => d.startsWith('@motcua/'))) {
      const pkg = realpathSync(join(root, 'node_modules', name));
      if (found.has(pkg)) continue;
      found.add(pkg);
      visit(pkg);
    }
  };
  visit(join(root, ui));
  return [...found].map((dir) => join(dir, 'src'));
}

export function staleUis() {
  return UIS.filter((ui) => {
    const dir = join(root, ui);
    const stamp = join(dir, 'dist', '.built');
    const source = Math.max(...sharedSources(ui).map(newest), newest(join(dir, 'src')), newest(join(dir, 'index.html')), newest(join(dir, 'track.html')), newest(join(dir, 'vite.config.ts')), newest(join(dir, 'public')));
    return !existsSync(stamp) || statSync(stamp).mtimeMs < source;
  });
}

export function buildStaleUis(log = console.log) {
  const stale = staleUis();
  for (const ui of stale) {
    log(`Building ${ui} …`);
    // Always a production build, even when started from vitest (NODE_ENV=test would bundle React's development build).
    execFileSync('npm', ['run', 'build', '-w', ui, '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
    writeFileSync(join(root, ui, 'dist', '.built'), new Date().toISOString());
  }
  return stale;
}

if (import.meta.url === `file://${process.argv[1]}`) buildStaleUis();
