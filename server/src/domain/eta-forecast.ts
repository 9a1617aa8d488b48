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

/** Where a called item's wait goes: a waiting ticket's place (≥ 0), an injected arrival, or a probe (PROBE - its index). */
const VIRTUAL = -1;
const PROBE = -2;

const NO_NAME = { vi: '', en: '' };

/** A ticket of the simulation: a waiting ticket, a probe, or an injected arrival (one shape for all: the loop stays monomorphic). */
class Item implements Candidate {
  readonly number = '';
  readonly serviceName = NO_NAME;
  weight = 1;

  constructor(
    readonly ticketId: number,
    readonly serviceId: number,
    readonly priority: PriorityGroup | null,
    readonly arrivalAt: number,
    readonly appointment: { at: number; label: string } | null,
    readonly targeted: boolean,
    readonly slot: number,
  ) {}
}

/** A waiting ticket's item; an appointment enters its line at its slot's start (before, no counter may call it), unless sent to a counter. */
function waitingItem(t: WaitingTicket, slot: number): Item {
  const at = t.targetCounterId !== null ? null : t.appointmentAt ?? null;
  return new Item(t.id, t.serviceId, t.priority, at === null ? t.arrivalAt : Math.max(at, t.arrivalAt), at === null ? null : { at, label: '' }, t.targetCounterId !== null, slot);
}

/** Tickets expected to arrive at a steady rate, made when their moment comes. */
interface Stream { everyMs: number; until: number; make: (at: number) => Item }

/** Oldest first; a probe after real tickets of the same moment. */
const byArrival = (a: Item, b: Item) => a.arrivalAt - b.arrivalAt || Number(a.slot <= PROBE) - Number(b.slot <= PROBE) || a.ticketId - b.ticketId;

/** `items` in arrival order: most lines come so from the store's index, and are only checked. */
function sorted(items: Item[]): Item[] {
  for (let i = 1; i < items.length; i++) if (byArrival(items[i - 1]!, items[i]!) > 0) return items.sort(byArrival);
  return items;
}

/** A line sorted by arrival, consumed from the front, merged with the arrivals still to come. */
class Line {
  private next = 0;
  private coming: Item | undefined;
  /** The first ticket in line, whoever it is (undefined once none is left or to come), and its arrival: kept, as the forward run reads them at every step. */
  private first: Item | undefined;
  private firstAt = Number.POSITIVE_INFINITY;

  constructor(private readonly items: Item[], private readonly stream: Stream | undefined, now: number) {
    if (stream) this.coming = stream.make(now + stream.everyMs);
    this.advance();
  }

  private advance(): void {
    const real = this.items[this.next];
    const coming = this.coming;
    const first = !coming || (real && real.arrivalAt <= coming.arrivalAt) ? real : coming;
    this.first = first;
    this.firstAt = first ? first.arrivalAt : Number.POSITIVE_INFINITY;
  }

  head(now: number): Item | undefined {
    return this.firstAt <= now ? this.first : undefined;
  }

  /** No ticket is left in it, and none is still to come. */
  exhausted(): boolean {
    return this.first === undefined;
  }

  /** When the next ticket arrives, if it has not yet. */
  nextArrival(now: number): number | undefined {
    return this.first && this.firstAt > now ? this.firstAt : undefined;
  }

  take(item: Item): void {
    if (item !== this.coming) this.next++;
    else {
      const at = item.arrivalAt + this.stream!.everyMs;
      this.coming = at < this.stream!.until ? this.stream!.make(at) : undefined;
    }
    this.advance();
  }
}

/** Adds `value` to the list kept under `key`. */
function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The forecast by place: the waits of `waiting[i]` at 3i (wait, low, high; ms), `called[i]` 1 where some open counter calls it. */
export interface SlotForecast {
  waits: Float64Array<ArrayBuffer>;
  called: Uint8Array<ArrayBuffer>;
  probes: (WaitForecast | undefined)[];
}

/** Runs the policy forward and answers when each waiting ticket (and each probe) would be called. */
export function forecastCalls(input: ForecastInput): Forecast {
  const { waits, called, probes } = forecastSlots(input);
  const tickets = new Map<number, WaitForecast>();
  input.waiting.forEach((t, i) => {
    if (called[i]) tickets.set(t.id, { waitMs: waits[i * 3]!, lowMs: waits[i * 3 + 1]!, highMs: waits[i * 3 + 2]! });
  });
  return { tickets, probes };
}

/** A service's expected length (ms): measured, or the default. */
const serviceLength = (input: ForecastInput, serviceId: number): number => input.serviceMs.get(serviceId) ?? input.defaultServiceMs;

interface CounterState { freeAt: number; streak: number; calls: number; lines: Line[]; weights: number[]; downtime: readonly Downtime[] }

/** When the counter is free again after `workMs` from `start`; the downtimes it has passed are dropped (its clock only moves on). */
function freeAfter(state: CounterState, start: number, workMs: number): number {
  let passed = 0;
  while (passed < state.downtime.length && state.downtime[passed]!.until <= start) passed++;
  if (passed > 0) state.downtime = state.downtime.slice(passed);
  return finishAt(start, workMs, state.downtime);
}

/** forecastCalls, its waits written by the ticket's place in `input.waiting` (no object per ticket): what the server packs. */
export function forecastSlots(input: ForecastInput): SlotForecast {
  const { now } = input;
  const normal = new Map<number, Item[]>();
  const priority = new Map<number, Item[]>();
  const targeted = new Map<number, Item[]>();
  const booked = new Map<number, Item[]>();
  input.waiting.forEach((t, slot) => {
    const item = waitingItem(t, slot);
    if (t.targetCounterId !== null) push(targeted, t.targetCounterId, item);
    else if (t.appointmentAt != null) push(booked, t.serviceId, item);
    else push(t.priority === null ? normal : priority, t.serviceId, item);
  });
  let virtualId = -1;
  const probes = input.probes ?? [];
  probes.forEach(({ serviceId, priority: isPriority }, index) => {
    push(isPriority ? priority : normal, serviceId, new Item(virtualId--, serviceId, isPriority ? 'elderly' : null, now, null, false, PROBE - index));
  });
  const streamOf = (serviceId: number, perHour: number | undefined, group: PriorityGroup | null): Stream | undefined => (!perHour || perHour <= 0 ? undefined : {
    everyMs: HOUR_MS / perHour, until: now + HORIZON_MS,
    make: (at) => new Item(virtualId--, serviceId, group, at, null, false, VIRTUAL),
  });
  const rates = input.arrivalsPerHour ?? new Map<number, { normal: number; priority: number }>();
  const lines = (map: Map<number, Item[]>, group: PriorityGroup | null) => {
    for (const serviceId of rates.keys()) if (!map.has(serviceId)) map.set(serviceId, []);
    const rate = (serviceId: number) => (group ? rates.get(serviceId)?.priority : rates.get(serviceId)?.normal);
    return new Map([...map].map(([serviceId, items]) => [serviceId, new Line(sorted(items), streamOf(serviceId, rate(serviceId), group), now)]));
  };
  const normalLines = lines(normal, null);
  const priorityLines = lines(priority, 'elderly');
  const targetedLines = new Map([...targeted].map(([counterId, items]) => [counterId, new Line(sorted(items), undefined, now)]));
  const bookedLines = new Map([...booked].map(([serviceId, items]) => [serviceId, new Line(sorted(items), undefined, now)]));

  const states: CounterState[] = input.counters.map((counter) => {
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
    const busy = !held ? 0 : held.remainingMs ?? Math.max(serviceLength(input, held.serviceId) - (now - held.since), OVERRUN_SHARE * serviceLength(input, held.serviceId));
    const downtime = input.downtime?.get(counter.id) ?? [];
    return { freeAt: finishAt(now, busy, downtime), streak: counter.priorityStreak, calls: 0, lines, weights, downtime };
  });
  return runForward(input, states, probes.length);
}

/** Each counter, as soon as it is free, calls the next ticket by the policy from the heads of its lines. */
function runForward(input: ForecastInput, states: CounterState[], probeCount: number): SlotForecast {
  const { now, spread } = input;
  const waits = new Float64Array(input.waiting.length * 3);
  const called = new Uint8Array(input.waiting.length);
  const probeWaits: (WaitForecast | undefined)[] = Array.from({ length: probeCount }, () => undefined);
  /** Half the p10–p90 range of a wait reached after `calls` services at one counter (their spreads partly cancel: √calls). */
  const halfRange = (waitMs: number, calls: number): number => Z90 * ((waitMs * spread) / Math.sqrt(calls));
  // Real tickets and probes still to place; injected arrivals only shape their moments.
  let remaining = input.waiting.length + probeCount;
  const active = states.filter((s) => s.lines.length > 0);
  // the heads of the calling counter's lines: reused, the first `count` are this step's
  const heads: Item[] = [];
  const headLines: Line[] = [];
  while (active.length > 0 && remaining > 0) {
    let state = active[0]!;
    for (let i = 1; i < active.length; i++) if (active[i]!.freeAt < state.freeAt) state = active[i]!;
    const { lines, weights } = state;
    let count = 0;
    let emptied = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const head = line.head(state.freeAt);
      if (!head) {
        emptied ||= line.exhausted();
        continue;
      }
      // The weight is the calling counter's for that line (heads are only read by pickNext).
      head.weight = weights[i]!;
      heads[count] = head;
      headLines[count++] = line;
    }
    // an emptied line leaves the counter's lines (most lines of a long queue empty one by one)
    if (emptied) dropExhausted(state);
    if (count === 0) {
      let nextArrival = Number.POSITIVE_INFINITY;
      for (const line of state.lines) nextArrival = Math.min(nextArrival, line.nextArrival(state.freeAt) ?? Number.POSITIVE_INFINITY);
      if (Number.isFinite(nextArrival)) state.freeAt = freeAfter(state, nextArrival, 0);
      else active.splice(active.indexOf(state), 1);
      continue;
    }
    const pick = pickNext(heads, state.streak, input.policy, state.freeAt, count)!;
    const picked = pick.candidate;
    let at = 0;
    while (heads[at] !== picked) at++;
    headLines[at]!.take(picked);
    if (picked.slot !== VIRTUAL) remaining -= 1;
    const waitMs = state.freeAt - now;
    // A probe is a question, not a ticket: it takes no counter time and changes no streak.
    if (picked.slot <= PROBE) {
      const half = halfRange(waitMs, state.calls + 1);
      probeWaits[PROBE - picked.slot] = { waitMs, lowMs: Math.max(0, waitMs - half), highMs: waitMs + half };
      continue;
    }
    state.streak = pick.priorityStreak;
    state.calls += 1;
    if (picked.slot >= 0) {
      const half = halfRange(waitMs, state.calls);
      const i = picked.slot * 3;
      waits[i] = waitMs;
      waits[i + 1] = Math.max(0, waitMs - half);
      waits[i + 2] = waitMs + half;
      called[picked.slot] = 1;
    }
    state.freeAt = freeAfter(state, state.freeAt, serviceLength(input, picked.serviceId));
  }
  return { waits, called, probes: probeWaits };
}

/** Removes a counter's emptied lines (and their weights), in order. */
function dropExhausted(state: CounterState): void {
  let kept = 0;
  for (let i = 0; i < state.lines.length; i++) {
    if (state.lines[i]!.exhausted()) continue;
    state.lines[kept] = state.lines[i]!;
    state.weights[kept++] = state.weights[i]!;
  }
  state.lines.length = kept;
  state.weights.length = kept;
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
