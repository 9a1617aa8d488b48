import { describe, expect, it } from 'vitest';
import { businessDay, dayStart, hourOfDay, nextDay } from './business-day.ts';

const TZ = 'Asia/Ho_Chi_Minh';

describe('businessDay', () => {
  it('turns at midnight in the center time zone, not in UTC', () => {
    // 23:59 and 00:00 in Hồ Chí Minh City (UTC+7) are 16:59 and 17:00 UTC of the same UTC day
    expect(businessDay(new Date('2026-11-27T16:59:59Z'), TZ)).toBe('2026-11-27');
    expect(businessDay(new Date('2026-11-27T17:00:00Z'), TZ)).toBe('2026-11-28');
  });

  it('reads the hour of day in the center time zone', () => {
    expect(hourOfDay(new Date('2026-11-27T00:30:00Z'), TZ)).toBe(7);
  });
});

describe('dayStart', () => {
  it('is local midnight of the day in the zone, also across a change of offset', () => {
    expect(dayStart('2026-11-27', 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-11-26T17:00:00.000Z');
    expect(dayStart('2026-03-29', 'Europe/Paris').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(dayStart('2026-03-30', 'Europe/Paris').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(businessDay(dayStart('2026-11-27', 'Asia/Ho_Chi_Minh'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-27');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
