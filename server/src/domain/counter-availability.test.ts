import { describe, expect, it } from 'vitest';
import { departmentDowntime, finishAt, pausesOf, usualPauseMs, type PastPause } from './counter-availability.ts';

const MIN = 60_000;
const DAY = 0;
const at = (hh: number, mm = 0) => DAY + (hh * 60 + mm) * MIN;
const LUNCH = { from: 11 * 60, until: 13 * 60 + 30, minutes: 60 };

describe('finishAt', () => {
  it('adds the work when no downtime is in the way', () => {
    expect(finishAt(at(9), 10 * MIN, [])).toBe(at(9, 10));
    expect(finishAt(at(9), 10 * MIN, [{ from: at(11), until: at(12), lostMs: 60 * MIN }])).toBe(at(9, 10));
  });

  it('waits out a pause that takes all the time, and calls at its end', () => {
    const pause = [{ from: at(9), until: at(9, 30), lostMs: 30 * MIN }];
    expect(finishAt(at(9), 0, pause)).toBe(at(9, 30));
    expect(finishAt(at(8, 50), 20 * MIN, pause)).toBe(at(9, 40));
  });

  it('goes slower through a downtime by the share of it lost', () => {
    // 60 minutes lost in 150: 60 % of the time is left, so 6 minutes of work take 10
    const turns = [{ from: at(11), until: at(13, 30), lostMs: 60 * MIN }];
    expect(finishAt(at(11), 6 * MIN, turns)).toBe(at(11, 10));
    // 2 minutes before the turns, then 4 minutes at 60 %
    expect(finishAt(at(10, 58), 6 * MIN, turns)).toBeCloseTo(at(11, 0) + (4 * MIN) / 0.6);
    // past the end at full pace again: 150 min × 0.6 = 90 min of work inside, 10 after
    expect(finishAt(at(11), 100 * MIN, turns)).toBe(at(13, 40));
  });
});

describe('the pauses of a counter', () => {
  it('reads pauses from the audit events: each ends at the next change of its counter', () => {
    const pauses = pausesOf([
      { counterId: 1, action: 'open', at: at(7), reason: null },
      { counterId: 1, action: 'pause', at: at(11), reason: 'lunch' },
      { counterId: 2, action: 'pause', at: at(11, 10), reason: 'paperwork' },
      { counterId: 1, action: 'resume', at: at(12), reason: null },
    ]);
    expect(pauses).toEqual([
      { counterId: 1, reason: 'lunch', from: at(11), until: at(12) },
      { counterId: 2, reason: 'other', from: at(11, 10), until: null },
    ]);
  });

  it('takes the usual length of a kind of pause from today, else the lunch turns or a default', () => {
    const today: PastPause[] = [{ counterId: 1, reason: 'lunch', from: at(11), until: at(11, 50) }, { counterId: 2, reason: 'lunch', from: at(11), until: null }];
    expect(usualPauseMs('lunch', today, LUNCH)).toBe(50 * MIN);
    expect(usualPauseMs('lunch', [], { ...LUNCH, minutes: 45 })).toBe(45 * MIN);
    expect(usualPauseMs('other', today, LUNCH)).toBe(10 * MIN);
  });
});

describe('departmentDowntime', () => {
  const open = (counterId: number) => ({ counterId, paused: null });

  it('has a paused counter back after the usual pause, at least a quarter of it when overrun', () => {
    expect(departmentDowntime([{ counterId: 1, paused: { reason: 'meeting', since: at(9) } }], at(9, 10), DAY, [], null).get(1))
      .toEqual([{ from: at(9, 10), until: at(9, 30), lostMs: 20 * MIN }]);
    expect(departmentDowntime([{ counterId: 1, paused: { reason: 'other', since: at(9) } }], at(10), DAY, [], null).get(1))
      .toEqual([{ from: at(10), until: at(10, 2.5), lostMs: 2.5 * MIN }]);
  });

  it('puts the lunches in turns evenly through the window, each counter losing its share of every turn', () => {
    // three counters: turns at 11:00, 11:45 and 12:30, an hour each; each counter loses a third of each
    const downtime = departmentDowntime([open(1), open(2), open(3)], at(9), DAY, [], LUNCH);
    expect(downtime.get(1)).toEqual(downtime.get(3));
    const lost = downtime.get(1)!.reduce((sum, d) => sum + d.lostMs, 0);
    expect(lost).toBeCloseTo(60 * MIN);
    expect(downtime.get(1)![0]).toEqual({ from: at(11), until: at(11, 45), lostMs: 15 * MIN });
    expect(downtime.get(1)!.at(-1)).toEqual({ from: at(12, 45), until: at(13, 30), lostMs: 15 * MIN });
  });

  it('gives the turns already taken to the counters that lunched, the next ones to the others', () => {
    const had: PastPause[] = [{ counterId: 1, reason: 'lunch', from: at(11), until: at(12) }];
    // counter 2 is at lunch since 11:45 (the second turn): counter 3 takes the third, at 12:30
    const downtime = departmentDowntime([open(1), { counterId: 2, paused: { reason: 'lunch', since: at(11, 45) } }, open(3)], at(12, 10), DAY, [...had, { counterId: 2, reason: 'lunch', from: at(11, 45), until: null }], LUNCH);
    expect(downtime.get(1)).toEqual([]);
    expect(downtime.get(2)).toEqual([{ from: at(12, 10), until: at(12, 45), lostMs: 35 * MIN }]);
    expect(downtime.get(3)).toEqual([{ from: at(12, 30), until: at(13, 30), lostMs: 60 * MIN }]);
  });

  it('counts no lunch after the window, nor without lunch turns', () => {
    expect(departmentDowntime([open(1)], at(14), DAY, [], LUNCH).get(1)).toEqual([]);
    expect(departmentDowntime([open(1)], at(9), DAY, [], null).get(1)).toEqual([]);
  });
});
