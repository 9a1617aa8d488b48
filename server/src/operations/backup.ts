// Online backups of the SQLite database with its backup API (better-sqlite3's db.backup()), read
// through a connection of their own: WAL lets it read a consistent snapshot of what is committed
// while the center keeps issuing tickets. Nightly copies go to DATA_DIR/backups/motcua-<day>.db.
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Pages copied per step of the backup API: all of them, so the copy is one snapshot (and never restarts). */
const ALL_PAGES = 0x7fffffff;
const NIGHTLY = /^motcua-(\d{4}-\d{2}-\d{2})\.db$/;

/**
 * Copies the database `source` (opened read-only) to `dest`, consistent as of the moment it starts.
 * The copy is one self-contained file (rollback journal, not WAL): opening it, even read-only,
 * leaves no -wal or -shm files beside it (on a USB stick, say).
 */
export async function backupDatabase(source: string, dest: string): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(dest, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  const copy = new Database(dest, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
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
