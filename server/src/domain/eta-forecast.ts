// Honest waiting times: the call policy itself run forward over the real queue. From the waiting
// tickets, the open counters (their services, weights, priority streak and the ticket in hand) and
// the recent service times, each counter calls the next ticket by `pickNext` as soon as it is free,
// until every waiting ticket has its moment. Expected priority arrivals that will overtake are
// injected as they would come; a probe ticket per service answers "how long for a new ticket".
import { pickNext, type CallPolicy, type Candidate } from './call-policy.ts';
import { finishAt, type Downtime } from './counter-availability.ts';
import type { PriorityGroup } from '@motcua/protocol';

export interface WaitingTicket {
  id: number;
  serviceId: number;
  priority: PriorityGroup | null;
  /** When the ticket joined its line (ms since epoch): the policy's arrival time. */
  arrivalAt: number;
  /** Sent by a transfer to this counter only. */
  targetCounterId: number | null;
  /** A checked-in appointment: the start of its slot (ms), from which it is called ahead of normal tickets. */
  appointmentAt?: number | null;
}

export interface OpenCounter {
  id: number;
  services: readonly { serviceId: number; weight: number }[];
  priorityStreak: number;
  /** The ticket in hand: its service, since when it is served (ms) and, when known, how long it still holds the counter; null when idle. */
  inHand: { serviceId: number; since: number; remainingMs?: number } | null;
}

export interface ForecastInput {
  now: number;
  waiting: readonly WaitingTicket[];
  /** Counters with an officer, open or paused (a paused one has its pause in `downtime`). */
  counters: readonly OpenCounter[];
  /** By counter id: the time it will not call (a pause under way, the lunch still to take), sorted. */
  downtime?: ReadonlyMap<number, readonly Downtime[]>;
  policy: CallPolicy;
  /** Expected service duration (ms) of each service; `defaultServiceMs` for the others. */
  serviceMs: ReadonlyMap<number, number>;
  defaultServiceMs: number;
  /** Relative spread of service times (standard deviation over mean), for the range. */
  spread: number;
  /**
   * Expected arrivals per hour by service, normal and of declared priority groups: priority ones
   * overtake normal ones, and normal ones of a service the counters weigh higher overtake older
   * tickets of services they weigh lower.
   */
  arrivalsPerHour?: ReadonlyMap<number, { normal: number; priority: number }>;
  /** Tickets that would be issued now, whose wait is wanted (the kiosk shows it before the tap). */
  probes?: readonly Probe[];
}

/** A ticket that would be issued now for a service, normal or of a declared priority group. */
export interface Probe { serviceId: number; priority: boolean }

/** A forecast wait in ms from `now`, with its p10–p90 range. */
export interface WaitForecast { waitMs: number; lowMs: number; highMs: number }

export interface Forecast {
  /** By ticket id; a ticket no open counter serves is absent. */
  tickets: Map<number, WaitForecast>;
  /** The wait of each probe, in the order given; absent where no open counter serves it. */
  probes: (WaitForecast | undefined)[];
}

/** The z-score of the 90th percentile of a normal distribution. */
const Z90 = 1.2816;
const HOUR_MS = 3_600_000;
/**
 * Injected arrivals stop this far ahead: the last hour's rate says little beyond the next hour (a
 * morning peak ends). With 10 hours, overloaded days (seeds 1–3) got ETAs too long by 6–19 minutes;
 * with 1 hour the bias stays within 5 minutes at every load (`npm run simulate`).
 */
const HORIZON_MS = HOUR_MS;
/** A service already running past its expected length still needs at least this share of it. */
const OVERRUN_SHARE = 0.25;

interface Item extends Candidate { probe: number | null; virtual: boolean; serviceId: number }

/** Tickets expected to arrive at a steady rate, made when their moment comes. */
interface Stream { everyMs: number; until: number; make: (at: number) => Item }

/** A line sorted by arrival, consumed from the front, merged with the arrivals still to come. */
class Line {
  private next = 0;
  private coming: Item | undefined;

  constructor(private readonly items: Item[], private readonly stream: Stream | undefined, now: number) {
    if (stream) this.coming = stream.make(now + stream.everyMs);
  }

  /** The first ticket in line, whoever it is. */
  private first(): Item | undefined {
    const real = this.items[this.next];
    if (!this.coming) return real;
    return real && real.arrivalAt <= this.coming.arrivalAt ? real : this.coming;
  }

  head(now: number): Item | undefined {
    const item = this.first();
    return item && item.arrivalAt <= now ? item : undefined;
  }

  /** No ticket is left in it, and none is still to come. */
  exhausted(): boolean {
    return this.coming === undefined && this.next >= this.items.length;
  }

  /** When the next ticket arrives, if it has not yet. */
  nextArrival(now: number): number | undefined {
    const item = this.first();
    return item && item.arrivalAt > now ? item.arrivalAt : undefined;
  }

  take(item: Item): void {
    if (item !== this.coming) {
      this.next++;
      return;
    }
    const at = item.arrivalAt + this.stream!.everyMs;
    this.coming = at < this.stream!.until ? this.stream!.make(at) : undefined;
  }
}

/** Adds `value` to the list kept under `key`. */
function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Oldest first; a probe after real tickets of the same moment. */
const byArrival = (a: Item, b: Item) => a.arrivalAt - b.arrivalAt || Number(a.probe !== null) - Number(b.probe !== null) || a.ticketId - b.ticketId;

const NO_NAME = { vi: '', en: '' };
/** A ticket of the simulation: real, a probe (its index among the probes), or an injected arrival. */
function item(t: WaitingTicket, kind: 'real' | 'virtual' | number = 'real'): Item {
  // An appointment enters its line at its slot's start: before, no counter may call it.
  const at = t.appointmentAt ?? null;
  return {
    ticketId: t.id, number: '', serviceName: NO_NAME, priority: t.priority, arrivalAt: at === null ? t.arrivalAt : Math.max(at, t.arrivalAt),
    appointment: at === null ? null : { at, label: '' },
    weight: 1, targeted: t.targetCounterId !== null, probe: typeof kind === 'number' ? kind : null, virtual: kind === 'virtual', serviceId: t.serviceId,
  };
}

/** Runs the policy forward and answers when each waiting ticket (and each probe) would be called. */
export function forecastCalls(input: ForecastInput): Forecast {
  const { now } = input;
  const serviceMs = (serviceId: number) => input.serviceMs.get(serviceId) ?? input.defaultServiceMs;
  const normal = new Map<number, Item[]>();
  const priority = new Map<number, Item[]>();
  const targeted = new Map<number, Item[]>();
  const booked = new Map<number, Item[]>();
  for (const t of input.waiting) {
    if (t.targetCounterId !== null) push(targeted, t.targetCounterId, item({ ...t, appointmentAt: null }));
    else if (t.appointmentAt != null) push(booked, t.serviceId, item(t));
    else push(t.priority === null ? normal : priority, t.serviceId, item(t));
  }
  let virtualId = -1;
  const probes = input.probes ?? [];
  probes.forEach(({ serviceId, priority: isPriority }, index) => {
    push(isPriority ? priority : normal, serviceId, item({ id: virtualId--, serviceId, priority: isPriority ? 'elderly' : null, arrivalAt: now, targetCounterId: null }, index));
  });
  const streamOf = (serviceId: number, perHour: number | undefined, group: PriorityGroup | null): Stream | undefined => (!perHour || perHour <= 0 ? undefined : {
    everyMs: HOUR_MS / perHour, until: now + HORIZON_MS,
    make: (at) => item({ id: virtualId--, serviceId, priority: group, arrivalAt: at, targetCounterId: null }, 'virtual'),
  });
  const rates = input.arrivalsPerHour ?? new Map<number, { normal: number; priority: number }>();
  const lines = (map: Map<number, Item[]>, group: PriorityGroup | null) => {
    for (const serviceId of rates.keys()) if (!map.has(serviceId)) map.set(serviceId, []);
    const rate = (serviceId: number) => (group ? rates.get(serviceId)?.priority : rates.get(serviceId)?.normal);
    return new Map([...map].map(([serviceId, items]) => [serviceId, new Line(items.sort(byArrival), streamOf(serviceId, rate(serviceId), group), now)]));
  };
  const normalLines = lines(normal, null);
  const priorityLines = lines(priority, 'elderly');
  const targetedLines = new Map([...targeted].map(([counterId, items]) => [counterId, new Line(items.sort(byArrival), undefined, now)]));
  const bookedLines = new Map([...booked].map(([serviceId, items]) => [serviceId, new Line(items.sort(byArrival), undefined, now)]));

  interface State { freeAt: number; streak: number; calls: number; lines: Line[]; weights: number[]; downtime: readonly Downtime[] }
  const states: State[] = input.counters.map((counter) => {
    const lines: Line[] = [];
    const weights: number[] = [];
    const add = (line: Line | undefined, weight: number) => {
      if (line && !line.exhausted()) {
        lines.push(line);
        weights.push(weight);
      }
    };
    for (const s of counter.services) {
      add(normalLines.get(s.serviceId), s.weight);
      add(priorityLines.get(s.serviceId), s.weight);
      add(bookedLines.get(s.serviceId), s.weight);
    }
    add(targetedLines.get(counter.id), Math.max(1, ...counter.services.map((s) => s.weight)));
    const held = counter.inHand;
    const busy = !held ? 0 : held.remainingMs ?? Math.max(serviceMs(held.serviceId) - (now - held.since), OVERRUN_SHARE * serviceMs(held.serviceId));
    const downtime = input.downtime?.get(counter.id) ?? [];
    return { freeAt: finishAt(now, busy, downtime), streak: counter.priorityStreak, calls: 0, lines, weights, downtime };
  });

  const tickets = new Map<number, WaitForecast>();
  const probeWaits: (WaitForecast | undefined)[] = probes.map(() => undefined);
  const range = (waitMs: number, calls: number): WaitForecast => {
    const sd = (waitMs * input.spread) / Math.sqrt(Math.max(1, calls));
    return { waitMs, lowMs: Math.max(0, waitMs - Z90 * sd), highMs: waitMs + Z90 * sd };
  };
  // Real tickets and probes still to place; injected arrivals only shape their moments.
  let remaining = input.waiting.length + probes.length;
  let active = states.filter((s) => s.lines.length > 0);
  const heads: Item[] = [];
  const headLines: Line[] = [];
  while (active.length > 0 && remaining > 0) {
    let state = active[0]!;
    for (const other of active) if (other.freeAt < state.freeAt) state = other;
    heads.length = 0;
    headLines.length = 0;
    // an emptied line leaves the counter's lines (most lines of a long queue empty one by one)
    let kept = 0;
    for (let i = 0; i < state.lines.length; i++) {
      const line = state.lines[i]!;
      if (line.exhausted()) continue;
      const weight = state.weights[i]!;
      state.lines[kept] = line;
      state.weights[kept++] = weight;
      const head = line.head(state.freeAt);
      if (!head) continue;
      // The weight is the calling counter's for that line (heads are only read by pickNext).
      head.weight = weight;
      heads.push(head);
      headLines.push(line);
    }
    state.lines.length = kept;
    state.weights.length = kept;
    if (heads.length === 0) {
      const nextArrival = Math.min(...state.lines.map((l) => l.nextArrival(state.freeAt) ?? Number.POSITIVE_INFINITY));
      if (Number.isFinite(nextArrival)) state.freeAt = finishAt(nextArrival, 0, state.downtime);
      else active = active.filter((s) => s !== state);
      continue;
    }
    const pick = pickNext(heads, state.streak, input.policy, state.freeAt)!;
    headLines[heads.indexOf(pick.candidate)]!.take(pick.candidate);
    const called = pick.candidate;
    if (!called.virtual) remaining -= 1;
    // A probe is a question, not a ticket: it takes no counter time and changes no streak.
    if (called.probe !== null) {
      probeWaits[called.probe] = range(state.freeAt - now, state.calls + 1);
      continue;
    }
    state.streak = pick.priorityStreak;
    state.calls += 1;
    if (!called.virtual) tickets.set(called.ticketId, range(state.freeAt - now, state.calls));
    state.freeAt = finishAt(state.freeAt, serviceMs(called.serviceId), state.downtime);
  }
  return { tickets, probes: probeWaits };
}

/**
 * The mean and relative spread of recent service times, robust to a forgotten "finish": samples
 * above three times the median count as three times the median (not dropped: the long tail of
 * real services is part of the wait).
 */
export function serviceTimeStats(samplesSeconds: readonly number[]): { meanSeconds: number; spread: number } | null {
  if (samplesSeconds.length === 0) return null;
  const sorted = [...samplesSeconds].sort((a, b) => a - b);
  const cap = 3 * sorted[Math.floor(sorted.length / 2)]!;
  const kept = sorted.map((x) => Math.min(x, cap));
  const mean = kept.reduce((a, b) => a + b, 0) / kept.length;
  const sd = Math.sqrt(kept.reduce((a, b) => a + (b - mean) ** 2, 0) / kept.length);
  return { meanSeconds: mean, spread: mean > 0 ? Math.min(1, Math.max(0.2, sd / mean)) : 0.5 };
}

/**
 * How long a service that has run `elapsedSeconds` still takes, from recent ones that ran longer
 * (a long service tends to go on: more than the mean minus the time spent); a quarter of the mean
 * when none ran that long.
 */
export function remainingSeconds(samplesSeconds: readonly number[], elapsedSeconds: number, meanSeconds: number): number {
  const longer = samplesSeconds.filter((x) => x > elapsedSeconds);
  if (longer.length === 0) return OVERRUN_SHARE * meanSeconds;
  return longer.reduce((sum, x) => sum + x - elapsedSeconds, 0) / longer.length;
}

/** A call at a counter, as the overhead between services is measured from. */
export interface PastCall { counterId: number; calledAt: number; finishedAt: number | null; arrivalAt: number; servedToEnd: boolean }

/** A gap longer than this between two calls is a pause nobody can foresee (lunch), not overhead. */
const MAX_GAP_MS = 15 * 60_000;

/**
 * What a counter spends per served ticket beyond the service itself: the gaps between finishing
 * one ticket and calling the next while someone waited, and the time spent on calls that ended in
 * no-show or transfer, spread over the tickets served to the end. Seconds.
 */
export function overheadSeconds(calls: readonly PastCall[]): number {
  const byCounter = new Map<number, PastCall[]>();
  for (const c of calls) push(byCounter, c.counterId, c);
  let lostMs = 0;
  let served = 0;
  for (const list of byCounter.values()) {
    list.sort((a, b) => a.calledAt - b.calledAt);
    list.forEach((c, i) => {
      if (c.servedToEnd) served++;
      else if (c.finishedAt !== null) lostMs += c.finishedAt - c.calledAt;
      const before = list[i - 1];
      if (!before || before.finishedAt === null || c.arrivalAt > before.finishedAt) return;
      const gap = c.calledAt - before.finishedAt;
      if (gap >= 0 && gap < MAX_GAP_MS) lostMs += gap;
    });
  }
  return served === 0 ? 0 : lostMs / served / 1000;
}
