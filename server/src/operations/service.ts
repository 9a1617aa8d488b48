// Running the center unattended: the nightly backup at the set hour (a timer inside the server, no
// cron; a server that was down at that hour backs up when it starts), keeping N days of backups,
// erasing tracking codes past the retention period, backups on demand, and the settings for all of it.
import type { OperationsSettings } from '@motcua/protocol';
import { randomBytes } from 'node:crypto';
import { createReadStream, renameSync, rmSync, type ReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { businessDay, type Clock } from '../domain/business-day.ts';
import { clockMinutes } from '../domain/business-hours.ts';
import type { Store } from '../store/index.ts';
import { backupDatabase, backupsDir, nightlyBackupDays, nightlyBackupFile, pruneNightlyBackups } from './backup.ts';

const DAY_MS = 86_400_000;
/** How often the timer looks whether the nightly work is due. */
export const NIGHTLY_CHECK_MS = 60_000;

export interface OperationsLog {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface OperationsOptions {
  store: Store;
  dbFile: string;
  clock: Clock;
  /** The center's time zone (it may change in the administration). */
  timeZone: () => string;
  log: OperationsLog;
  checkEveryMs?: number;
}

export class Operations {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly o: OperationsOptions) {}

  get dataDir(): string {
    return dirname(this.o.dbFile);
  }

  settings(): OperationsSettings {
    return this.o.store.operations.settings();
  }

  setSettings(actorUserId: number | null, settings: OperationsSettings): void {
    this.o.store.transaction(() => {
      this.o.store.operations.setSettings(settings);
      this.o.store.audit.record({ at: this.o.clock().getTime(), userId: actorUserId, deviceId: null, action: 'admin.operations.update', counterId: null, ticketId: null, detail: { ...settings } });
    });
    this.check();
  }

  /** Erases old tracking codes now, then does the nightly work whenever it is due. */
  start(): void {
    this.purgeTrackCodes();
    this.check();
    this.timer = setInterval(() => this.check(), this.o.checkEveryMs ?? NIGHTLY_CHECK_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** A fresh backup for download: the file (deleted once read) and the name to save it under. */
  async backupForDownload(actorUserId: number | null): Promise<{ stream: ReadStream; name: string }> {
    const temp = join(backupsDir(this.dataDir), `.download-${randomBytes(6).toString('hex')}.db`);
    await backupDatabase(this.o.dbFile, temp);
    const now = this.o.clock();
    this.o.store.audit.record({ at: now.getTime(), userId: actorUserId, deviceId: null, action: 'admin.backup.download', counterId: null, ticketId: null, detail: null });
    const stream = createReadStream(temp);
    stream.once('close', () => rmSync(temp, { force: true }));
    return { stream, name: `motcua-${businessDay(now, this.o.timeZone())}-${now.getTime()}.db` };
  }

  /** Starts the nightly work if it is due (past the backup time, no backup yet today) and none runs. */
  private check(): void {
    const now = this.o.clock();
    const timeZone = this.o.timeZone();
    const today = businessDay(now, timeZone);
    const { backupTime } = this.settings();
    if (localMinutes(now, timeZone) < clockMinutes(backupTime) || nightlyBackupDays(this.dataDir).includes(today)) return;
    this.running = this.running.then(() => this.nightly(today)).catch((err: unknown) => this.o.log.error({ err }, 'nightly backup failed'));
  }

  private async nightly(today: string): Promise<void> {
    const file = nightlyBackupFile(this.dataDir, today);
    if (nightlyBackupDays(this.dataDir).includes(today)) return;
    const partial = `${file}.partial`;
    const started = Date.now();
    await backupDatabase(this.o.dbFile, partial);
    renameSync(partial, file);
    const { backupKeepDays } = this.settings();
    const pruned = pruneNightlyBackups(this.dataDir, businessDay(new Date(this.o.clock().getTime() - backupKeepDays * DAY_MS), this.o.timeZone()));
    this.o.log.info({ file, ms: Date.now() - started, pruned }, 'nightly backup done');
    this.purgeTrackCodes();
  }

  /** Erases the tracking codes of tickets older than the retention period; the figures stay. */
  private purgeTrackCodes(): void {
    const { trackRetentionDays } = this.settings();
    const cutoff = businessDay(new Date(this.o.clock().getTime() - trackRetentionDays * DAY_MS), this.o.timeZone());
    const erased = this.o.store.transaction(() => this.o.store.operations.purgeTrackCodes(cutoff));
    if (erased > 0) this.o.log.info({ erased, before: cutoff }, 'tracking codes erased (retention)');
  }
}

const minuteFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes after local midnight of `at` in `timeZone`. */
function localMinutes(at: Date, timeZone: string): number {
  let f = minuteFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    minuteFormatters.set(timeZone, f);
  }
  return clockMinutes(f.format(at));
}
