// Staffing advice: the expected arrivals per hour from the history of the same weekday (scaled by
// how today is going so far), and the counters needed each hour to keep the 90th-percentile wait
// under a service's target, by the Erlang C model of a queue served by several counters; in reports,
// the advice a day had beside the counters actually open.
import type { CounterEvent } from './counter-availability.ts';

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

/** The counters that call `waiting` citizens, at `meanServiceSeconds` each, within `targetSeconds`. */
export function countersToClear(waiting: number, meanServiceSeconds: number, targetSeconds: number): number {
  return waiting <= 0 ? 0 : Math.ceil((waiting * meanServiceSeconds) / Math.max(meanServiceSeconds, targetSeconds));
}

/**
 * The counters a department needs from `currentHour` for `hoursAhead` hours: the arrivals forecast
 * from the same weekday's history and today so far, each hour served at `meanServiceSeconds` with
 * the p90 wait under `targetSeconds`; in the hour under way, also those that call the `waitingNow`
 * already in line within the target (8 waiting at two counters is not a time to close one).
 */
export function staffingHours(history: readonly HourCounts[], today: HourCounts, currentHour: number, meanServiceSeconds: number, targetSeconds: number, hoursAhead: number, waitingNow = 0): StaffingHour[] {
  const arrivals = forecastArrivals(history, today, currentHour);
  const hours = Array.from({ length: Math.min(hoursAhead, 24 - currentHour) }, (_, i) => currentHour + i);
  return hours.map((hour) => {
    // the hour under way: at least what it already brought
    const expected = hour === currentHour ? Math.max(arrivals[hour]!, today[hour] ?? 0) : arrivals[hour]!;
    const backlog = hour === currentHour ? countersToClear(waitingNow, meanServiceSeconds, targetSeconds) : 0;
    return { hour, arrivals: Math.round(expected * 10) / 10, countersNeeded: countersNeeded({ arrivalsPerHour: expected, meanServiceSeconds, targetSeconds }) + backlog };
  });
}

const HOUR_MS = 3_600_000;

/**
 * How many counters were open (with an officer, not paused) through each hour of a day, summed by
 * department: each counter's open time in the hour over the hour. `start` is the day's first
 * instant (ms); a counter still open at `end` (the day's end, or now) counts until then.
 */
export function countersOpenByHour(changes: readonly Omit<CounterEvent, 'reason'>[], start: number, end: number, departmentOf: (counterId: number) => number | undefined): Map<number, number[]> {
  const byDepartment = new Map<number, number[]>();
  const openSince = new Map<number, number>();
  const add = (counterId: number, from: number, until: number) => {
    const department = departmentOf(counterId);
    if (department === undefined) return;
    const hours = byDepartment.get(department) ?? Array.from({ length: 24 }, () => 0);
    byDepartment.set(department, hours);
    for (let h = Math.max(0, Math.floor((from - start) / HOUR_MS)); h < 24 && start + h * HOUR_MS < until; h++) {
      const overlap = Math.min(until, start + (h + 1) * HOUR_MS) - Math.max(from, start + h * HOUR_MS);
      if (overlap > 0) hours[h]! += overlap / HOUR_MS;
    }
  };
  for (const c of changes) {
    const since = openSince.get(c.counterId);
    const opens = c.action === 'open' || c.action === 'resume';
    if (since !== undefined && !opens) {
      add(c.counterId, since, c.at);
      openSince.delete(c.counterId);
    } else if (since === undefined && opens) openSince.set(c.counterId, c.at);
  }
  for (const [counterId, since] of openSince) add(counterId, since, end);
  return byDepartment;
}

/** One department's hour of one day in the report: the arrivals, the forecast made before the day, the counters it needed, those open. */
export interface StaffingReportHour { hour: number; arrivals: number; forecastArrivals: number; countersNeeded: number; countersOpen: number }

/**
 * A department's day against the advice: the arrivals the same weekday's history forecast before
 * the day began, the counters needed for them (p90 wait under `targetSeconds`), and the counters
 * actually open, hour by hour.
 */
export function staffingDay(history: readonly HourCounts[], arrivals: HourCounts, open: HourCounts, meanServiceSeconds: number, targetSeconds: number): StaffingReportHour[] {
  const forecast = forecastArrivals(history, Array.from({ length: 24 }, () => 0), 0);
  return forecast.map((expected, hour) => ({
    hour, arrivals: arrivals[hour] ?? 0, forecastArrivals: expected,
    countersNeeded: countersNeeded({ arrivalsPerHour: expected, meanServiceSeconds, targetSeconds }), countersOpen: open[hour] ?? 0,
  }));
}

/** The mean of several days' hours, rounded to a tenth; only the hours with something on some day. */
export function meanStaffingHours(days: readonly StaffingReportHour[][], hours: readonly number[]): StaffingReportHour[] {
  const mean = (hour: number, key: Exclude<keyof StaffingReportHour, 'hour'>) => Math.round((days.reduce((sum, d) => sum + (d[hour]?.[key] ?? 0), 0) / Math.max(1, days.length)) * 10) / 10;
  return hours.map((hour) => ({ hour, arrivals: mean(hour, 'arrivals'), forecastArrivals: mean(hour, 'forecastArrivals'), countersNeeded: mean(hour, 'countersNeeded'), countersOpen: mean(hour, 'countersOpen') }));
}

/** The strictest wait target of a department's enabled services, minutes (15 when it has none). */
export function departmentTargetMinutes(services: readonly { departmentId: number; enabled: boolean; targetWaitMinutes: number }[], departmentId: number): number {
  const targets = services.filter((s) => s.departmentId === departmentId && s.enabled).map((s) => s.targetWaitMinutes);
  return targets.length > 0 ? Math.min(...targets) : 15;
}
