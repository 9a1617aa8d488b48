// Formatting for the supervisor and admin areas: durations, shares, times in the center's zone.

/** 754 → "12:34" (minutes:seconds); null → "—". */
export function minSec(seconds: number | null): string {
  if (seconds === null) return '—';
  const m = Math.floor(seconds / 60);
  return `${m}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The start of an hour of the day: 9 → "09:00". */
export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** Whole minutes waited: 754 → "12"; null → "—". */
export function minutes(seconds: number | null): string {
  return seconds === null ? '—' : String(Math.floor(seconds / 60));
}

/** 80.1 → "80,1" in Vietnamese, "80.1" in English. */
export function decimal(value: number, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? String(value).replace('.', ',') : String(value);
}

/** 0.756 → "75,6 %" in Vietnamese, "75.6%" in English; null → "—". */
export function share(value: number | null, lang: 'vi' | 'en'): string {
  if (value === null) return '—';
  const pct = decimal(Math.round(value * 1000) / 10, lang);
  return lang === 'vi' ? `${pct} %` : `${pct}%`;
}

/** A time of day ("14:05") or, on another day, day and time ("26/11 14:05"), in `timeZone`. */
export function clock(iso: string, timeZone: string, now = new Date()): string {
  const at = new Date(iso);
  const day = (d: Date) => d.toLocaleDateString('en-CA', { timeZone });
  const time = at.toLocaleTimeString('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' });
  if (day(at) === day(now)) return time;
  const [, m, d] = day(at).split('-');
  return `${d}/${m} ${time}`;
}

/** Today's date (YYYY-MM-DD) in `timeZone`, with `offsetDays` added. */
export function isoDay(timeZone: string, offsetDays = 0): string {
  const today = new Date().toLocaleDateString('en-CA', { timeZone });
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}
