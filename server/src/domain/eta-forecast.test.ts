import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './call-policy.ts';
import { forecastCalls, forecastSlots, overheadSeconds, remainingSeconds, serviceTimeStats, type ForecastInput, type OpenCounter, type PastCall, type WaitingTicket } from './eta-forecast.ts';

const now = Date.parse('2026-11-27T02:00:00Z');
const MIN = 60_000;
const ticket = (id: number, serviceId: number, waitedMin: number, priority: WaitingTicket['priority'] = null): WaitingTicket => ({ id, serviceId, priority, arrivalAt: now - waitedMin * MIN, targetCounterId: null });
const counter = (id: number, serviceIds: number[], inHand: OpenCounter['inHand'] = null): OpenCounter => ({ id, services: serviceIds.map((serviceId) => ({ serviceId, weight: 1 })), priorityStreak: 0, inHand });
const input = (waiting: WaitingTicket[], counters: OpenCounter[], extra: Partial<ForecastInput> = {}): ForecastInput => ({
  now, waiting, counters, policy: DEFAULT_POLICY, serviceMs: new Map([[1, 5 * MIN], [2, 10 * MIN]]), defaultServiceMs: 5 * MIN, spread: 0.5, ...extra,
});
const minutes = (ms: number | undefined) => (ms === undefined ? undefined : ms / MIN);

describe('forecastCalls', () => {
  it('calls a line in turn on an idle counter: 0, 5 and 10 minutes at 5 minutes a ticket', () => {
    const { tickets } = forecastCalls(input([ticket(1, 1, 3), ticket(2, 1, 2), ticket(3, 1, 1)], [counter(1, [1])]));
    expect([1, 2, 3].map((id) => minutes(tickets.get(id)?.waitMs))).toEqual([0, 5, 10]);
  });

  it('calls a checked-in appointment at its slot start, then ahead of older normal tickets', () => {
    const booked = (id: number, startInMin: number): WaitingTicket => ({ ...ticket(id, 1, 1), appointmentAt: now + startInMin * MIN });
    const soon = forecastCalls(input([booked(1, 7)], [counter(1, [1])])).tickets;
    expect(minutes(soon.get(1)?.waitMs)).toBe(7);
    const due = forecastCalls(input([ticket(1, 1, 30), ticket(2, 1, 20), booked(3, 0)], [counter(1, [1])])).tickets;
    expect([3, 1, 2].map((id) => minutes(due.get(id)?.waitMs))).toEqual([0, 5, 10]);
  });

  it('waits for the ticket in hand to finish first', () => {
    const { tickets } = forecastCalls(input([ticket(1, 1, 3)], [counter(1, [1], { serviceId: 1, since: now - 2 * MIN })]));
    expect(minutes(tickets.get(1)?.waitMs)).toBe(3);
  });

  it('counts the tickets of the other services the same counters serve', () => {
    // The old estimate looked at service 2's own line only (nobody ahead: 0 min).
    const { tickets } = forecastCalls(input([ticket(1, 1, 10), ticket(2, 1, 9), ticket(3, 2, 5)], [counter(1, [1, 2])]));
    expect(minutes(tickets.get(3)?.waitMs)).toBe(10);
  });

  it('puts declared priority tickets first, by the same interleave as the real policy', () => {
    const waiting = [ticket(1, 1, 30), ticket(2, 1, 20), ticket(3, 1, 2, 'elderly'), ticket(4, 1, 1, 'pregnant'), ticket(5, 1, 0, 'merit')];
    const { tickets } = forecastCalls(input(waiting, [counter(1, [1])]));
    // priority, priority, normal (interleave), priority, normal
    expect([3, 4, 1, 5, 2].map((id) => minutes(tickets.get(id)?.waitMs))).toEqual([0, 5, 10, 15, 20]);
  });

  it('adds the priority tickets expected to arrive and overtake', () => {
    const waiting = Array.from({ length: 6 }, (_, i) => ticket(i + 1, 1, 10 - i));
    const without = forecastCalls(input(waiting, [counter(1, [1])])).tickets.get(6)!.waitMs;
    const withArrivals = forecastCalls(input(waiting, [counter(1, [1])], { arrivalsPerHour: new Map([[1, { normal: 30, priority: 6 }]]) })).tickets.get(6)!.waitMs;
    expect(minutes(without)).toBe(25);
    // at 5 minutes a ticket, priority arrivals at 10, 20, 30 and 40 minutes each take a turn before it
    expect(minutes(withArrivals)).toBe(45);
  });

  it('adds the new tickets of a service the counter weighs higher, which overtake older ones', () => {
    const heavy: OpenCounter = { id: 1, services: [{ serviceId: 1, weight: 1 }, { serviceId: 2, weight: 5 }], priorityStreak: 0, inHand: null };
    const waiting = [ticket(1, 1, 10), ticket(2, 1, 9), ticket(3, 1, 8)];
    const alone = forecastCalls(input(waiting, [heavy])).tickets.get(3)!.waitMs;
    const busy = forecastCalls(input(waiting, [heavy], { arrivalsPerHour: new Map([[2, { normal: 12, priority: 0 }]]) })).tickets.get(3)!.waitMs;
    expect(minutes(alone)).toBe(10);
    expect(busy).toBeGreaterThan(alone);
  });

  it('answers the wait of a ticket issued now, normal or priority, after the tickets already waiting, without delaying them', () => {
    const probes = [{ serviceId: 1, priority: false }, { serviceId: 2, priority: false }, { serviceId: 1, priority: true }, { serviceId: 3, priority: false }];
    const forecast = forecastCalls(input([ticket(1, 1, 3), ticket(2, 2, 2), ticket(3, 1, 1)], [counter(1, [1, 2])], { probes }));
    expect([1, 2, 3].map((id) => minutes(forecast.tickets.get(id)?.waitMs))).toEqual([0, 5, 15]);
    expect(forecast.probes.map((p) => minutes(p?.waitMs))).toEqual([20, 20, 0, undefined]);
  });

  it('writes each wait at the ticket\'s place among the waiting, as forecastCalls gives it by id; a ticket no counter serves is not called', () => {
    const waiting = [ticket(4, 2, 1), ticket(9, 1, 3, 'elderly'), ticket(2, 1, 2), ticket(7, 3, 5), { ...ticket(5, 1, 4), targetCounterId: 1 }];
    const rates = { arrivalsPerHour: new Map([[1, { normal: 12, priority: 3 }]]), probes: [{ serviceId: 1, priority: false }] };
    const both = input(waiting, [counter(1, [1, 2]), counter(2, [2])], rates);
    const bySlot = forecastSlots(both);
    const byId = forecastCalls(both);
    expect([...bySlot.called]).toEqual([1, 1, 1, 0, 1]);
    waiting.forEach((t, i) => {
      if (!bySlot.called[i]) return expect(byId.tickets.has(t.id)).toBe(false);
      expect(byId.tickets.get(t.id)).toEqual({ waitMs: bySlot.waits[i * 3], lowMs: bySlot.waits[i * 3 + 1], highMs: bySlot.waits[i * 3 + 2] });
    });
    expect(bySlot.probes).toEqual(byId.probes);
  });

  it('leaves out tickets no open counter serves, and shares a line among counters', () => {
    const { tickets } = forecastCalls(input([ticket(1, 1, 3), ticket(2, 1, 2), ticket(3, 2, 1)], [counter(1, [1]), counter(2, [1])]));
    expect(minutes(tickets.get(1)?.waitMs)).toBe(0);
    expect(minutes(tickets.get(2)?.waitMs)).toBe(0);
    expect(tickets.has(3)).toBe(false);
  });

  it('waits for a paused counter to come back, and slows a counter down through the lunch it has still to take', () => {
    const waiting = [ticket(1, 1, 3), ticket(2, 1, 2), ticket(3, 1, 1)];
    const paused = forecastCalls(input(waiting, [counter(1, [1])], { downtime: new Map([[1, [{ from: now, until: now + 20 * MIN, lostMs: 20 * MIN }]]]) })).tickets;
    expect([1, 2, 3].map((id) => minutes(paused.get(id)?.waitMs))).toEqual([20, 25, 30]);
    // from 5 minutes on, half of the counter's time goes to lunch: its 5-minute services take 10
    const lunch = forecastCalls(input(waiting, [counter(1, [1])], { downtime: new Map([[1, [{ from: now + 5 * MIN, until: now + 125 * MIN, lostMs: 60 * MIN }]]]) })).tickets;
    expect([1, 2, 3].map((id) => minutes(lunch.get(id)?.waitMs))).toEqual([0, 5, 15]);
  });

  it('gives a range around each estimate that widens with the wait', () => {
    const waiting = Array.from({ length: 10 }, (_, i) => ticket(i + 1, 1, 20 - i));
    const { tickets } = forecastCalls(input(waiting, [counter(1, [1])]));
    const second = tickets.get(2)!;
    const last = tickets.get(10)!;
    expect(second.lowMs).toBeLessThan(second.waitMs);
    expect(second.highMs).toBeGreaterThan(second.waitMs);
    expect(last.highMs - last.lowMs).toBeGreaterThan(second.highMs - second.lowMs);
    expect(tickets.get(1)).toEqual({ waitMs: 0, lowMs: 0, highMs: 0 });
  });
});

describe('serviceTimeStats', () => {
  it('caps a forgotten finish at three times the median, keeps the real tail, and bounds the spread', () => {
    const stats = serviceTimeStats([300, 310, 290, 305, 295, 300, 310, 290, 300, 3600])!;
    expect(stats.meanSeconds).toBe(360);
    expect(serviceTimeStats([300, 300, 600])!.meanSeconds).toBe(400);
    expect(serviceTimeStats([300, 300, 300])!.spread).toBe(0.2);
    expect(serviceTimeStats([])).toBeNull();
  });
});

describe('remainingSeconds', () => {
  it('takes what the services that ran longer still took, or a quarter of the mean when none did', () => {
    expect(remainingSeconds([100, 200, 400, 800], 300, 375)).toBe(300);
    expect(remainingSeconds([100, 200], 300, 150)).toBe(37.5);
  });
});

describe('overheadSeconds', () => {
  const call = (counterId: number, calledMin: number, finishedMin: number | null, arrivalMin: number, servedToEnd = true): PastCall =>
    ({ counterId, calledAt: calledMin * MIN, finishedAt: finishedMin === null ? null : finishedMin * MIN, arrivalAt: arrivalMin * MIN, servedToEnd });

  it('spreads the gaps between a finish and the next call, and calls that ended in no-show, over the tickets served', () => {
    const calls = [call(1, 0, 5, 0), call(1, 5.5, 10, 1), call(1, 11, 14, 2, false), call(1, 14.5, 20, 3)];
    // gaps 0.5 + 1 + 0.5 minutes, a 3-minute no-show, 3 tickets served
    expect(overheadSeconds(calls)).toBeCloseTo((5 * 60) / 3, 6);
  });

  it('leaves out idle time (nobody waited) and long pauses', () => {
    expect(overheadSeconds([call(1, 0, 5, 0), call(1, 9, 14, 8), call(1, 80, 85, 10)])).toBe(0);
  });
});
