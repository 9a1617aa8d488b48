import { describe, expect, it } from 'vitest';
import { parseTime } from './TimeField.tsx';

describe('parseTime', () => {
  it('reads a time on the 24-hour clock into HH:MM', () => {
    expect(parseTime('7:30')).toBe('07:30');
    expect(parseTime(' 17:05 ')).toBe('17:05');
    expect(parseTime('7h30')).toBe('07:30');
    expect(parseTime('0730')).toBe('07:30');
    expect(parseTime('00:00')).toBe('00:00');
  });

  it('refuses what is no time of day, and the 12-hour clock', () => {
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('7:60')).toBeNull();
    expect(parseTime('7:5')).toBeNull();
    expect(parseTime('7:30 PM')).toBeNull();
    expect(parseTime('')).toBeNull();
  });
});
