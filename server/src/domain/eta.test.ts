import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_SECONDS, estimateWaitMinutes } from './eta.ts';

describe('estimateWaitMinutes', () => {
  it('is 0 for the next in line', () => {
    expect(estimateWaitMinutes({ ahead: 0, recentServiceSeconds: [600], countersServing: 1 })).toBe(0);
  });

  it('uses the recent service rate and the open counters', () => {
    // 6 ahead × 240 s / 3 counters = 480 s = 8 min
    expect(estimateWaitMinutes({ ahead: 6, recentServiceSeconds: [180, 300], countersServing: 3 })).toBe(8);
  });

  it('assumes a default service time before any service today, and one counter when none is open', () => {
    expect(estimateWaitMinutes({ ahead: 2, recentServiceSeconds: [], countersServing: 0 })).toBe(Math.ceil((2 * DEFAULT_SERVICE_SECONDS) / 60));
  });
});
