// Online backups of the SQLite database with its backup API (better-sqlite3's db.backup()), read
// through a connection of their own in a worker thread: WAL lets it read a consistent snapshot of
// what is committed while the center keeps issuing tickets. Nightly copies go to
// DATA_DIR/backups/motcua-<day>.db.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const NIGHTLY = /^motcua-(\d{4}-\d{2}-\d{2})\.db$/;
const WORKER = new URL('./backup-worker.mjs', import.meta.url);

/**
 * Copies the database `source` (opened read-only) to `dest`, consistent as of the moment it starts,
 * as one self-contained file. The copy runs in a worker thread (backup-worker.mjs).
 */
export function backupDatabase(source: string, dest: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { source, dest } });
    worker.once('message', (answer: { ok: boolean; message?: string }) => (answer.ok ? resolve() : reject(new Error(answer.message))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the backup worker stopped (exit code ${code})`)));
  });
}

/** DATA_DIR/backups, made if missing. */
export function backupsDir(dataDir: string): string {
  const dir = join(dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const nightlyBackupFile = (dataDir: string, day: string) => join(backupsDir(dataDir), `motcua-${day}.db`);

/** The business days that have a nightly backup, oldest first. */
export function nightlyBackupDays(dataDir: string): string[] {
  return readdirSync(backupsDir(dataDir)).flatMap((name) => NIGHTLY.exec(name)?.[1] ?? []).sort();
}

/** Deletes nightly backups of days on or before `cutoffDay`; answers the days deleted. */
export function pruneNightlyBackups(dataDir: string, cutoffDay: string): string[] {
  const old = nightlyBackupDays(dataDir).filter((day) => day <= cutoffDay);
  for (const day of old) rmSync(nightlyBackupFile(dataDir, day), { force: true });
  return old;
}
