// When the counters will be there to call: the pauses the forecast of waits must foresee. A paused
// counter comes back after the usual length of that kind of pause (today's, or a default), and a
// counter whose officer has not had lunch yet loses the lunch somewhere in the center's lunch
// turns (expected: the lunch's minutes spread over what is left of the turns). Pure.
import type { PauseReason } from '@motcua/protocol';

/** Within `from`–`until` (ms) a counter loses `lostMs` of its time (all of it: a pause under way). */
export interface Downtime { from: number; until: number; lostMs: number }

/** Officers take a lunch pause of `minutes` in turns between `from` and `until` (minutes of the local day). */
export interface Lunch { from: number; until: number; minutes: number }

/** A pause at a counter today: its reason, when it began and, once over, when it ended (ms). */
export interface PastPause { counterId: number; reason: PauseReason; from: number; until: number | null }

/** A change of a counter's state, as the audit log has it (`reason`: a pause's). */
export interface CounterEvent { counterId: number; action: 'open' | 'close' | 'pause' | 'resume'; at: number; reason: string | null }

const REASONS: readonly string[] = ['lunch', 'meeting', 'other'] satisfies PauseReason[];

/** The pauses of counters' events in order: each from its pause to the counter's next change (null: under way). */
export function pausesOf(events: readonly CounterEvent[]): PastPause[] {
  const pauses: PastPause[] = [];
  const open = new Map<number, PastPause>();
  for (const e of events) {
    const under = open.get(e.counterId);
    if (under) {
      under.until = e.at;
      open.delete(e.counterId);
    }
    if (e.action !== 'pause') continue;
    const pause: PastPause = { counterId: e.counterId, reason: REASONS.includes(e.reason ?? '') ? (e.reason as PauseReason) : 'other', from: e.at, until: null };
    pauses.push(pause);
    open.set(e.counterId, pause);
  }
  return pauses;
}

/** The usual length of a pause when none of its kind ended today, minutes. */
const DEFAULT_PAUSE_MINUTES: Record<PauseReason, number> = { lunch: 60, meeting: 30, other: 10 };
/** A pause already longer than usual still lasts at least this share of the usual length. */
const OVERRUN_SHARE = 0.25;
const MINUTE_MS = 60_000;

/** The usual length of a pause of `reason` (ms): the mean of today's ended ones, else the lunch turns' or a default. */
export function usualPauseMs(reason: PauseReason, pauses: readonly PastPause[], lunch: Lunch | null): number {
  const ended = pauses.filter((p) => p.reason === reason && p.until !== null);
  if (ended.length > 0) return ended.reduce((sum, p) => sum + p.until! - p.from, 0) / ended.length;
  return (reason === 'lunch' && lunch ? lunch.minutes : DEFAULT_PAUSE_MINUTES[reason]) * MINUTE_MS;
}

export interface CounterNow {
  counterId: number;
  /** The pause under way, if the counter is paused now. */
  paused: { reason: PauseReason; since: number } | null;
}

/**
 * The downtime ahead of the counters of one department (those with an officer) at `now`: each
 * pause under way until its usual end, and the lunches still to take. Lunches go in turns evenly
 * through the window: the first at its start (or when the first was taken today), the last ending at
 * its end; the turns already taken are the first ones. Who takes which turn is not known, so each
 * counter still to lunch loses its share of every turn ahead (`dayStart`: the local day's first
 * instant, ms).
 */
export function departmentDowntime(counters: readonly CounterNow[], now: number, dayStart: number, pauses: readonly PastPause[], lunch: Lunch | null): Map<number, Downtime[]> {
  const downtime = new Map<number, Downtime[]>();
  const back = new Map<number, number>();
  for (const c of counters) {
    const list: Downtime[] = [];
    if (c.paused) {
      const usual = usualPauseMs(c.paused.reason, pauses, lunch);
      const left = Math.max(usual - (now - c.paused.since), OVERRUN_SHARE * usual);
      list.push({ from: now, until: now + left, lostMs: left });
    }
    back.set(c.counterId, list[0]?.until ?? now);
    downtime.set(c.counterId, list);
  }
  if (!lunch) return downtime;
  const ids = new Set(counters.map((c) => c.counterId));
  const lunches = pauses.filter((p) => p.reason === 'lunch' && ids.has(p.counterId));
  const lunched = new Set([...lunches.map((p) => p.counterId), ...counters.filter((c) => c.paused?.reason === 'lunch').map((c) => c.counterId)]);
  const left = counters.filter((c) => !lunched.has(c.counterId));
  const length = lunch.minutes * MINUTE_MS;
  const windowEnd = dayStart + lunch.until * MINUTE_MS;
  if (left.length === 0 || now >= windowEnd) return downtime;
  const first = Math.min(dayStart + lunch.from * MINUTE_MS, ...lunches.map((p) => p.from));
  const step = counters.length > 1 ? Math.max(0, windowEnd - length - first) / (counters.length - 1) : 0;
  const turns = left.map((_, i) => {
    const from = Math.max(now, first + (lunched.size + i) * step);
    return { from, until: from + length };
  });
  for (const c of left) {
    const list = downtime.get(c.counterId)!;
    list.push(...shares(turns, back.get(c.counterId)!, left.length));
  }
  return downtime;
}

/** The turns as downtime of one counter out of `of` sharing them, from `after` on: each span loses its share of the turns covering it. */
function shares(turns: readonly { from: number; until: number }[], after: number, of: number): Downtime[] {
  const edges = [...new Set(turns.flatMap((t) => [t.from, t.until]).map((t) => Math.max(t, after)))].sort((a, b) => a - b);
  const spans: Downtime[] = [];
  for (let i = 1; i < edges.length; i++) {
    const from = edges[i - 1]!;
    const until = edges[i]!;
    const covering = turns.filter((t) => t.from <= from && t.until >= until).length;
    if (covering > 0) spans.push({ from, until, lostMs: ((until - from) * Math.min(covering, of)) / of });
  }
  return spans;
}

/**
 * When a counter that starts `workMs` of work at `start` is done and free to call again: the work
 * goes slower through a downtime (by the share of it lost), and a counter done inside a downtime
 * that takes all of its time calls at its end. Downtimes sorted by `from`, not overlapping.
 */
export function finishAt(start: number, workMs: number, downtime: readonly Downtime[]): number {
  let t = start;
  let work = workMs;
  for (const d of downtime) {
    if (d.until <= t) continue;
    if (d.from > t) {
      if (t + work <= d.from) return t + work;
      work -= d.from - t;
      t = d.from;
    }
    const rate = 1 - d.lostMs / (d.until - d.from);
    if (rate <= 0) {
      t = d.until;
      continue;
    }
    if (t + work / rate <= d.until) return t + work / rate;
    work -= (d.until - t) * rate;
    t = d.until;
  }
  return t + work;
}
