import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './call-policy.ts';
import { forecastCalls, serviceTimeStats, type ForecastInput, type OpenCounter, type WaitingTicket } from './eta-forecast.ts';

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
    const withArrivals = forecastCalls(input(waiting, [counter(1, [1])], { priorityArrivalsPerHour: new Map([[1, 6]]) })).tickets.get(6)!.waitMs;
    expect(minutes(without)).toBe(25);
    expect(withArrivals).toBeGreaterThan(without);
  });

  it('answers the wait of a ticket issued now, normal or priority, after the tickets already waiting, without delaying them', () => {
    const probes = [{ serviceId: 1, priority: false }, { serviceId: 2, priority: false }, { serviceId: 1, priority: true }, { serviceId: 3, priority: false }];
    const forecast = forecastCalls(input([ticket(1, 1, 3), ticket(2, 2, 2), ticket(3, 1, 1)], [counter(1, [1, 2])], { probes }));
    expect([1, 2, 3].map((id) => minutes(forecast.tickets.get(id)?.waitMs))).toEqual([0, 5, 15]);
    expect(forecast.probes.map((p) => minutes(p?.waitMs))).toEqual([20, 20, 0, undefined]);
  });

  it('leaves out tickets no open counter serves, and shares a line among counters', () => {
    const { tickets } = forecastCalls(input([ticket(1, 1, 3), ticket(2, 1, 2), ticket(3, 2, 1)], [counter(1, [1]), counter(2, [1])]));
    expect(minutes(tickets.get(1)?.waitMs)).toBe(0);
    expect(minutes(tickets.get(2)?.waitMs)).toBe(0);
    expect(tickets.has(3)).toBe(false);
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
  it('trims outliers from the mean and bounds the spread', () => {
    const stats = serviceTimeStats([300, 310, 290, 305, 295, 300, 310, 290, 300, 3600])!;
    expect(stats.meanSeconds).toBeGreaterThan(290);
    expect(stats.meanSeconds).toBeLessThan(310);
    expect(stats.spread).toBe(0.2);
    expect(serviceTimeStats([])).toBeNull();
  });
});
