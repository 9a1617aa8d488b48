import { describe, expect, it } from 'vitest';
import type { DomainError } from './errors.ts';
import { assertIssuingOpen, describeOpening, issuingState } from './business-hours.ts';

const TZ = 'Asia/Ho_Chi_Minh';
const WEEKDAYS = { days: [1, 2, 3, 4, 5], opens: '07:00', closes: '17:00' };

describe('issuing hours', () => {
  it('is always open without business hours', () => {
    expect(issuingState(new Date('2026-11-29T20:00:00Z'), TZ, undefined)).toEqual({ open: true, opensAt: null });
  });

  it('is open from opening time up to (not including) closing time, in the center time zone', () => {
    expect(issuingState(new Date('2026-11-27T00:00:00Z'), TZ, WEEKDAYS).open).toBe(true); // Fri 07:00
    expect(issuingState(new Date('2026-11-27T09:59:00Z'), TZ, WEEKDAYS).open).toBe(true); // Fri 16:59
    expect(issuingState(new Date('2026-11-27T10:00:00Z'), TZ, WEEKDAYS).open).toBe(false); // Fri 17:00
  });

  it('says when issuing opens next: later today, tomorrow, or after the weekend', () => {
    expect(issuingState(new Date('2026-11-26T23:30:00Z'), TZ, WEEKDAYS).opensAt?.toISOString()).toBe('2026-11-27T00:00:00.000Z'); // Fri 06:30
    expect(issuingState(new Date('2026-11-26T12:00:00Z'), TZ, WEEKDAYS).opensAt?.toISOString()).toBe('2026-11-27T00:00:00.000Z'); // Thu 19:00
    expect(issuingState(new Date('2026-11-27T18:00:00Z'), TZ, WEEKDAYS).opensAt?.toISOString()).toBe('2026-11-30T00:00:00.000Z'); // Sat 01:00
  });

  it('closes between the windows of a day and on holidays', () => {
    const hours = { ...WEEKDAYS, windows: [{ opens: '07:00', closes: '11:30' }, { opens: '13:30', closes: '17:00' }], holidays: ['2026-11-30'] };
    expect(issuingState(new Date('2026-11-27T04:29:00Z'), TZ, hours).open).toBe(true); // Fri 11:29
    const lunch = issuingState(new Date('2026-11-27T05:00:00Z'), TZ, hours); // Fri 12:00
    expect(lunch).toEqual({ open: false, opensAt: new Date('2026-11-27T06:30:00Z') });
    expect(issuingState(new Date('2026-11-27T06:30:00Z'), TZ, hours).open).toBe(true); // Fri 13:30
    // Monday 30/11 is a holiday: after Friday's close, Tuesday 07:00
    expect(issuingState(new Date('2026-11-27T10:00:00Z'), TZ, hours).opensAt?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('finds the opening instant in a zone with daylight saving time', () => {
    const hours = { days: [1], opens: '09:00', closes: '12:00' };
    // Sunday 29 March 2026 in Berlin: clocks go from 02:00 to 03:00; Monday opens at 09:00 CEST (07:00 UTC).
    expect(issuingState(new Date('2026-03-29T12:00:00Z'), 'Europe/Berlin', hours).opensAt?.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('refuses in both languages with the opening time', () => {
    expect(describeOpening(new Date('2026-11-30T00:00:00Z'), TZ)).toEqual({ vi: '07:00 thứ Hai 30/11', en: '07:00 on Monday 30/11' });
    const refusal = (() => {
      try {
        assertIssuingOpen(new Date('2026-11-28T03:00:00Z'), TZ, WEEKDAYS);
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('issuing was open');
    })();
    expect(refusal.message).toBe('Ticket issuing is closed; it opens again at 07:00 on Monday 30/11.');
    expect(refusal.vi).toBe('Đã hết giờ lấy số. Mời quay lại lúc 07:00 thứ Hai 30/11.');
  });
});
