// Staffing advice: the expected arrivals per hour from the history of the same weekday (scaled by
// how today is going so far), and the counters needed each hour to keep the 90th-percentile wait
// under a service's target, by the Erlang C model of a queue served by several counters.

/** Hours of a day, 0–23, in the center's time zone. */
export type HourCounts = readonly number[];

/** Erlang C: the probability that a ticket waits at all with `counters` serving an offered load of `erlangs`. */
export function erlangC(counters: number, erlangs: number): number {
  if (counters <= erlangs) return 1;
  // Erlang B by its stable recurrence, then C from B.
  let b = 1;
  for (let k = 1; k <= counters; k++) b = (erlangs * b) / (k + erlangs * b);
  return b / (1 - (erlangs / counters) * (1 - b));
}

export interface StaffingInput {
  arrivalsPerHour: number;
  meanServiceSeconds: number;
  /** The wait to keep under, in seconds. */
  targetSeconds: number;
  /** The share of tickets that must be called within the target (0.9: the p90 wait). */
  share?: number;
  maxCounters?: number;
}

/** The share of tickets that wait longer than `seconds` (M/M/c). */
export function shareWaitingLonger(counters: number, arrivalsPerHour: number, meanServiceSeconds: number, seconds: number): number {
  const lambda = arrivalsPerHour / 3600;
  const mu = 1 / meanServiceSeconds;
  const erlangs = lambda / mu;
  if (counters <= erlangs) return 1;
  return erlangC(counters, erlangs) * Math.exp(-(counters * mu - lambda) * seconds);
}

/** The fewest counters that keep the wait under the target for the given share of tickets. */
export function countersNeeded(input: StaffingInput): number {
  if (input.arrivalsPerHour <= 0) return 0;
  const allowed = 1 - (input.share ?? 0.9);
  const max = input.maxCounters ?? 50;
  for (let c = 1; c <= max; c++) {
    if (shareWaitingLonger(c, input.arrivalsPerHour, input.meanServiceSeconds, input.targetSeconds) <= allowed) return c;
  }
  return max;
}

const MIN_SCALE = 0.5;
const MAX_SCALE = 2;

/**
 * Expected arrivals per hour today: the mean of the same weekday's past days, scaled by today's
 * arrivals so far against what those days had by this hour; the hours already past are today's own.
 */
export function forecastArrivals(history: readonly HourCounts[], today: HourCounts, currentHour: number): number[] {
  const hours = Array.from({ length: 24 }, (_, h) => h);
  const baseline = hours.map((h) => (history.length === 0 ? 0 : history.reduce((sum, day) => sum + (day[h] ?? 0), 0) / history.length));
  const sofar = (counts: readonly number[]) => hours.filter((h) => h < currentHour).reduce((sum, h) => sum + (counts[h] ?? 0), 0);
  const expected = sofar(baseline);
  const scale = expected > 0 ? Math.min(MAX_SCALE, Math.max(MIN_SCALE, sofar(today) / expected)) : 1;
  return hours.map((h) => (h < currentHour ? (today[h] ?? 0) : baseline[h]! * scale));
}

/** The same weekday in each of the `weeks` weeks before `day` (YYYY-MM-DD), the latest first. */
export function sameWeekdays(day: string, weeks: number): string[] {
  const at = Date.parse(`${day}T00:00:00Z`);
  return Array.from({ length: weeks }, (_, i) => new Date(at - (i + 1) * 7 * 86_400_000).toISOString().slice(0, 10));
}

export interface StaffingHour { hour: number; arrivals: number; countersNeeded: number }

/**
 * The counters a department needs from `currentHour` for `hoursAhead` hours: the arrivals forecast
 * from the same weekday's history and today so far, each hour served at `meanServiceSeconds` with
 * the p90 wait under `targetSeconds`.
 */
export function staffingHours(history: readonly HourCounts[], today: HourCounts, currentHour: number, meanServiceSeconds: number, targetSeconds: number, hoursAhead: number): StaffingHour[] {
  const arrivals = forecastArrivals(history, today, currentHour);
  const hours = Array.from({ length: Math.min(hoursAhead, 24 - currentHour) }, (_, i) => currentHour + i);
  return hours.map((hour) => {
    // the hour under way: at least what it already brought
    const expected = hour === currentHour ? Math.max(arrivals[hour]!, today[hour] ?? 0) : arrivals[hour]!;
    return { hour, arrivals: Math.round(expected * 10) / 10, countersNeeded: countersNeeded({ arrivalsPerHour: expected, meanServiceSeconds, targetSeconds }) };
  });
}
