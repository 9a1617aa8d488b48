// The wall display's JavaScript stays small enough for a TV box: ≤ 150 KB gzip (fonts and audio
// clips excluded). The global test setup has just rebuilt display-ui/dist if its sources changed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const ASSETS = new URL('../../display-ui/dist/assets/', import.meta.url).pathname;
const LIMIT_BYTES = 150 * 1024;

it('ships at most 150 KB of gzipped JavaScript', () => {
  const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const gzipped = scripts.reduce((sum, name) => sum + gzipSync(readFileSync(join(ASSETS, name)), { level: 9 }).length, 0);
  expect(gzipped).toBeLessThanOrEqual(LIMIT_BYTES);
});
