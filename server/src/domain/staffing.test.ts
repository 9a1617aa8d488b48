import { describe, expect, it } from 'vitest';
import { countersNeeded, countersOpenByHour, countersToClear, meanStaffingHours, staffingDay, erlangC, forecastArrivals, sameWeekdays, shareWaitingLonger, staffingHours } from './staffing.ts';

describe('erlangC', () => {
  it('matches known values of the Erlang C formula', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 6);
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 6);
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 6);
    expect(erlangC(2, 2)).toBe(1);
  });
});

describe('countersNeeded', () => {
  it('adds counters until the p90 wait is under the target', () => {
    // 30 an hour at 6 minutes each is 3 erlangs: 3 counters can never keep up
    const needed = countersNeeded({ arrivalsPerHour: 30, meanServiceSeconds: 360, targetSeconds: 15 * 60 });
    expect(needed).toBeGreaterThan(3);
    expect(shareWaitingLonger(needed, 30, 360, 15 * 60)).toBeLessThanOrEqual(0.1);
    expect(shareWaitingLonger(needed - 1, 30, 360, 15 * 60)).toBeGreaterThan(0.1);
  });

  it('asks for none when nobody comes, and more for a stricter target', () => {
    expect(countersNeeded({ arrivalsPerHour: 0, meanServiceSeconds: 300, targetSeconds: 600 })).toBe(0);
    const loose = countersNeeded({ arrivalsPerHour: 40, meanServiceSeconds: 300, targetSeconds: 30 * 60 });
    const strict = countersNeeded({ arrivalsPerHour: 40, meanServiceSeconds: 300, targetSeconds: 60 });
    expect(strict).toBeGreaterThan(loose);
  });
});

describe('forecastArrivals', () => {
  const day = (peak: number) => Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 17 ? (h === 14 ? peak : 10) : 0));

  it('takes the mean of the same weekday, and today\'s own counts for the hours past', () => {
    const forecast = forecastArrivals([day(20), day(40)], day(0), 7);
    expect(forecast[14]).toBe(30);
    expect(forecast[6]).toBe(0);
  });

  it('scales the hours ahead by how busy today is so far, within bounds', () => {
    const busy = Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 9 ? 15 : 0));
    const forecast = forecastArrivals([day(20)], busy, 9);
    expect(forecast[8]).toBe(15);
    expect(forecast[14]).toBe(30);
    const wild = Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 9 ? 100 : 0));
    expect(forecastArrivals([day(20)], wild, 9)[14]).toBe(40);
  });
});

describe('staffingHours', () => {
  const day = (n: number) => Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 17 ? n : 0));

  it('gives the counters needed hour by hour from now, more where more citizens are expected', () => {
    const history = [day(10).map((n, h) => (h === 14 ? 40 : n))];
    const plan = staffingHours(history, day(10).map((n, h) => (h < 9 ? n : 0)), 9, 360, 15 * 60, 6);
    expect(plan.map((p) => p.hour)).toEqual([9, 10, 11, 12, 13, 14]);
    expect(plan[5]!.arrivals).toBe(40);
    expect(plan[5]!.countersNeeded).toBeGreaterThan(plan[0]!.countersNeeded);
    expect(plan[5]!.countersNeeded).toBe(countersNeeded({ arrivalsPerHour: 40, meanServiceSeconds: 360, targetSeconds: 15 * 60 }));
  });

  it('counts the hour under way at no less than it already brought, and stops at midnight', () => {
    const today = day(0);
    today[22] = 25;
    const plan = staffingHours([day(0)], today, 22, 300, 600, 6);
    expect(plan.map((p) => p.hour)).toEqual([22, 23]);
    expect(plan[0]!.arrivals).toBe(25);
    expect(plan[1]!.countersNeeded).toBe(0);
  });

  it('asks now for the counters that call those already waiting within the target, beside the arrivals', () => {
    // the review's case: 8 waiting in Justice, 2 counters open, few arrivals expected
    const quiet = day(2);
    const plan = staffingHours([quiet], quiet.map((n, h) => (h < 10 ? n : 0)), 10, 300, 20 * 60, 3, 8);
    const forArrivals = countersNeeded({ arrivalsPerHour: 2, meanServiceSeconds: 300, targetSeconds: 20 * 60 });
    expect(countersToClear(8, 300, 20 * 60)).toBe(2);
    expect(plan[0]!.countersNeeded).toBe(forArrivals + 2);
    expect(plan[1]!.countersNeeded).toBe(forArrivals); // the line is cleared by then
    expect(countersToClear(0, 300, 1200)).toBe(0);
    expect(countersToClear(3, 600, 60)).toBe(3); // a target shorter than one service: one counter per citizen
  });

  it('takes the same weekday of the weeks before', () => {
    expect(sameWeekdays('2026-11-27', 3)).toEqual(['2026-11-20', '2026-11-13', '2026-11-06']);
  });
});

describe('staffing in reports', () => {
  const H = 3_600_000;
  it('counts the counters open through each hour by department: pauses out, a counter still open counts until the end', () => {
    const open = countersOpenByHour([
      { counterId: 1, action: 'open', at: 7.5 * H }, { counterId: 1, action: 'pause', at: 8.25 * H }, { counterId: 1, action: 'resume', at: 8.75 * H },
      { counterId: 2, action: 'open', at: 8 * H }, { counterId: 1, action: 'close', at: 9 * H }, { counterId: 3, action: 'open', at: 8 * H },
    ], 0, 9.5 * H, (id) => (id === 3 ? undefined : 10));
    expect(open.get(10)!.slice(7, 10)).toEqual([0.5, 1.5, 0.5]);
    expect(open.size).toBe(1);
  });

  it('sets the forecast made before the day (the history alone) beside the arrivals and the counters open, and averages days', () => {
    const history = [hoursWith({ 9: 30 }), hoursWith({ 9: 10 })];
    const day = staffingDay(history, hoursWith({ 9: 12 }), hoursWith({ 9: 2 }), 300, 900);
    expect(day[9]).toEqual({ hour: 9, arrivals: 12, forecastArrivals: 20, countersNeeded: countersNeeded({ arrivalsPerHour: 20, meanServiceSeconds: 300, targetSeconds: 900 }), countersOpen: 2 });
    expect(day[8]).toEqual({ hour: 8, arrivals: 0, forecastArrivals: 0, countersNeeded: 0, countersOpen: 0 });
    const other = staffingDay([], hoursWith({ 9: 5 }), hoursWith({ 9: 1 }), 300, 900);
    expect(meanStaffingHours([day, other], [9])).toEqual([{ hour: 9, arrivals: 8.5, forecastArrivals: 10, countersNeeded: day[9]!.countersNeeded / 2, countersOpen: 1.5 }]);
  });
});

function hoursWith(counts: Record<number, number>): number[] {
  return Array.from({ length: 24 }, (_, h) => counts[h] ?? 0);
}
