// The site's sync worker: sends the outbox to the province hub in order of sequence numbers, in
// batches, with the site's key; deletes only what the hub acknowledged; backs off (doubling, up to
// a limit) while the hub is unreachable, asking with an empty batch whether it is back, and catches
// up in order when it returns. It runs beside the queue and never holds it up: a queue command only
// writes its event row in its own transaction.
import { PROVINCE_BATCH_MAX, type EventAck, type EventBatch, type ProvinceCatalog, type PublishedSettings, type SyncStatus } from '@motcua/protocol';
import type { OutboxStore } from '../store/outbox.ts';

export interface SyncOptions {
  /** MOTCUA_PROVINCE_URL: the hub's address; none: no sync (the outbox keeps only recent events). */
  provinceUrl?: string;
  /** MOTCUA_SITE_KEY: `<site code>.<secret>`, as the hub issued it. */
  siteKey?: string;
  batchSize?: number;
  /** How often an idle worker looks for new events. */
  idleMs?: number;
  /** The first and the longest wait between attempts while the hub is unreachable. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** How long one request may take. */
  timeoutMs?: number;
  /** An idle site says hello this often, so the hub shows it online. */
  heartbeatMs?: number;
  /**
   * Whether the site's connection is inside a transaction (a group commit not yet on disk): its
   * outbox rows are then not read, for a group that fails to commit would take back rows, and their
   * numbers, that the hub already holds.
   */
  inTransaction?: () => boolean;
  /** Applies the catalog the province publishes: null once applied, else what is wrong with it. */
  applyCatalog?: (catalog: ProvinceCatalog) => Promise<string | null>;
  /** Applies the settings the province publishes: null once applied (and their version kept), else why not. */
  applySettings?: (published: PublishedSettings) => Promise<string | null>;
}

/** Without a hub the outbox keeps 30 days, so a site that joins the province later sends its last month. */
const KEEP_UNSYNCED_MS = 30 * 24 * 3600 * 1000;

export class SyncWorker {
  private stopped = true;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private acked = 0;
  private lastError: string | undefined;
  private backoff: number;
  /** The last attempt failed: the next one only asks whether the hub is back. */
  private unreachable = false;
  readonly site: string | null;
  private readonly o: Required<Omit<SyncOptions, 'provinceUrl' | 'siteKey' | 'applyCatalog' | 'applySettings' | 'inTransaction'>>;
  /** A catalog version that could not be applied: not fetched again until the province publishes another. */
  private refusedCatalog: string | null = null;
  private catalogProblem: string | undefined;
  /** Likewise, a settings version this site refused. */
  private refusedSettings: number | null = null;
  private settingsProblem: string | undefined;

  constructor(private readonly outbox: OutboxStore, private readonly options: SyncOptions, private readonly clock: () => Date = () => new Date()) {
    this.o = { batchSize: PROVINCE_BATCH_MAX, idleMs: 250, minBackoffMs: 500, maxBackoffMs: 30_000, timeoutMs: 10_000, heartbeatMs: 15_000, ...stripUndefined(options) };
    this.backoff = this.o.minBackoffMs;
    this.site = options.siteKey ? siteOfKey(options.siteKey) : null;
  }

  status(): SyncStatus {
    const lastError = [this.lastError, this.catalogProblem, this.settingsProblem].filter(Boolean).join('; ');
    return {
      provinceUrl: this.options.provinceUrl ?? null,
      pending: this.outbox.pending().count,
      ackedSeq: this.acked,
      ...(lastError ? { lastError } : {}),
      catalogVersion: this.outbox.catalogVersion(),
      settingsVersion: this.outbox.provinceSettings()?.version ?? null,
    };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    if (!this.options.provinceUrl || !this.site) {
      const trim = () => this.outbox.trimBefore(this.clock().getTime() - KEEP_UNSYNCED_MS);
      trim();
      this.timer = setInterval(trim, 3600_000).unref();
      return;
    }
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.wake?.();
    await this.running;
  }

  private async loop(): Promise<void> {
    let lastContact = -Infinity;
    while (!this.stopped) {
      if (this.options.inTransaction?.()) {
        await this.sleep(5);
        continue;
      }
      // after a failure an empty batch asks whether the hub is back: while it is down the site reads
      // nothing from its outbox and encodes nothing (its event loop stays the queue's)
      const probing = this.unreachable;
      const events = probing ? [] : this.outbox.batch(0, this.o.batchSize);
      if (!probing && events.length === 0 && Date.now() - lastContact < this.o.heartbeatMs) {
        await this.sleep(this.o.idleMs);
        continue;
      }
      try {
        const ack = await this.send({ site: this.site!, events });
        this.outbox.acknowledge(ack.ackedSeq);
        this.acked = ack.ackedSeq;
        this.lastError = undefined;
        this.unreachable = false;
        // the hub answering an empty batch is not yet the batch stored: a hub that refuses it stays backed off from
        if (!probing) this.backoff = this.o.minBackoffMs;
        await this.takeCatalog(ack.catalogVersion);
        await this.takeSettings(ack.settingsVersion);
        lastContact = Date.now();
        if (!probing && events.length < this.o.batchSize) await this.sleep(this.o.idleMs);
      } catch (e) {
        this.lastError = (e as Error).message;
        this.unreachable = true;
        await this.sleep(this.backoff * (0.75 + Math.random() / 2));
        this.backoff = Math.min(this.backoff * 2, this.o.maxBackoffMs);
      }
    }
  }

  /** The province publishes another catalog than the one held: fetches and applies it. */
  private async takeCatalog(version: string | undefined): Promise<void> {
    if (!version || !this.options.applyCatalog || version === this.outbox.catalogVersion() || version === this.refusedCatalog) return;
    const catalog = await this.hub<ProvinceCatalog>('GET', '/api/province/catalog');
    const problem = await this.options.applyCatalog(catalog);
    this.catalogProblem = problem === null ? undefined : `the province's catalog ${catalog.version} was not applied: ${problem}`;
    if (problem === null) this.outbox.setCatalogVersion(catalog.version);
    else this.refusedCatalog = catalog.version;
  }

  /** The province publishes other settings than those held: fetches and applies them, once per version. */
  private async takeSettings(version: number | undefined): Promise<void> {
    if (!version || !this.options.applySettings || version === this.outbox.provinceSettings()?.version || version === this.refusedSettings) return;
    const published = await this.hub<PublishedSettings>('GET', '/api/province/settings');
    const problem = await this.options.applySettings(published);
    this.settingsProblem = problem === null ? undefined : `the province's settings version ${published.version} were not applied: ${problem}`;
    if (problem !== null) this.refusedSettings = published.version;
  }

  private async send(batch: EventBatch): Promise<EventAck> {
    const ack = await this.hub<EventAck>('POST', '/api/province/events', batch);
    if (typeof ack.ackedSeq !== 'number') throw new Error('the province hub answered without ackedSeq');
    return ack;
  }

  private async hub<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.options.provinceUrl!.replace(/\/+$/, '')}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), authorization: `Bearer ${this.options.siteKey}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(this.o.timeoutMs),
    });
    const answer = await response.json().catch(() => null) as (T & { error?: { message?: string } }) | null;
    if (!response.ok || !answer || typeof answer !== 'object') {
      throw new Error(`the province hub answered ${response.status}${answer?.error?.message ? `: ${answer.error.message}` : ''}`);
    }
    return answer;
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    });
  }
}

/** A site key is `<site code>.<secret>`: the site's code at the province is its first part. */
export function siteOfKey(key: string): string | null {
  const dot = key.indexOf('.');
  return dot > 0 ? key.slice(0, dot) : null;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
