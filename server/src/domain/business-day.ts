// The business day is derived from the clock in the center's time zone, never from a cron job.

export type Clock = () => Date;

/** One Intl.DateTimeFormat per time zone, made the first time that zone is asked for. */
function formatterCache(locale: string, options: Intl.DateTimeFormatOptions): (timeZone: string) => Intl.DateTimeFormat {
  const cache = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let f = cache.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      cache.set(timeZone, f);
    }
    return f;
  };
}

const formatterFor = formatterCache('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
const hourFormatter = formatterCache('en-GB', { hour: '2-digit', hourCycle: 'h23' });
const clockFormatter = formatterCache('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const wallFormatter = formatterCache('en-US', { hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The business day (YYYY-MM-DD) that `at` falls in, in `timeZone`. */
export function businessDay(at: Date, timeZone: string): string {
  return formatterFor(timeZone).format(at);
}

/** Throws a RangeError for a time zone the runtime does not know. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The hour of day (0–23) of `at` in `timeZone`. */
export function hourOfDay(at: Date, timeZone: string): number {
  return Number(hourFormatter(timeZone).format(at));
}

/** The wall-clock time "HH:MM" of `at` in `timeZone`. */
export function clockTime(at: Date, timeZone: string): string {
  return clockFormatter(timeZone).format(at);
}

/** The instant of wall-clock time `hhmm` on `day` in `timeZone`. */
export function instantOn(day: string, hhmm: string, timeZone: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return dayStart(day, timeZone).getTime() + (h! * 60 + m!) * 60_000;
}

/** The first instant of business day `day` (YYYY-MM-DD) in `timeZone`. */
export function dayStart(day: string, timeZone: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`);
  // the zone's offset near that instant, then again at the instant found (an offset change that night)
  const first = wall - offsetMs(new Date(wall), timeZone);
  return new Date(wall - offsetMs(new Date(first), timeZone));
}

/** The day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** How far the wall clock of `timeZone` is ahead of UTC at `at`. */
function offsetMs(at: Date, timeZone: string): number {
  const p = Object.fromEntries(wallFormatter(timeZone).formatToParts(at).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(at.getTime() / 1000) * 1000;
}
