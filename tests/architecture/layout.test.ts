// The shape of the codebase: files small enough to read in one sitting, workspace packages that
// declare what they import and depend on each other without a cycle, and server folders
// (domain, store, services, http, realtime, devices, …) whose imports never go round in a circle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with `npm start`
import { sharedSources, UIS } from '../../server/scripts/ui-build.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const MAX_LINES = 400;
const SKIP = new Set(['node_modules', 'dist', 'artifacts', 'data']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name) || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

const PACKAGES = ['server/protocol', 'server/search', 'server/ui-kit', 'server', 'drivers', 'kiosk-ui', 'display-ui', 'counter-ui', 'tests']
  .filter((dir) => statSync(join(ROOT, dir, 'package.json'), { throwIfNoEntry: false }))
  .map((dir) => {
    const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { name: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    return { dir, name: manifest.name, deps: Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((d) => d.startsWith('@motcua/')) };
  });
/** The package a file belongs to: the longest package folder that holds it. */
const packageOf = (file: string) => PACKAGES.filter((p) => relative(join(ROOT, p.dir), file).split('/')[0] !== '..').sort((a, b) => b.dir.length - a.dir.length)[0]!;
const FILES = PACKAGES.flatMap((p) => sources(join(ROOT, p.dir))).filter((f, i, all) => all.indexOf(f) === i);

/** Every module a file imports or re-exports (type-only imports too: they are dependencies of design). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm), ...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]!);
}

/** The first cycle in a graph given as adjacency sets, or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the layout of the codebase', () => {
  it(`has no source file over ${MAX_LINES} lines`, () => {
    const long = FILES.map((f) => ({ file: relative(ROOT, f), lines: readFileSync(f, 'utf8').split('\n').length })).filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('has workspace packages that declare every @motcua package they import, with no cycle between them', () => {
    const undeclared: string[] = [];
    for (const file of FILES) {
      const own = packageOf(file);
      for (const spec of imports(file).filter((s) => s.startsWith('@motcua/'))) {
        const target = spec.split('/').slice(0, 2).join('/');
        if (target !== own.name && !own.deps.includes(target)) undeclared.push(`${relative(ROOT, file)} imports ${target}, which ${own.dir}/package.json does not declare`);
      }
    }
    expect(undeclared).toEqual([]);
    expect(findCycle(new Map(PACKAGES.map((p) => [p.name, new Set(p.deps)])))).toBeNull();
  });

  it('builds each UI again when a workspace package it depends on changes (the kiosk\'s search too)', () => {
    const built = (ui: string) => (sharedSources as (ui: string) => string[])(ui).map((dir) => relative(ROOT, dir)).sort();
    for (const ui of UIS as string[]) {
      const own = PACKAGES.find((p) => p.dir === ui)!;
      const needed = PACKAGES.filter((p) => p.dir !== ui && own.deps.includes(p.name)).map((p) => `${p.dir}/src`);
      expect(built(ui)).toEqual(expect.arrayContaining(needed));
    }
    expect(built('kiosk-ui')).toEqual(['server/protocol/src', 'server/search/src', 'server/ui-kit/src']);
  });

  it('has no import cycle between the folders of server/src', () => {
    const src = join(ROOT, 'server', 'src');
    const folderOf = (file: string) => relative(src, file).split('/')[0]!;
    const graph = new Map<string, Set<string>>();
    for (const file of FILES.filter((f) => !relative(src, f).startsWith('..') && relative(src, f).includes('/') && !f.endsWith('.test.ts'))) {
      const from = folderOf(file);
      const edges = graph.get(from) ?? new Set<string>();
      graph.set(from, edges);
      for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
        const target = resolve(dirname(file), spec);
        if (relative(src, target).startsWith('..') || !relative(src, target).includes('/')) continue;
        if (folderOf(target) !== from) edges.add(folderOf(target));
      }
    }
    expect(graph.size).toBeGreaterThan(5);
    expect(findCycle(graph)).toBeNull();
  });
});
