// The waits the queue promises: the domain's forecast (the call policy run forward) over the live
// queue, computed again after a change at most once a second of the center's clock (2 ms per
// waiting ticket for a long queue), and kept in between. A short queue is forecast in place (about 2 ms per 1,000 waiting); from
// THREAD_FROM_WAITING waiting tickets in a thread of its own (eta-thread.ts), while the kept
// forecast answers. A ticket issued since the last forecast gets the wait of a ticket issued then
// for its service (a probe of the forecast), moved back by the tickets issued for it since.
import type { WaitRange } from '@motcua/protocol';
import { businessDay, dayStart } from '../../domain/business-day.ts';
import { clockMinutes } from '../../domain/business-hours.ts';
import { DEFAULT_SERVICE_SECONDS } from '../../domain/eta.ts';
import type { WaitForecast } from '../../domain/eta-forecast.ts';
import type { Store, TicketRecord } from '../../store/index.ts';
import type { Arrival } from '../../store/tickets.ts';
import { computeForecast, ticketWait, type ForecastRequest, type PackedForecast, type StaffedCounter } from './eta-compute.ts';
import { ForecastThread } from './eta-thread.ts';
import type { QueueState } from './state.ts';

/** A forecast is kept this long (center clock) when nothing changes… */
const MAX_AGE_MS = 15_000;
/**
 * …and computed again at most this often when something does, or longer for a long queue (ms per
 * waiting ticket): in its thread too, where it takes CPU from the event loop and the render threads
 * on a small PC (the wait of the 5,000th ticket hardly moves in 10 seconds).
 */
const MIN_INTERVAL_MS = 1_000;
const INTERVAL_PER_WAITING_MS = 2;
/** From this many waiting tickets the forecast runs in its thread: in place it would hold the event loop 1 ms or more. */
export const THREAD_FROM_WAITING = 500;
const HOUR_MS = 3_600_000;
/** Arrival rates are not guessed from less than this much of the day (hours). */
const MIN_RATE_HOURS = 0.25;

/** A wait in whole minutes, with its p10–p90 range. */
export interface Wait { minutes: number; range: WaitRange }

interface Kept {
  /** Where it was computed. */
  where: 'thread' | 'in place';
  at: number;
  version: number;
  /** QueueState.staffing when it was asked for. */
  staffing: number;
  forecast: PackedForecast;
  serviceMs: Map<number, number>;
  /** Tickets issued for each service since this forecast, with their priority. */
  issuedSince: Map<string, number>;
}

const probeKey = (serviceId: number, priority: boolean) => `${serviceId}:${priority ? 'p' : 'n'}`;
const toWait = (w: WaitForecast, shiftMs = 0): Wait => ({
  minutes: Math.round((w.waitMs + shiftMs) / 60_000),
  range: { low: Math.floor((w.lowMs + shiftMs) / 60_000), high: Math.ceil((w.highMs + shiftMs) / 60_000) },
});

/**
 * The tickets issued in the last hour, kept as they are issued (read from the store once a day or
 * after a restart): the arrival rate of a forecast without reading the day's tickets each time.
 */
class RecentArrivals {
  private day: string | null = null;
  private list: Arrival[] = [];
  private first: number | null = null;
  /** The last ticket counted (ids grow as tickets are issued). */
  private lastId = 0;

  constructor(private readonly store: Store) {}

  add(t: TicketRecord): void {
    if (t.businessDay !== this.day || t.transferredFrom !== null || t.id <= this.lastId) return;
    this.list.push({ id: t.id, at: t.issuedAt, serviceId: t.serviceId, priority: t.priority === null ? 0 : 1 });
    this.first ??= t.issuedAt;
    this.lastId = t.id;
  }

  /** By service, the normal and priority tickets issued since `from` (ms), and when the day's first was issued. */
  since(day: string, from: number): { byService: Map<number, { normal: number; priority: number }>; since: number | null } {
    if (day !== this.day) {
      const { arrivals, first } = this.store.tickets.arrivalsSince(day, from);
      this.day = day;
      this.list = arrivals;
      this.first = first;
      this.lastId = arrivals.at(-1)?.id ?? 0;
    }
    const kept = this.list.findIndex((a) => a.at >= from);
    this.list = kept < 0 ? [] : this.list.slice(kept);
    const byService = new Map<number, { normal: number; priority: number }>();
    for (const a of this.list) {
      const n = byService.get(a.serviceId) ?? { normal: 0, priority: 0 };
      if (a.priority) n.priority++;
      else n.normal++;
      byService.set(a.serviceId, n);
    }
    return { byService, since: this.first };
  }
}

export class WaitForecasts {
  private kept: Kept | null = null;
  private readonly arrivals: RecentArrivals;
  private readonly thread: ForecastThread | null;
  /** The thread's forecast under way, and the tickets issued since it was asked for (by probe key). */
  private asked: { done: Promise<void>; issued: Map<string, number[]> } | null = null;

  constructor(private readonly state: QueueState) {
    this.arrivals = new RecentArrivals(state.store);
    const file = state.store.db.name;
    this.thread = file === ':memory:' ? null : new ForecastThread(file);
  }

  /** The forecast wait of a waiting ticket; undefined when no open counter serves it. */
  forTicket(t: TicketRecord): Wait | undefined {
    const kept = this.current();
    const known = ticketWait(kept.forecast, t.id);
    if (known) return toWait(known);
    // Issued since the forecast: the wait a ticket issued then got, behind those issued since.
    const key = probeKey(t.serviceId, t.priority !== null);
    return this.probed(kept, t.serviceId, t.priority !== null, Math.max(0, (kept.issuedSince.get(key) ?? 1) - 1));
  }

  /** The wait a ticket issued now for `serviceId` would get (the kiosk shows it before the tap); undefined when no open counter serves it. */
  forNewTicket(serviceId: number, priority: boolean): Wait | undefined {
    const kept = this.current();
    return this.probed(kept, serviceId, priority, kept.issuedSince.get(probeKey(serviceId, priority)) ?? 0);
  }

  /** The probe's wait at the forecast, moved back by `ahead` tickets of its line issued since. */
  private probed(kept: Kept, serviceId: number, priority: boolean, ahead: number): Wait | undefined {
    const key = probeKey(serviceId, priority);
    const { probes, probeWaits } = kept.forecast;
    const probe = probeWaits[probes.findIndex((p) => probeKey(p.serviceId, p.priority) === key)];
    if (!probe) return undefined;
    const servers = Math.max(1, this.openCountersServing(serviceId));
    return toWait(probe, (ahead * (kept.serviceMs.get(serviceId) ?? DEFAULT_SERVICE_SECONDS * 1000)) / servers);
  }

  /** A ticket was issued: later tickets of its service are told to wait behind it until the next forecast. */
  issued(t: TicketRecord): void {
    this.arrivals.add(t);
    const kept = this.current();
    if (ticketWait(kept.forecast, t.id)) return;
    const key = probeKey(t.serviceId, t.priority !== null);
    kept.issuedSince.set(key, (kept.issuedSince.get(key) ?? 0) + 1);
    const asked = this.asked?.issued;
    if (!asked) return;
    const ids = asked.get(key);
    if (ids) ids.push(t.id);
    else asked.set(key, [t.id]);
  }

  /**
   * A forecast of the queue as it is now, from the thread when the queue is long; resolves once it
   * is kept (the time a forecast takes, for the benchmark and tests).
   */
  refresh(): Promise<void> {
    const now = this.state.clock().getTime();
    if (!this.threaded()) {
      this.kept = this.inPlace(now);
      return Promise.resolve();
    }
    if (this.asked) return this.asked.done;
    const { version, staffing } = this.state;
    const issued = new Map<string, number[]>();
    const done = this.thread!.ask(this.request(now)).then((forecast) => {
      this.asked = null;
      if (!forecast) return;
      // What was issued while the thread worked and is not in its forecast waits behind it.
      const since = new Map([...issued].map(([key, ids]) => [key, ids.filter((id) => !ticketWait(forecast, id)).length]));
      this.kept = { where: 'thread', at: now, version, staffing, forecast, serviceMs: new Map(forecast.serviceMs), issuedSince: since };
    });
    this.asked = { done, issued };
    return done;
  }

  /** How long the kept forecast took to compute (ms, reads included), and where it ran. */
  last(): { tookMs: number; where: Kept['where'] } | null {
    return this.kept && { tookMs: this.kept.forecast.tookMs, where: this.kept.where };
  }

  /** Ends the thread, if it was started. */
  close(): void {
    this.thread?.close();
  }

  private threaded(): boolean {
    return this.thread !== null && this.thread.available && (this.kept?.forecast.waiting ?? 0) >= THREAD_FROM_WAITING;
  }

  private current(): Kept {
    const now = this.state.clock().getTime();
    const kept = this.kept;
    const interval = !kept ? 0 : Math.max(MIN_INTERVAL_MS, INTERVAL_PER_WAITING_MS * kept.forecast.waiting);
    const fresh = kept && kept.staffing === this.state.staffing && now - kept.at < Math.max(MAX_AGE_MS, interval) && (kept.version === this.state.version || now - kept.at < interval);
    if (fresh) return kept;
    if (kept && this.threaded()) {
      void this.refresh();
      return kept;
    }
    this.kept = this.inPlace(now);
    return this.kept;
  }

  private inPlace(now: number): Kept {
    const forecast = computeForecast(this.state.store, this.request(now));
    return { where: 'in place', at: now, version: this.state.version, staffing: this.state.staffing, forecast, serviceMs: new Map(forecast.serviceMs), issuedSince: new Map() };
  }

  /** What the forecast needs of the queue's memory: the counters staffed, the settings, the recent arrival rates. */
  private request(now: number): ForecastRequest {
    const { store, catalog, settings } = this.state;
    const day = businessDay(new Date(now), settings.center.timeZone);
    // every counter's state and ticket in hand in two reads, not two for each counter
    const runtimes = new Map(store.catalog.allRuntime().map((r) => [r.id, r]));
    const inHand = this.state.inHandEverywhere();
    const counters: StaffedCounter[] = [];
    for (const c of catalog.data.counters) {
      const runtime = runtimes.get(c.id);
      if ((runtime?.state !== 'open' && runtime?.state !== 'paused') || runtime.officerId === null) continue;
      const held = inHand.get(c.id);
      counters.push({
        id: c.id, departmentId: c.departmentId, services: c.services.map((s) => ({ serviceId: s.serviceId, weight: s.weight })), priorityStreak: runtime.priorityStreak,
        paused: runtime.state === 'paused' ? runtime.pauseReason ?? 'other' : null,
        held: held ? { serviceId: held.serviceId, calledAt: held.calledAt } : null,
      });
    }
    const turns = settings.center.lunchTurns;
    // The rate of the last hour follows the day's curve (the morning peak) better than the day's mean.
    const { byService, since } = this.arrivals.since(day, now - HOUR_MS);
    const hours = Math.min(1, Math.max(MIN_RATE_HOURS, (now - (since ?? now)) / HOUR_MS));
    return {
      now, day, dayStart: dayStart(day, settings.center.timeZone).getTime(), counters, policy: settings.policy,
      services: [...catalog.services.values()].filter((s) => s.enabled).map((s) => ({ id: s.id, departmentId: s.departmentId })),
      lunch: turns ? { from: clockMinutes(turns.from), until: clockMinutes(turns.until), minutes: turns.minutes } : null,
      arrivalsPerHour: [...byService].map(([serviceId, n]) => [serviceId, { normal: n.normal / hours, priority: n.priority / hours }]),
    };
  }

  private openCountersServing(serviceId: number): number {
    return this.state.catalog.countersServing(serviceId).filter((c) => this.state.store.catalog.runtime(c.id)?.state === 'open').length;
  }
}
