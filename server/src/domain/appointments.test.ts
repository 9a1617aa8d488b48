import { describe, expect, it } from 'vitest';
import { assertRoomInSlot, assertSlotOffered, assertUnderLimits, bookableDays, bookingFigures, checkInOutcome, daySlots, DEFAULT_RULES, openingHours } from './appointments.ts';
import { checkIdNumber, checkPhone, PROVINCE_CODES } from './citizen-id.ts';
import { DomainError } from './errors.ts';

const hours = openingHours({ days: [1, 2, 3, 4, 5], opens: '07:00', closes: '17:00', windows: [{ opens: '07:00', closes: '11:30' }, { opens: '13:30', closes: '17:00' }], holidays: ['2026-12-02'] });
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'ok';
};

describe('slots', () => {
  it('cuts each window of the day into whole slots', () => {
    const slots = daySlots('2026-11-30', hours, 30);
    expect(slots[0]).toEqual({ start: '07:00', end: '07:30' });
    expect(slots.map((s) => s.start)).toContain('11:00');
    expect(slots.map((s) => s.start)).not.toContain('11:30');
    expect(slots.map((s) => s.start)).toContain('13:30');
    expect(slots.at(-1)).toEqual({ start: '16:30', end: '17:00' });
    expect(slots).toHaveLength(9 + 7);
    expect(daySlots('2026-11-30', hours, 45).map((s) => s.start).slice(-2)).toEqual(['15:00', '15:45']);
  });

  it('offers nothing on closed weekdays and holidays, and everything around the clock without hours', () => {
    expect(daySlots('2026-11-29', hours, 30)).toEqual([]);
    expect(daySlots('2026-12-02', hours, 30)).toEqual([]);
    expect(daySlots('2026-11-29', null, 30)).toHaveLength(48);
    expect(daySlots('2026-11-29', null, 30).at(-1)).toEqual({ start: '23:30', end: '24:00' });
  });

  it('opens booking for today and the next 6 working days', () => {
    expect(bookableDays('2026-11-30', hours, 6)).toEqual(['2026-11-30', '2026-12-01', '2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08', '2026-12-09']);
    expect(bookableDays('2026-11-29', hours, 6)[0]).toBe('2026-11-30');
    expect(bookableDays('2026-11-29', null, 6)).toHaveLength(7);
  });

  it('refuses a slot not offered, and one already begun', () => {
    const req = { day: '2026-11-30', start: '09:00', startAt: 1000, now: 0, today: '2026-11-30' };
    expect(assertSlotOffered(req, hours, { slotMinutes: 30, capacity: 2 }, DEFAULT_RULES)).toEqual({ start: '09:00', end: '09:30' });
    expect(code(() => assertSlotOffered({ ...req, start: '12:00' }, hours, { slotMinutes: 30, capacity: 2 }, DEFAULT_RULES))).toBe('no_such_slot');
    expect(code(() => assertSlotOffered({ ...req, day: '2026-12-20' }, hours, { slotMinutes: 30, capacity: 2 }, DEFAULT_RULES))).toBe('no_such_slot');
    expect(code(() => assertSlotOffered({ ...req, now: 1000 }, hours, { slotMinutes: 30, capacity: 2 }, DEFAULT_RULES))).toBe('slot_passed');
  });
});

describe('limits', () => {
  it('allows 2 bookings a day per ID number and 1 per service', () => {
    expect(code(() => assertUnderLimits({ sameDay: 1, sameService: 0 }, DEFAULT_RULES))).toBe('ok');
    expect(code(() => assertUnderLimits({ sameDay: 1, sameService: 1 }, DEFAULT_RULES))).toBe('booking_limit_reached');
    expect(code(() => assertUnderLimits({ sameDay: 2, sameService: 0 }, DEFAULT_RULES))).toBe('booking_limit_reached');
    expect(code(() => assertUnderLimits({ sameDay: 2, sameService: 0 }, { ...DEFAULT_RULES, perPersonPerDay: 3 }))).toBe('ok');
  });

  it('fills a slot to its capacity', () => {
    expect(code(() => assertRoomInSlot(1, { slotMinutes: 30, capacity: 2 }, '09:00'))).toBe('ok');
    expect(code(() => assertRoomInSlot(2, { slotMinutes: 30, capacity: 2 }, '09:00'))).toBe('slot_full');
  });
});

describe('check-in window', () => {
  const start = Date.parse('2026-11-30T02:00:00Z');
  const min = 60_000;
  it('opens 30 minutes before the slot and closes 15 minutes after its start', () => {
    expect(checkInOutcome(start, start - 31 * min, DEFAULT_RULES)).toEqual({ ok: false, why: 'too_early', from: start - 30 * min });
    expect(checkInOutcome(start, start - 30 * min, DEFAULT_RULES)).toEqual({ ok: true });
    expect(checkInOutcome(start, start + 15 * min, DEFAULT_RULES)).toEqual({ ok: true });
    expect(checkInOutcome(start, start + 16 * min, DEFAULT_RULES)).toEqual({ ok: false, why: 'too_late' });
  });
});

describe('citizen ID number (CCCD) and phone', () => {
  it('knows the 63 province codes', () => {
    expect(Object.keys(PROVINCE_CODES)).toHaveLength(63);
    expect(PROVINCE_CODES['082']).toBe('Tiền Giang');
  });

  it('takes 12 digits starting with a province code', () => {
    expect(checkIdNumber('082 195 012345')).toBe('082195012345');
    expect(code(() => checkIdNumber('08219501234'))).toBe('bad_id_number');
    expect(code(() => checkIdNumber('08219501234A'))).toBe('bad_id_number');
    expect(code(() => checkIdNumber('003195012345'))).toBe('bad_id_number');
    expect(code(() => checkIdNumber('097195012345'))).toBe('bad_id_number');
  });

  it('says what is wrong in Vietnamese', () => {
    try {
      checkIdNumber('12345');
    } catch (e) {
      expect((e as DomainError).vi).toBe('Số định danh cá nhân (CCCD) gồm 12 chữ số; số vừa nhập có 5 chữ số.');
    }
  });

  it('takes a Vietnamese mobile number in its usual spellings', () => {
    expect(checkPhone('0912 345 678')).toBe('0912345678');
    expect(checkPhone('+84 912.345.678')).toBe('0912345678');
    expect(code(() => checkPhone('0212345678'))).toBe('bad_phone');
    expect(code(() => checkPhone('091234567'))).toBe('bad_phone');
  });
});

describe('booking figures', () => {
  it('counts bookings by outcome and measures the wait from the slot start to the call', () => {
    const start = Date.parse('2026-11-30T02:00:00Z');
    const f = bookingFigures([
      { day: '2026-11-30', serviceId: 1, status: 'checked_in', startAt: start, calledAt: start + 90_000 },
      { day: '2026-11-30', serviceId: 1, status: 'checked_in', startAt: start, calledAt: start - 60_000 },
      { day: '2026-11-30', serviceId: 1, status: 'checked_in', startAt: start, calledAt: null },
      { day: '2026-11-30', serviceId: 1, status: 'no_show', startAt: start, calledAt: null },
      { day: '2026-11-30', serviceId: 1, status: 'cancelled', startAt: start, calledAt: null },
    ]);
    expect(f).toEqual({ booked: 5, cancelled: 1, checkedIn: 3, noShow: 1, waitsFromSlot: [90, 0] });
  });
});
