// Business hours: when the kiosk issues tickets, in the center's time zone. Pure.
import { conflict } from './errors.ts';

export interface BusinessHours {
  /** ISO weekdays on which tickets are issued: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Local time issuing opens, "HH:MM". */
  opens: string;
  /** Local time issuing closes, "HH:MM" (after `opens`). */
  closes: string;
  /** The windows of a day (07:00–11:30, 13:30–17:00); none: opens–closes. */
  windows?: { opens: string; closes: string }[];
  /** Closed days, YYYY-MM-DD. */
  holidays?: string[];
}

export interface IssuingState {
  open: boolean;
  /** The next moment issuing opens, when it is closed now (null when no day is set). */
  opensAt: Date | null;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const VI_WEEKDAYS = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const EN_WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface LocalTime { year: number; month: number; day: number; weekday: number; minutes: number }

const formatters = new Map<string, Intl.DateTimeFormat>();

function localTime(at: Date, timeZone: string): LocalTime {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), weekday: WEEKDAYS[parts.weekday!] ?? 0,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** What is wrong with business hours (the path under them, and why, in English and Vietnamese), or null: they close after they open, windows in order. */
export function businessHoursProblem(hours: BusinessHours): { path: string; message: string; vi: string } | null {
  if (hours.closes <= hours.opens) return { path: '/closes', message: `must be after opens (${hours.opens})`, vi: `giờ đóng cửa phải sau giờ mở cửa (${hours.opens})` };
  for (const [i, w] of (hours.windows ?? []).entries()) {
    if (w.closes <= w.opens) return { path: `/windows/${i}/closes`, message: `must be after opens (${w.opens})`, vi: `khung giờ ${i + 1} phải kết thúc sau khi bắt đầu (${w.opens})` };
    const before = hours.windows![i - 1];
    if (before && w.opens < before.closes) {
      return { path: `/windows/${i}/opens`, message: `must not be before the previous window closes (${before.closes})`, vi: `khung giờ ${i + 1} không được bắt đầu trước khi khung trước kết thúc (${before.closes})` };
    }
  }
  return null;
}

/** Minutes after midnight of "HH:MM". */
export function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** The instant of a local wall-clock time in `timeZone` (exact for zones without a jump at that time). */
function instantOf(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  let guess = wall;
  for (let i = 0; i < 2; i += 1) {
    const l = localTime(new Date(guess), timeZone);
    const seen = Date.UTC(l.year, l.month - 1, l.day, 0, l.minutes);
    guess += wall - seen;
  }
  return new Date(guess);
}

/**
 * Whether tickets may be issued at `now` (on an open weekday that is no holiday, inside one of the
 * day's windows), and if not, when issuing opens next. No hours: always open.
 */
export function issuingState(now: Date, timeZone: string, hours: BusinessHours | undefined): IssuingState {
  if (!hours) return { open: true, opensAt: null };
  const local = localTime(now, timeZone);
  const windows = (hours.windows?.length ? hours.windows : [hours]).map((w) => ({ opens: clockMinutes(w.opens), closes: clockMinutes(w.closes) }));
  const openDay = (date: Date, weekday: number) => hours.days.includes(weekday) && !hours.holidays?.includes(date.toISOString().slice(0, 10));
  const today = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (openDay(today, local.weekday) && windows.some((w) => local.minutes >= w.opens && local.minutes < w.closes)) return { open: true, opensAt: null };
  for (let k = 0; k <= 60; k += 1) {
    const weekday = ((local.weekday - 1 + k) % 7) + 1;
    const date = new Date(Date.UTC(local.year, local.month - 1, local.day + k));
    if (!openDay(date, weekday)) continue;
    const next = windows.find((w) => k > 0 || w.opens > local.minutes);
    if (next) return { open: false, opensAt: instantOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), next.opens, timeZone) };
  }
  return { open: false, opensAt: null };
}

/** "07:00 thứ Hai 30/11" and "07:00 on Monday 30/11": when issuing opens, in both languages. */
export function describeOpening(opensAt: Date, timeZone: string): { vi: string; en: string } {
  const l = localTime(opensAt, timeZone);
  const hhmm = `${String(Math.floor(l.minutes / 60)).padStart(2, '0')}:${String(l.minutes % 60).padStart(2, '0')}`;
  const date = `${String(l.day).padStart(2, '0')}/${String(l.month).padStart(2, '0')}`;
  return { vi: `${hhmm} ${VI_WEEKDAYS[l.weekday]} ${date}`, en: `${hhmm} on ${EN_WEEKDAYS[l.weekday]} ${date}` };
}

/** Refuses issuing outside business hours, saying when the kiosk opens again. */
export function assertIssuingOpen(now: Date, timeZone: string, hours: BusinessHours | undefined): void {
  const state = issuingState(now, timeZone, hours);
  if (state.open) return;
  const when = state.opensAt ? describeOpening(state.opensAt, timeZone) : null;
  throw when
    ? conflict('outside_business_hours', `Ticket issuing is closed; it opens again at ${when.en}.`, `Đã hết giờ lấy số. Mời quay lại lúc ${when.vi}.`)
    : conflict('outside_business_hours', 'No tickets are issued now.', 'Hôm nay không phát số.');
}
