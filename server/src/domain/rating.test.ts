import { RATING_WINDOW_MINUTES } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { assertCanRate, stillAsking, type RatedTicket } from './rating.ts';

const done: RatedTicket = { number: 1001, status: 'done', counterId: 3 };

describe('whether a ticket can be rated', () => {
  it('is rated once, when done, at the counter that served it', () => {
    expect(() => assertCanRate(done, 3, false, '3')).not.toThrow();
  });

  it('refuses another counter, or nowhere', () => {
    expect(() => assertCanRate(done, 4, false, '3')).toThrow(expect.objectContaining({ code: 'not_at_counter' }));
    expect(() => assertCanRate(done, undefined, false, '3')).toThrow(expect.objectContaining({ code: 'not_at_counter' }));
    expect(() => assertCanRate({ ...done, counterId: null }, 3, false, '?')).toThrow(expect.objectContaining({ code: 'not_at_counter' }));
  });

  it('refuses a ticket not finished, then a second rating', () => {
    expect(() => assertCanRate({ ...done, status: 'serving' }, 3, false, '3')).toThrow(expect.objectContaining({ code: 'not_finished' }));
    expect(() => assertCanRate(done, 3, true, '3')).toThrow(expect.objectContaining({ code: 'already_rated' }));
  });
});

describe('whether the tablet still asks', () => {
  const finishedAt = Date.parse('2026-03-02T09:00:00Z');
  const after = (minutes: number) => new Date(finishedAt + minutes * 60_000);

  it('asks within the window while not rated', () => {
    expect(stillAsking({ finishedAt, rated: false }, after(RATING_WINDOW_MINUTES - 1))).toBe(true);
    expect(stillAsking({ finishedAt, rated: true }, after(1))).toBe(false);
  });

  it('stops at the end of the window', () => {
    expect(stillAsking({ finishedAt, rated: false }, after(RATING_WINDOW_MINUTES))).toBe(false);
  });
});
