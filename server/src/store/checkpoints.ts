// Checkpoints off the event loop. SQLite copies the write-ahead log back into the database file,
// and fsyncs it, every 1,000 pages on the thread that commits: 10–40 ms on this machine, three
// times a second while 50 kiosks issue, each a freeze of every screen and console. The store turns
// that off; a worker thread with its own connection checkpoints instead, started the first time the
// log outgrows START_BYTES (a quiet center never needs the thread). Should the thread fail, SQLite's
// own checkpoints come back, so that the log never grows without end.
import { fstatSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Db } from './db.ts';

/** The size of the log at which the thread starts (SQLite's own default: 1,000 pages of 4 KB). */
export const START_BYTES = 4 * 1024 * 1024;
const EVERY_MS = 500;
/**
 * Writing without a pause never lets a PASSIVE checkpoint catch up, and the log would grow without
 * end: past this many frames (64 MB) the thread checkpoints with RESTART, which holds the next write
 * until it is done (the log then starts again from its beginning).
 */
const LIMIT_FRAMES = 16_384;
const SQLITE_DEFAULT_PAGES = 1000;

type Report = { type: 'checkpointed'; frames: number } | { type: 'failed'; message: string };

export class Checkpoints {
  private worker: Worker | null = null;
  private failed = false;
  /** Frames copied back by the thread so far (for tests and diagnostics). */
  copied = 0;

  constructor(private readonly db: Db, private readonly file: string) {
    db.pragma('wal_autocheckpoint = 0');
  }

  /** After a commit: starts the thread once the log (`walFd`) has grown past START_BYTES. */
  committed(walFd: number): void {
    if (this.worker || this.failed || fstatSync(walFd).size < START_BYTES) return;
    let worker: Worker;
    try {
      // plain JavaScript: no loader and no flags of the server's (a thread takes no V8 heap flags)
      worker = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), { workerData: { file: this.file, everyMs: EVERY_MS, limitFrames: LIMIT_FRAMES }, execArgv: [] });
    } catch {
      return this.fallBack();
    }
    worker.unref();
    worker.on('message', (report: Report) => {
      if (report.type === 'checkpointed') this.copied += Math.max(0, report.frames);
      else this.fallBack();
    });
    worker.on('error', () => this.fallBack());
    this.worker = worker;
  }

  private fallBack(): void {
    this.failed = true;
    this.stop();
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_PAGES}`);
  }

  /** Asks the thread to close its connection and end (the server's own close checkpoints what is left). */
  stop(): void {
    this.worker?.postMessage('stop');
    this.worker = null;
  }
}
