// Compiles the server and the packages it runs (@motcua/protocol, @motcua/drivers) to JavaScript in
// each package's dist/ when their sources changed since the last build (a stamp file, as for the
// UIs), so that `npm start` runs plain `node`. Type checking is `npm run typecheck`'s job: this only
// strips types file by file (TypeScript's transpileModule, `.ts` imports rewritten to `.js`); other
// files in src/ (plain JavaScript workers, data) are copied as they are. Tests are left out.
// The compiled packages are found through the `motcua-dist` condition of their package.json exports.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { newest } from './ui-build.mjs';

const root = join(import.meta.dirname, '..', '..');
/** Each package's sources and what of them is not run by the server (tests, test doubles). */
const PACKAGES = [
  { dir: join(root, 'server', 'protocol'), skip: [] },
  { dir: join(root, 'server', 'search'), skip: [] },
  { dir: join(root, 'drivers'), skip: ['testing'] },
  { dir: join(root, 'server'), skip: [] },
];
/** The compiled server, and the condition that makes node resolve the workspace packages to their dist/. */
export const SERVER_MAIN = join(root, 'server', 'dist', 'main.js');
export const DIST_CONDITION = '--conditions=motcua-dist';
/**
 * How node runs the compiled server (`npm start`, and the benchmark as npm start does): the condition
 * above, and a young generation of 4 MB semi-spaces instead of V8's 16 MB, whose slack after start-up
 * was about 20 MB of the idle process's memory (a scavenge then comes more often, and costs the same).
 */
export const SERVER_NODE_ARGS = [DIST_CONDITION, '--max-semi-space-size=4'];
const STAMP = join(root, 'server', 'dist', '.built');

const OPTIONS = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  rewriteRelativeImportExtensions: true,
  allowImportingTsExtensions: true,
  isolatedModules: true,
  inlineSourceMap: true,
};

function sources(dir, skip, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !skip.includes(entry.name)) sources(path, [], found);
    else if (entry.isFile() && !/\.test\.[cm]?[jt]s$|\.d\.ts$/.test(entry.name)) found.push(path);
  }
  return found;
}

export function serverIsStale() {
  if (!existsSync(STAMP)) return true;
  const changed = Math.max(...PACKAGES.map(({ dir }) => Math.max(newest(join(dir, 'src')), newest(join(dir, 'package.json')))), newest(import.meta.filename));
  return statSync(STAMP).mtimeMs < changed;
}

/** Builds into a fresh folder beside dist/, then puts it in place: a deleted source leaves no stale .js behind. */
function buildPackage({ dir, skip }) {
  const src = join(dir, 'src');
  const next = join(dir, `dist.${process.pid}`);
  for (const file of sources(src, skip)) {
    const out = join(next, relative(src, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    if (file.endsWith('.ts')) writeFileSync(out, ts.transpileModule(readFileSync(file, 'utf8'), { fileName: file, compilerOptions: OPTIONS }).outputText);
    else copyFileSync(file, out);
  }
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  renameSync(next, join(dir, 'dist'));
}

/** Compiles when stale; answers whether it did. */
export function buildStaleServer(log = console.log) {
  if (!serverIsStale()) return false;
  log('Building the server …');
  for (const pkg of PACKAGES) buildPackage(pkg);
  writeFileSync(STAMP, new Date().toISOString());
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) buildStaleServer();
