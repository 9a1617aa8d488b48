// The server's own health beyond being up: whether its disk is full. A write refused by SQLite for
// lack of space (SQLITE_FULL) marks the disk full until a later write succeeds; /api/health then
// answers 503 and the supervisor's dashboard shows since when.
import { ERRORS } from '@motcua/protocol';

export class ServerHealth {
  private diskFullAt: Date | null = null;

  constructor(private readonly clock: () => Date) {}

  /** Whether `error` is SQLite (or the file system) refusing to write for lack of space; if so, noted. */
  noteIfDiskFull(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    if (code !== 'SQLITE_FULL' && code !== 'ENOSPC') return false;
    this.diskFullAt ??= this.clock();
    return true;
  }

  writeSucceeded(): void {
    this.diskFullAt = null;
  }

  /** Since when the disk is full, if it is. */
  get diskFullSince(): Date | null {
    return this.diskFullAt;
  }

  /** The answer of /api/health when something is wrong (null when all is well). */
  problem(): { ok: false; diskFullSince: string; error: { code: 'disk_full'; message: string; messageVi: string } } | null {
    if (!this.diskFullAt) return null;
    return { ok: false, diskFullSince: this.diskFullAt.toISOString(), error: { code: 'disk_full', message: ERRORS.disk_full.en, messageVi: ERRORS.disk_full.vi } };
  }
}
