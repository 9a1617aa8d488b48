import { describe, expect, it } from 'vitest';
import { parseDay, rangeProblem } from './DayField.tsx';

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

describe('rangeProblem', () => {
  it('names the field that holds no real day, in both languages', () => {
    expect(rangeProblem({ from: '2026-11-01', to: '2026-11-30' })).toBeNull();
    expect(rangeProblem({ from: '', to: '2026-11-30' })).toEqual({
      vi: 'Ô “Từ ngày” không phải một ngày có thật. Nhập theo ngày/tháng/năm, ví dụ 30/11/2026.',
      en: '“From” is not a real day. Type it as day/month/year, e.g. 30/11/2026.',
    });
    expect(rangeProblem({ from: '2026-11-01', to: '' })?.vi).toMatch(/^Ô “Đến ngày”/);
  });
});
