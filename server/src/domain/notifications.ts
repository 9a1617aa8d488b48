// Telling citizens: when a ticket is near its turn, the words of each message (Vietnamese or
// English), the body of an SMS gateway's request from its template, and the retry backoff. Pure.

export interface NearRules {
  /** Near when at most this many are ahead… */
  nearAhead: number;
  /** …or the forecast wait is at most this many minutes. */
  nearMinutes: number;
}

export const DEFAULT_NEAR: NearRules = { nearAhead: 3, nearMinutes: 10 };

export interface WaitingState {
  /** Tickets ahead in its line, and the forecast wait (minutes) when known. */
  ahead: number;
  etaMinutes: number | undefined;
  /** An appointment: the slot's start (ms); nobody calls it before, so it is not near before then. */
  appointmentAt: number | null;
  now: number;
}

/** Whether the citizen should be told now that the turn is near. */
export function isNearTurn(s: WaitingState, rules: NearRules): boolean {
  if (s.appointmentAt !== null && s.now < s.appointmentAt - rules.nearMinutes * 60_000) return false;
  return s.ahead <= rules.nearAhead || (s.etaMinutes !== undefined && s.etaMinutes <= rules.nearMinutes);
}

/** The wait before retry `attempt` (1 = the first retry): doubling from `baseMs`, at most an hour. */
export function backoffMs(attempt: number, baseMs: number): number {
  return Math.min(3_600_000, baseMs * 2 ** Math.max(0, attempt - 1));
}

/** Tries before a message is given up as failed. */
export const MAX_ATTEMPTS = 6;

export function nearMessage(lang: 'vi' | 'en', t: { number: string; service: { vi: string; en: string }; department: { vi: string; en: string }; ahead: number }): string {
  return lang === 'en'
    ? `motcua: ticket ${t.number} (${t.service.en}) is nearly up: ${t.ahead} ahead of you. Please come to the waiting area of the ${t.department.en}.`
    : `motcua: Số ${t.number} (${t.service.vi}) sắp đến lượt: còn ${t.ahead} người trước bạn. Mời quý vị có mặt tại khu chờ ${t.department.vi}.`;
}

export function reminderMessage(lang: 'vi' | 'en', b: { code: string; day: string; start: string; service: { vi: string; en: string } }): string {
  const date = `${b.day.slice(8, 10)}/${b.day.slice(5, 7)}`;
  return lang === 'en'
    ? `motcua: reminder of your appointment tomorrow ${date} at ${b.start} (${b.service.en}), code ${b.code}. Check in at the kiosk from 30 minutes before.`
    : `motcua: Nhắc lịch hẹn ngày mai ${date} lúc ${b.start} (${b.service.vi}), mã ${b.code}. Mời xác nhận tại kiosk từ 30 phút trước giờ hẹn.`;
}

/** Vietnamese without diacritics, as brand-name SMS gateways take it (a Unicode SMS costs more and is often refused). */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** A gateway's body from its template: {phone} and {message} replaced, escaped for a JSON string. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? JSON.stringify(values[name]).slice(1, -1) : whole));
}
