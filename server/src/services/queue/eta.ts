// The waits the queue promises: the domain's forecast (the call policy run forward) over the live
// queue, computed again after a change at most once a second of the center's clock (2 ms per
// waiting ticket for a long queue: the work is on the event loop), and kept in between. A ticket
// issued since the last forecast gets the wait of a ticket issued then for its service (a probe of
// the forecast), moved back by the tickets issued for it since.
import type { WaitRange } from '@motcua/protocol';
import { businessDay, dayStart } from '../../domain/business-day.ts';
import { clockMinutes } from '../../domain/business-hours.ts';
import { departmentDowntime, pausesOf, type CounterNow } from '../../domain/counter-availability.ts';
import { DEFAULT_SERVICE_SECONDS } from '../../domain/eta.ts';
import { forecastCalls, overheadSeconds, remainingSeconds, serviceTimeStats, type Forecast, type OpenCounter, type Probe, type WaitForecast } from '../../domain/eta-forecast.ts';
import type { Store, TicketRecord } from '../../store/index.ts';
import type { Arrival } from '../../store/tickets.ts';
import type { QueueState } from './state.ts';

/** A forecast is kept this long (center clock) when nothing changes… */
const MAX_AGE_MS = 15_000;
/** …and computed again at most this often when something does, or longer for a long queue (ms per waiting ticket): the work is on the event loop. */
const MIN_INTERVAL_MS = 1_000;
const INTERVAL_PER_WAITING_MS = 2;
const DEFAULT_SPREAD = 0.5;
const HOUR_MS = 3_600_000;
/** Arrival rates are not guessed from less than this much of the day (hours). */
const MIN_RATE_HOURS = 0.25;
/** The latest calls the overhead between services is measured over. */
const OVERHEAD_WINDOW = 80;

/** A wait in whole minutes, with its p10–p90 range. */
export interface Wait { minutes: number; range: WaitRange }

interface Kept {
  at: number;
  version: number;
  forecast: Forecast;
  probes: Probe[];
  serviceMs: Map<number, number>;
  /** Tickets issued for each service since this forecast, with their priority. */
  issuedSince: Map<string, number>;
  /** How many tickets were waiting. */
  waiting: number;
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

  constructor(private readonly state: QueueState) {
    this.arrivals = new RecentArrivals(state.store);
  }

  /** The forecast wait of a waiting ticket; undefined when no open counter serves it. */
  forTicket(t: TicketRecord): Wait | undefined {
    const kept = this.current();
    const known = kept.forecast.tickets.get(t.id);
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
    const probe = kept.forecast.probes[kept.probes.findIndex((p) => probeKey(p.serviceId, p.priority) === key)];
    if (!probe) return undefined;
    const servers = Math.max(1, this.openCountersServing(serviceId));
    return toWait(probe, (ahead * (kept.serviceMs.get(serviceId) ?? DEFAULT_SERVICE_SECONDS * 1000)) / servers);
  }

  /** A ticket was issued: later tickets of its service are told to wait behind it until the next forecast. */
  issued(t: TicketRecord): void {
    this.arrivals.add(t);
    const kept = this.current();
    if (kept.forecast.tickets.has(t.id)) return;
    const key = probeKey(t.serviceId, t.priority !== null);
    kept.issuedSince.set(key, (kept.issuedSince.get(key) ?? 0) + 1);
  }

  private current(): Kept {
    const now = this.state.clock().getTime();
    const kept = this.kept;
    const interval = kept ? Math.max(MIN_INTERVAL_MS, INTERVAL_PER_WAITING_MS * kept.waiting) : 0;
    const fresh = kept && now - kept.at < Math.max(MAX_AGE_MS, interval) && (kept.version === this.state.version || now - kept.at < interval);
    if (fresh) return kept;
    this.kept = this.compute(now);
    return this.kept;
  }

  private compute(now: number): Kept {
    const { store, catalog, settings } = this.state;
    const day = businessDay(new Date(now), settings.center.timeZone);
    const services = [...catalog.services.values()].filter((s) => s.enabled);
    const samples = new Map(services.map((s) => [s.id, store.tickets.recentServiceSeconds(day, s.id)]));
    const overhead = overheadSeconds(store.tickets.pastCalls(day, OVERHEAD_WINDOW));
    const times = serviceTimes(services, samples, overhead);
    const serviceMs = new Map([...times].map(([id, t]) => [id, t.ms]));
    const spreads = [...times.values()].map((t) => t.spread);
    const counters: OpenCounter[] = [];
    // A paused counter comes back after the usual pause of its kind; the lunch still to take is lost in the lunch turns.
    const start = dayStart(day, settings.center.timeZone).getTime();
    const pauses = pausesOf(store.audit.counterEvents(start, now + 1));
    const turns = settings.center.lunchTurns;
    const lunch = turns ? { from: clockMinutes(turns.from), until: clockMinutes(turns.until), minutes: turns.minutes } : null;
    const staffed = new Map<number, CounterNow[]>();
    for (const c of catalog.data.counters) {
      const runtime = store.catalog.runtime(c.id);
      if ((runtime?.state !== 'open' && runtime?.state !== 'paused') || runtime.officerId === null) continue;
      const since = runtime.state === 'paused' ? pauses.findLast((p) => p.counterId === c.id)?.from ?? now : null;
      staffed.set(c.departmentId, [...(staffed.get(c.departmentId) ?? []), { counterId: c.id, paused: since === null ? null : { reason: runtime.pauseReason ?? 'other', since } }]);
      const held = this.state.inHand(c.id);
      const calledAt = held ? held.calledAt ?? now : now;
      const mean = held ? times.get(held.serviceId) : undefined;
      counters.push({
        id: c.id, services: c.services, priorityStreak: runtime.priorityStreak,
        inHand: held ? {
          serviceId: held.serviceId, since: calledAt,
          ...(mean ? { remainingMs: (remainingSeconds(samples.get(held.serviceId) ?? [], (now - calledAt) / 1000, mean.meanSeconds) + overhead) * 1000 } : {}),
        } : null,
      });
    }
    const downtime = new Map([...staffed.values()].flatMap((list) => [...departmentDowntime(list, now, start, pauses, lunch)]));
    // The rate of the last hour follows the day's curve (the morning peak) better than the day's mean.
    const { byService, since } = this.arrivals.since(day, now - HOUR_MS);
    const hours = Math.min(1, Math.max(MIN_RATE_HOURS, (now - (since ?? now)) / HOUR_MS));
    const probes = services.flatMap((s) => [{ serviceId: s.id, priority: false }, { serviceId: s.id, priority: true }]);
    const waiting = store.tickets.waitingLines();
    const forecast = forecastCalls({
      now, counters, downtime, probes, serviceMs, policy: settings.policy,
      waiting,
      defaultServiceMs: DEFAULT_SERVICE_SECONDS * 1000,
      spread: spreads.length > 0 ? spreads.reduce((a, b) => a + b, 0) / spreads.length : DEFAULT_SPREAD,
      arrivalsPerHour: new Map([...byService].map(([serviceId, n]) => [serviceId, { normal: n.normal / hours, priority: n.priority / hours }])),
    });
    return { at: now, version: this.state.version, forecast, probes, serviceMs, issuedSince: new Map(), waiting: waiting.length };
  }

  private openCountersServing(serviceId: number): number {
    return this.state.catalog.countersServing(serviceId).filter((c) => this.state.store.catalog.runtime(c.id)?.state === 'open').length;
  }
}

/**
 * What a ticket of each service holds a counter for: its recent services (the department's when it
 * has none of its own yet), plus the overhead around them (gaps, no-shows, transfers).
 */
function serviceTimes(services: readonly { id: number; departmentId: number }[], samples: ReadonlyMap<number, number[]>, overhead: number): Map<number, { ms: number; meanSeconds: number; spread: number }> {
  const times = new Map<number, { ms: number; meanSeconds: number; spread: number }>();
  for (const s of services) {
    const own = samples.get(s.id) ?? [];
    const pool = own.length > 0 ? own : services.filter((o) => o.departmentId === s.departmentId).flatMap((o) => samples.get(o.id) ?? []);
    const stats = serviceTimeStats(pool);
    if (stats) times.set(s.id, { ms: (stats.meanSeconds + overhead) * 1000, meanSeconds: stats.meanSeconds, spread: stats.spread });
  }
  return times;
}
