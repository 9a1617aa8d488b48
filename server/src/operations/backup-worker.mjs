// The copy of one backup, in a worker thread: SQLite's backup API copies every page in one step
// (one consistent snapshot under WAL, never restarted by a write), which takes about 15 ms per MB;
// here it takes none of the event loop's time, so kiosks keep being answered during a backup.
// workerData: { source, dest }; answers { ok: true } or { ok: false, message }.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const ALL_PAGES = 0x7fffffff;
const { source, dest } = workerData;

try {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(dest, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  // One self-contained file (rollback journal, not WAL): opening it, even read-only, leaves no
  // -wal or -shm files beside it (on a USB stick, say).
  const copy = new Database(dest, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  parentPort.postMessage({ ok: true });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
