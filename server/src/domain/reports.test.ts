import { describe, expect, it } from 'vitest';
import { byHour, reportFigures, satisfactionIndex, type ReportFact } from './reports.ts';

describe('satisfaction index', () => {
  const four = (...scores: number[]) => scores.map((score) => ({ score, scale: 4 as const }));
  it('maps the mean rating to 0–100 with one decimal', () => {
    expect(satisfactionIndex(four(4, 4, 4))).toBe(100);
    expect(satisfactionIndex(four(1, 1))).toBe(0);
    expect(satisfactionIndex(four(2, 4))).toBe(66.7);
    expect(satisfactionIndex([])).toBeNull();
  });

  it('reads each rating on its own scale: 5 of 5 and 4 of 4 are both the top', () => {
    expect(satisfactionIndex([{ score: 5, scale: 5 }, { score: 4, scale: 4 }])).toBe(100);
    expect(satisfactionIndex([{ score: 3, scale: 5 }])).toBe(50);
  });
});

describe('report figures', () => {
  const base: ReportFact = {
    ticketId: 1, departmentId: 1, serviceId: 1, status: 'done', original: true, issuedAt: 0, queuedAt: 0, calledAt: null, servingAt: null,
    finishedAt: null, counterId: 1, officerId: 1, targetWaitMinutes: 10, rating: null, ratingScale: 4, ratingByOfficer: false, procedureCode: null, kind: null,
  };
  it('counts the share of served tickets called within their target, the target included', () => {
    const facts: ReportFact[] = [
      { ...base, calledAt: 600_000, finishedAt: 700_000 }, // exactly 10 min: within
      { ...base, calledAt: 601_000, finishedAt: 700_000 }, // over
      { ...base, status: 'no_show', calledAt: 60_000, finishedAt: 70_000 }, // not served: not counted
    ];
    expect(reportFigures(facts, { officerRatingsInIndex: false })).toMatchObject({ called: 3, served: 2, withinTarget: 0.5 });
    expect(reportFigures([], { officerRatingsInIndex: false }).withinTarget).toBeNull();
  });

  it('buckets arrivals by the hour of issue and waits by the hour of joining the line, in the time zone', () => {
    const nine = Date.parse('2026-11-27T02:10:00Z'); // 09:10 in Asia/Ho_Chi_Minh
    const hours = byHour([
      { ...base, issuedAt: nine, queuedAt: nine, calledAt: nine + 120_000 },
      { ...base, original: false, issuedAt: nine - 3_600_000, queuedAt: nine, calledAt: nine + 240_000 },
    ], 'Asia/Ho_Chi_Minh');
    expect(hours).toHaveLength(24);
    expect(hours[9]).toEqual({ hour: 9, arrivals: 1, waitP50: 120, waitP90: 240 });
    expect(hours[8]!.arrivals).toBe(0);
  });
});

describe('ratings in the report', () => {
  const fact = (rating: number, ratingScale: 4 | 5, ratingByOfficer: boolean): ReportFact => ({
    ticketId: 1, departmentId: 1, serviceId: 1, status: 'done', original: true, issuedAt: 0, queuedAt: 0, calledAt: 1, servingAt: null, finishedAt: 2,
    counterId: 1, officerId: 1, targetWaitMinutes: 10, rating, ratingScale, ratingByOfficer, procedureCode: null, kind: null,
  });
  it('counts who entered them, and leaves the officers\' out of the index unless the center counts them', () => {
    const facts = [fact(1, 4, false), fact(4, 4, true), fact(4, 4, true), fact(5, 5, false)];
    expect(reportFigures(facts, { officerRatingsInIndex: false })).toMatchObject({
      ratingsByCitizens: 2, ratingsByOfficers: 2, satisfaction: 50, ratings: { 1: 1, 4: 2 }, ratingsFive: { 5: 1, 1: 0 },
    });
    expect(reportFigures(facts, { officerRatingsInIndex: true }).satisfaction).toBe(75);
  });
});
