// `npm run backup -- <file>`: a consistent copy of the database of DATA_DIR (./data by default) to
// <file>, safe while the server runs: it opens the database file read-only and copies it with
// SQLite's backup API, which under WAL reads one committed snapshot without stopping the server.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupDatabase } from '../src/operations/backup.ts';

const target = process.argv[2];
const dataDir = resolve(process.env.DATA_DIR ?? './data');
const source = join(dataDir, 'motcua.db');
if (!target) {
  console.error('usage: npm run backup -- <file>   (the database of DATA_DIR, ./data by default)');
  process.exit(2);
}
if (!existsSync(source)) {
  console.error(`motcua backup: no database at ${source} (set DATA_DIR to the server's data folder)`);
  process.exit(1);
}
if (existsSync(target)) {
  console.error(`motcua backup: ${target} already exists: choose a new file name`);
  process.exit(1);
}
try {
  const started = Date.now();
  await backupDatabase(source, resolve(target));
  console.log(`motcua backup: ${source} copied to ${resolve(target)} in ${Date.now() - started} ms`);
} catch (e) {
  console.error(`motcua backup failed: ${(e as Error).message}`);
  process.exit(1);
}
