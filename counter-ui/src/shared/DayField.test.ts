import { describe, expect, it } from 'vitest';
import { parseDay } from './DayField.tsx';

describe('parseDay', () => {
  it('reads a Vietnamese day/month/year into an ISO day', () => {
    expect(parseDay('29/11/2026')).toBe('2026-11-29');
    expect(parseDay(' 1/2/2026 ')).toBe('2026-02-01');
    expect(parseDay('01.02.2026')).toBe('2026-02-01');
  });

  it('refuses what is not a real day, or not in that order', () => {
    expect(parseDay('31/02/2026')).toBeNull();
    expect(parseDay('2026-11-29')).toBeNull();
    expect(parseDay('11/29/2026')).toBeNull();
    expect(parseDay('')).toBeNull();
  });
});
