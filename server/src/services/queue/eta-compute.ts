// One run of the wait forecast: the inputs read from the store (recent service times, the overhead
// between calls, today's pauses, every waiting ticket) beside what the queue holds in memory (the
// request), then the domain's call policy run forward. The same code runs on the event loop for a
// short queue and in a thread of its own, on its own connection, for a long one (eta-thread.ts).
import type { PauseReason } from '@motcua/protocol';
import type { CallPolicy } from '../../domain/call-policy.ts';
import { departmentDowntime, pausesOf, type CounterNow, type Lunch } from '../../domain/counter-availability.ts';
import { DEFAULT_SERVICE_SECONDS } from '../../domain/eta.ts';
import { forecastSlots, overheadSeconds, remainingSeconds, serviceTimeStats, type ForecastInput, type OpenCounter, type Probe, type SlotForecast, type WaitForecast, type WaitingTicket } from '../../domain/eta-forecast.ts';
import type { AuditStore } from '../../store/audit.ts';
import type { TicketStore } from '../../store/tickets.ts';

const DEFAULT_SPREAD = 0.5;
/** The latest calls the overhead between services is measured over. */
const OVERHEAD_WINDOW = 80;

/** What a forecast reads: the server's own connection, or the thread's. */
export interface ForecastReads {
  tickets: Pick<TicketStore, 'recentServiceSeconds' | 'pastCalls' | 'waitingLines'>;
  audit: Pick<AuditStore, 'counterEvents'>;
}

/** A counter with an officer, open or paused, as the queue holds it now. */
export interface StaffedCounter {
  id: number;
  departmentId: number;
  services: { serviceId: number; weight: number }[];
  priorityStreak: number;
  /** Why it is paused, or null when open. */
  paused: PauseReason | null;
  /** The ticket in hand: its service and when it was called. */
  held: { serviceId: number; calledAt: number | null } | null;
}

/** What the queue holds in memory, as plain data (it crosses to the thread). */
export interface ForecastRequest {
  now: number;
  day: string;
  /** When the business day began (ms): today's pauses are read from then. */
  dayStart: number;
  services: { id: number; departmentId: number }[];
  counters: StaffedCounter[];
  lunch: Lunch | null;
  policy: CallPolicy;
  /** By service id: tickets per hour lately, normal and of declared priority groups. */
  arrivalsPerHour: [number, { normal: number; priority: number }][];
}

/** The forecast of every waiting ticket, packed for the way back from the thread. */
export interface PackedForecast {
  /** The lowest id of a ticket some counter calls (today's ids are close together). */
  firstId: number;
  /** For the ticket `firstId + i`: its wait, low and high (ms) at 3i; NaN where no counter calls it. */
  waits: Float64Array<ArrayBuffer>;
  /** A normal and a priority probe for each service, in the request's order. */
  probes: Probe[];
  probeWaits: (WaitForecast | undefined)[];
  /** What a ticket of each service holds a counter for (ms). */
  serviceMs: [number, number][];
  /** How many tickets were waiting. */
  waiting: number;
  /** How long the run took (ms), reads included. */
  tookMs: number;
}

export function computeForecast(reads: ForecastReads, request: ForecastRequest): PackedForecast {
  const started = performance.now();
  const { input, probes, serviceMs } = forecastInput(reads, request);
  const forecast = forecastSlots(input);
  return { ...packed(input.waiting, forecast), probes, probeWaits: forecast.probes, serviceMs: [...serviceMs], waiting: input.waiting.length, tookMs: performance.now() - started };
}

/** What the forecast runs forward from: the request beside what the store holds (the waiting tickets, recent service times, today's pauses). */
export function forecastInput(reads: ForecastReads, request: ForecastRequest): { input: ForecastInput; probes: Probe[]; serviceMs: Map<number, number> } {
  const { now, day, services } = request;
  const samples = new Map(services.map((s) => [s.id, reads.tickets.recentServiceSeconds(day, s.id)]));
  const overhead = overheadSeconds(reads.tickets.pastCalls(day, OVERHEAD_WINDOW));
  const times = serviceTimes(services, samples, overhead);
  const spreads = [...times.values()].map((t) => t.spread);
  // A paused counter comes back after the usual pause of its kind; the lunch still to take is lost in the lunch turns.
  const pauses = pausesOf(reads.audit.counterEvents(request.dayStart, now + 1));
  const staffed = new Map<number, CounterNow[]>();
  const counters: OpenCounter[] = request.counters.map((c) => {
    const paused = c.paused === null ? null : { reason: c.paused, since: pauses.findLast((p) => p.counterId === c.id)?.from ?? now };
    staffed.set(c.departmentId, [...(staffed.get(c.departmentId) ?? []), { counterId: c.id, paused }]);
    const { held } = c;
    const calledAt = held?.calledAt ?? now;
    const mean = held ? times.get(held.serviceId) : undefined;
    return {
      id: c.id, services: c.services, priorityStreak: c.priorityStreak,
      inHand: held ? {
        serviceId: held.serviceId, since: calledAt,
        ...(mean ? { remainingMs: (remainingSeconds(samples.get(held.serviceId) ?? [], (now - calledAt) / 1000, mean.meanSeconds) + overhead) * 1000 } : {}),
      } : null,
    };
  });
  const downtime = new Map([...staffed.values()].flatMap((list) => [...departmentDowntime(list, now, request.dayStart, pauses, request.lunch)]));
  const probes = services.flatMap((s) => [{ serviceId: s.id, priority: false }, { serviceId: s.id, priority: true }]);
  const waiting = reads.tickets.waitingLines(now);
  const serviceMs = new Map([...times].map(([id, t]) => [id, t.ms]));
  const input: ForecastInput = {
    now, counters, downtime, probes, serviceMs, policy: request.policy, waiting,
    defaultServiceMs: DEFAULT_SERVICE_SECONDS * 1000,
    spread: spreads.length > 0 ? spreads.reduce((a, b) => a + b, 0) / spreads.length : DEFAULT_SPREAD,
    arrivalsPerHour: new Map(request.arrivalsPerHour),
  };
  return { input, probes, serviceMs };
}

/** The waits of the tickets some counter calls, by id: each at its offset from the lowest (no sort, no map). */
function packed(waiting: readonly WaitingTicket[], forecast: SlotForecast): Pick<PackedForecast, 'firstId' | 'waits'> {
  const { called } = forecast;
  let firstId = Number.POSITIVE_INFINITY;
  let lastId = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < called.length; i++) {
    if (!called[i]) continue;
    firstId = Math.min(firstId, waiting[i]!.id);
    lastId = Math.max(lastId, waiting[i]!.id);
  }
  if (firstId > lastId) return { firstId: 0, waits: new Float64Array(0) };
  const waits = new Float64Array((lastId - firstId + 1) * 3).fill(Number.NaN);
  for (let i = 0; i < called.length; i++) {
    if (!called[i]) continue;
    const to = (waiting[i]!.id - firstId) * 3;
    waits[to] = forecast.waits[i * 3]!;
    waits[to + 1] = forecast.waits[i * 3 + 1]!;
    waits[to + 2] = forecast.waits[i * 3 + 2]!;
  }
  return { firstId, waits };
}

/** The forecast wait of one ticket; undefined when no open counter serves it. */
export function ticketWait(f: PackedForecast, id: number): WaitForecast | undefined {
  const at = (id - f.firstId) * 3;
  const waitMs = f.waits[at];
  if (waitMs === undefined || Number.isNaN(waitMs)) return undefined;
  return { waitMs, lowMs: f.waits[at + 1]!, highMs: f.waits[at + 2]! };
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
