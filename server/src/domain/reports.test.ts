import { describe, expect, it } from 'vitest';
import { byHour, reportFigures, satisfactionIndex, type ReportFact } from './reports.ts';

describe('satisfaction index', () => {
  it('maps the mean rating to 0–100 with one decimal', () => {
    expect(satisfactionIndex({ 1: 0, 2: 0, 3: 0, 4: 3 })).toBe(100);
    expect(satisfactionIndex({ 1: 2, 2: 0, 3: 0, 4: 0 })).toBe(0);
    expect(satisfactionIndex({ 1: 0, 2: 1, 3: 0, 4: 1 })).toBe(66.7);
    expect(satisfactionIndex({ 1: 0, 2: 0, 3: 0, 4: 0 })).toBeNull();
  });
});

describe('report figures', () => {
  const base: ReportFact = {
    ticketId: 1, departmentId: 1, serviceId: 1, status: 'done', original: true, issuedAt: 0, queuedAt: 0, calledAt: null, servingAt: null,
    finishedAt: null, counterId: 1, officerId: 1, targetWaitMinutes: 10, rating: null, procedureCode: null, kind: null,
  };
  it('counts the share of served tickets called within their target, the target included', () => {
    const facts: ReportFact[] = [
      { ...base, calledAt: 600_000, finishedAt: 700_000 }, // exactly 10 min: within
      { ...base, calledAt: 601_000, finishedAt: 700_000 }, // over
      { ...base, status: 'no_show', calledAt: 60_000, finishedAt: 70_000 }, // not served: not counted
    ];
    expect(reportFigures(facts)).toMatchObject({ called: 3, served: 2, withinTarget: 0.5 });
    expect(reportFigures([]).withinTarget).toBeNull();
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
