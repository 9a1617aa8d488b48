import type { Lang } from '@motcua/protocol';

interface TicketLabels {
  yourNumber: string;
  peopleAhead: string;
  estimatedWait: string;
  counters: string;
  issuedAt: string;
  appointment: string;
  scanToFollow: string;
  waitMinutes(minutes: number): string;
  /** In place of the wait when no open counter serves the service. */
  noOpenCounter: string;
}

const LABELS: Record<Lang, TicketLabels> = {
  vi: {
    yourNumber: 'Số thứ tự',
    peopleAhead: 'Trước bạn, cùng dịch vụ',
    estimatedWait: 'Thời gian chờ dự kiến',
    counters: 'Quầy phục vụ',
    issuedAt: 'Giờ lấy số',
    appointment: 'Lịch hẹn',
    scanToFollow: 'Quét mã QR để theo dõi lượt của bạn',
    waitMinutes: (minutes) => (minutes < 1 ? 'dưới 1 phút' : `${minutes} phút`),
    noOpenCounter: 'chưa có quầy mở',
  },
  en: {
    yourNumber: 'Your number',
    peopleAhead: 'Ahead of you, same service',
    estimatedWait: 'Estimated wait',
    counters: 'Counters',
    issuedAt: 'Issued at',
    appointment: 'Appointment',
    scanToFollow: 'Scan the QR code to follow your turn',
    waitMinutes: (minutes) => (minutes < 1 ? 'under 1 min' : `${minutes} min`),
    noOpenCounter: 'no counter open yet',
  },
};

export function ticketLabels(lang: Lang): TicketLabels {
  return LABELS[lang];
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** A formatter per time zone (making one costs more than drawing a line of the ticket). */
function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/** The parts of a moment on the center's wall clock. */
function wallParts(at: Date | string, timeZone: string): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = wallClock(timeZone).formatToParts(new Date(at));
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
}

/** "08:05, 14/03/2025": the center's wall clock, the same in both languages. */
export function formatIssuedAt(issuedAt: Date | string, timeZone: string): string {
  const part = wallParts(issuedAt, timeZone);
  return `${part('hour')}:${part('minute')}, ${part('day')}/${part('month')}/${part('year')}`;
}

/** "2025-03-14": the day a ticket was issued on the center's clock (the date printed on it). */
export function issuedDay(issuedAt: Date | string, timeZone: string): string {
  const part = wallParts(issuedAt, timeZone);
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "09:00, 01/12/2026": a booked slot (its day YYYY-MM-DD and start HH:MM), as the issue time is printed. */
export function formatSlot(slot: { date: string; start: string }): string {
  const [year, month, day] = slot.date.split('-');
  return `${slot.start}, ${day}/${month}/${year}`;
}
