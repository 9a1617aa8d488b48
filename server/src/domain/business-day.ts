// The business day is derived from the clock in the center's time zone, never from a cron job.

export type Clock = () => Date;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The business day (YYYY-MM-DD) that `at` falls in, in `timeZone`. */
export function businessDay(at: Date, timeZone: string): string {
  return formatterFor(timeZone).format(at);
}

/** Throws a RangeError for a time zone the runtime does not know. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

const hourFormatters = new Map<string, Intl.DateTimeFormat>();

/** The hour of day (0–23) of `at` in `timeZone`. */
export function hourOfDay(at: Date, timeZone: string): number {
  let f = hourFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
    hourFormatters.set(timeZone, f);
  }
  return Number(f.format(at));
}
