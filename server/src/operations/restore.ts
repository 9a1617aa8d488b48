// `npm run restore -- <file>`: replaces the data folder's database with a backup, with the server
// stopped. The file is checked first (PRAGMA integrity_check, a motcua schema no newer than this
// version's migrations); the database it replaces is kept beside it as motcua.before-restore-<time>.db.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../store/migrations.ts';
import { integrityProblems, summarize, type DatabaseSummary } from '../store/operations.ts';
import { renumberAfterRestore } from '../store/outbox.ts';
import { backupDatabase } from './backup.ts';
import { runningServer } from './lock.ts';

/** A restore refused before anything changed, with the reason. */
export class RestoreRefused extends Error {}

export interface Restored extends DatabaseSummary {
  /** Where the database it replaced was kept (none when the folder had none). */
  previous: string | null;
}

const LATEST = Math.max(...MIGRATIONS.map((m) => m.id));

/** What a backup file holds, once it proved sound; refuses (RestoreRefused) otherwise. */
export function checkBackup(file: string): DatabaseSummary {
  if (!existsSync(file)) throw new RestoreRefused(`${file} does not exist.`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new RestoreRefused(`${file} cannot be opened as a SQLite database: ${(e as Error).message}`);
  }
  try {
    const problems = integrityProblems(db);
    if (problems.length > 0) throw new RestoreRefused(`${file} is damaged (integrity check): ${problems.slice(0, 3).join('; ')}`);
    let summary: DatabaseSummary;
    try {
      summary = summarize(db);
    } catch {
      throw new RestoreRefused(`${file} is not a motcua database (no schema_migrations or tickets table).`);
    }
    if (summary.schemaVersion > LATEST) {
      throw new RestoreRefused(`${file} has schema version ${summary.schemaVersion}, newer than this motcua (${LATEST}): update motcua first.`);
    }
    return summary;
  } catch (e) {
    if (e instanceof RestoreRefused) throw e;
    throw new RestoreRefused(`${file} cannot be read: ${(e as Error).message}`);
  } finally {
    db.close();
  }
}

export async function restoreDatabase(file: string, dataDir: string, now: Date): Promise<Restored> {
  const pid = runningServer(dataDir);
  if (pid !== undefined) throw new RestoreRefused(`A motcua server (pid ${pid}) is using ${dataDir}: stop it first.`);
  const summary = checkBackup(file);
  const target = join(dataDir, 'motcua.db');
  let previous: string | null = null;
  if (existsSync(target)) {
    previous = join(dataDir, `motcua.before-restore-${now.toISOString().replace(/[:.]/g, '-')}.db`);
    await backupDatabase(target, previous);
  }
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  await backupDatabase(file, staging);
  const restored = new Database(staging);
  try {
    renumberAfterRestore(restored, now);
  } finally {
    restored.close();
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true });
  renameSync(staging, target);
  return { ...summary, previous };
}
