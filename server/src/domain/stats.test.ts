import { describe, expect, it } from 'vitest';
import { figures, percentile, type TicketFact } from './stats.ts';

describe('percentile (nearest rank)', () => {
  it('picks the value at rank ceil(p·n)', () => {
    const v = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(v, 50)).toBe(50);
    expect(percentile(v, 90)).toBe(90);
    expect(percentile(v, 100)).toBe(100);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('figures', () => {
  const base = { departmentId: 1, serviceId: 1, original: true, servingAt: null, rating: null, ratingScale: 4 as const, ratingByOfficer: false };
  const facts: TicketFact[] = [
    { ...base, status: 'done', queuedAt: 0, calledAt: 60_000, finishedAt: 360_000, rating: 4 },
    { ...base, status: 'done', queuedAt: 0, calledAt: 120_000, finishedAt: 220_000, rating: 1 },
    { ...base, status: 'no_show', queuedAt: 0, calledAt: 600_000, finishedAt: 700_000 },
    { ...base, status: 'waiting', queuedAt: 0, calledAt: null, finishedAt: null },
    { ...base, status: 'waiting', original: false, queuedAt: 0, calledAt: null, finishedAt: null },
  ];

  it('counts, takes wait and service percentiles in seconds, and tallies ratings', () => {
    expect(figures(facts)).toEqual({
      issued: 4, served: 2, noShow: 1, transferred: 0, expired: 0,
      waitP50: 120, waitP90: 600, waitMax: 600, serviceP50: 100, serviceP90: 300,
      ratings: { 1: 1, 2: 0, 3: 0, 4: 1 },
    });
  });
});
