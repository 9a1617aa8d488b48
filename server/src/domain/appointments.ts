// Appointments: the slots of a service on a day from the center's business hours (several windows a
// day, closed weekdays, holidays), the days open for booking, the limits per citizen, and the
// check-in window at the kiosk. Pure: the store counts, these rules decide.
import { clockMinutes } from './business-hours.ts';
import { conflict, invalid } from './errors.ts';

export interface Window { opens: string; closes: string }

/** When the center receives citizens; null: every day, around the clock (the demo center). */
export interface OpeningHours { days: readonly number[]; windows: readonly Window[]; holidays: readonly string[] }

export interface AppointmentRules {
  /** Bookings of one ID number on one day, and for one service (field) on one day. */
  perPersonPerDay: number;
  perPersonPerService: number;
  /** Check-in opens this long before the slot and closes this long after its start. */
  checkInEarlyMinutes: number;
  checkInLateMinutes: number;
  /** Booking opens for today and this many working days after it. */
  daysAhead: number;
}

export const DEFAULT_RULES: AppointmentRules = { perPersonPerDay: 2, perPersonPerService: 1, checkInEarlyMinutes: 30, checkInLateMinutes: 15, daysAhead: 6 };

/** A service's slots: their length and how many citizens each takes. */
export interface SlotSize { slotMinutes: number; capacity: number }
export const DEFAULT_SLOT: SlotSize = { slotMinutes: 30, capacity: 2 };

export interface Slot { start: string; end: string }

/** The configured business hours as opening hours: `windows` when given, else opens–closes. */
export function openingHours(hours: { days: number[]; opens: string; closes: string; windows?: Window[]; holidays?: string[] } | undefined): OpeningHours | null {
  if (!hours) return null;
  return { days: hours.days, windows: hours.windows?.length ? hours.windows : [{ opens: hours.opens, closes: hours.closes }], holidays: hours.holidays ?? [] };
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a date YYYY-MM-DD. */
function weekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export function isWorkingDay(day: string, hours: OpeningHours | null): boolean {
  return !hours || (hours.days.includes(weekday(day)) && !hours.holidays.includes(day));
}

/** Today (when a working day) and the next `daysAhead` working days. */
export function bookableDays(today: string, hours: OpeningHours | null, daysAhead: number): string[] {
  const days: string[] = [];
  if (isWorkingDay(today, hours)) days.push(today);
  for (let k = 1; days.length < daysAhead + (days[0] === today ? 1 : 0) && k <= 60; k += 1) {
    const day = addDays(today, k);
    if (isWorkingDay(day, hours)) days.push(day);
  }
  return days;
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The slots of one day: each window cut into whole slots (a last piece shorter than a slot is not offered). */
export function daySlots(day: string, hours: OpeningHours | null, slotMinutes: number): Slot[] {
  if (!isWorkingDay(day, hours)) return [];
  const windows = hours ? hours.windows : [{ opens: '00:00', closes: '24:00' }];
  const slots: Slot[] = [];
  for (const w of windows) {
    const end = clockMinutes(w.closes);
    for (let m = clockMinutes(w.opens); m + slotMinutes <= end; m += slotMinutes) slots.push({ start: hhmm(m), end: hhmm(m + slotMinutes) });
  }
  return slots;
}

export interface BookingRequest {
  day: string;
  start: string;
  /** The start of the slot as an instant (ms), and now. */
  startAt: number;
  now: number;
  today: string;
}

/** Refuses a day or slot that is not offered, or one already begun. */
export function assertSlotOffered(req: BookingRequest, hours: OpeningHours | null, size: SlotSize, rules: AppointmentRules): Slot {
  const slot = bookableDays(req.today, hours, rules.daysAhead).includes(req.day) ? daySlots(req.day, hours, size.slotMinutes).find((s) => s.start === req.start) : undefined;
  if (!slot) {
    throw invalid('no_such_slot', `${req.day} ${req.start} is not a slot of this service open for booking: choose one of GET /api/appointments/slots.`, `Không có khung giờ ${req.start} ngày ${req.day} cho dịch vụ này: hãy chọn một khung giờ còn trống.`);
  }
  if (req.startAt <= req.now) {
    throw conflict('slot_passed', `The ${req.start} slot has already begun: choose a later one.`, `Khung giờ ${req.start} đã bắt đầu: hãy chọn khung giờ sau.`);
  }
  return slot;
}

/** What one citizen (one ID number) holds already on that day: all their bookings and those for this service. */
export interface Holdings { sameDay: number; sameService: number }

export function assertUnderLimits(held: Holdings, rules: AppointmentRules): void {
  if (held.sameService >= rules.perPersonPerService) {
    throw conflict('booking_limit_reached', `This ID number already has ${held.sameService} booking for this service on that day (at most ${rules.perPersonPerService}). Cancel it to choose another time.`, `Số CCCD này đã có ${held.sameService} lịch hẹn cho lĩnh vực này trong ngày (tối đa ${rules.perPersonPerService}). Hãy hủy lịch cũ để chọn giờ khác.`);
  }
  if (held.sameDay >= rules.perPersonPerDay) {
    throw conflict('booking_limit_reached', `This ID number already has ${held.sameDay} bookings on that day (at most ${rules.perPersonPerDay}).`, `Số CCCD này đã có ${held.sameDay} lịch hẹn trong ngày (tối đa ${rules.perPersonPerDay}).`);
  }
}

export function assertRoomInSlot(booked: number, size: SlotSize, start: string): void {
  if (booked >= size.capacity) throw conflict('slot_full', `The ${start} slot is full: choose another time.`, `Khung giờ ${start} đã kín chỗ: hãy chọn giờ khác.`);
}

export type CheckIn = { ok: true } | { ok: false; why: 'too_early'; from: number } | { ok: false; why: 'too_late' };

/** Whether a booking starting at `startAt` may check in at `now`: from `early` minutes before until `late` minutes after its start. */
export function checkInOutcome(startAt: number, now: number, rules: AppointmentRules): CheckIn {
  const from = startAt - rules.checkInEarlyMinutes * 60_000;
  if (now < from) return { ok: false, why: 'too_early', from };
  if (now > startAt + rules.checkInLateMinutes * 60_000) return { ok: false, why: 'too_late' };
  return { ok: true };
}

/** One booking as the reports read it. */
export interface BookingFact { day: string; serviceId: number; status: 'booked' | 'checked_in' | 'cancelled' | 'no_show'; startAt: number; calledAt: number | null }

export interface BookingFigures { booked: number; cancelled: number; checkedIn: number; noShow: number; waitsFromSlot: number[] }

/** Counts and the waits from the slot's start to the call (seconds; a call before the start waited 0). */
export function bookingFigures(facts: readonly BookingFact[]): BookingFigures {
  const f: BookingFigures = { booked: facts.length, cancelled: 0, checkedIn: 0, noShow: 0, waitsFromSlot: [] };
  for (const b of facts) {
    if (b.status === 'cancelled') f.cancelled++;
    if (b.status === 'checked_in') f.checkedIn++;
    if (b.status === 'no_show') f.noShow++;
    if (b.calledAt !== null) f.waitsFromSlot.push(Math.max(0, Math.round((b.calledAt - b.startAt) / 1000)));
  }
  return f;
}
