import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { assertAtCounter, assertCallableAt, assertMayOpen, assertMayRead, assertMaySupervise, type CounterSeat } from './counter-access.ts';

const officer = (userId: number, departmentId = 1): Actor => ({ userId, deviceId: null, role: 'officer', departmentId, deviceCounterId: null });
const device = (counterId: number): Actor => ({ userId: null, deviceId: 50, role: 'agent', departmentId: null, deviceCounterId: counterId });
const seat = (officerId: number | null, departmentId = 1): CounterSeat => ({ id: 5, number: 5, departmentId, officerId });
const JUSTICE = { vi: 'Sở Tư pháp', en: 'Department of Justice' };

describe('who may open a counter', () => {
  it('lets an officer open a free counter of their department, or one they already hold', () => {
    expect(() => assertMayOpen(officer(7), seat(null), JUSTICE)).not.toThrow();
    expect(() => assertMayOpen(officer(7), seat(7), JUSTICE)).not.toThrow();
  });

  it('refuses a device, an officer of another department, and a counter another officer holds', () => {
    expect(() => assertMayOpen(device(5), seat(null), JUSTICE)).toThrow(expect.objectContaining({ code: 'officers_only' }));
    expect(() => assertMayOpen(officer(7, 2), seat(null), JUSTICE)).toThrow(expect.objectContaining({ code: 'foreign_counter', vi: expect.stringContaining('Sở Tư pháp') }));
    expect(() => assertMayOpen(officer(7), seat(8), JUSTICE)).toThrow(expect.objectContaining({ code: 'counter_taken' }));
  });

  it('lets a supervisor open a counter of any department', () => {
    expect(() => assertMayOpen({ ...officer(3, 2), role: 'supervisor' }, seat(null), JUSTICE)).not.toThrow();
  });
});

describe('who acts at a counter', () => {
  it('is the officer who opened it', () => {
    expect(() => assertAtCounter(officer(7), seat(7))).not.toThrow();
    expect(() => assertAtCounter(officer(8), seat(7))).toThrow(expect.objectContaining({ code: 'not_at_counter' }));
  });

  it('is a device bound to it only while an officer works there', () => {
    expect(() => assertAtCounter(device(5), seat(7))).not.toThrow();
    expect(() => assertAtCounter(device(5), seat(null))).toThrow(expect.objectContaining({ code: 'not_at_counter' }));
    expect(() => assertAtCounter(device(6), seat(7))).toThrow(expect.objectContaining({ code: 'not_at_counter' }));
  });
});

describe('what an officer may call and read', () => {
  const ticket = (departmentId: number, targetCounterId: number | null = null) => ({ number: 2002, departmentId, counterId: null, targetCounterId });

  it('calls by number only tickets of the counter\'s department, or sent to that counter', () => {
    expect(() => assertCallableAt(ticket(1), seat(7), JUSTICE)).not.toThrow();
    expect(() => assertCallableAt(ticket(2, 5), seat(7), JUSTICE)).not.toThrow();
    expect(() => assertCallableAt(ticket(2), seat(7), JUSTICE)).toThrow(expect.objectContaining({ code: 'foreign_ticket', vi: expect.stringContaining('Sở Tư pháp') }));
  });

  it('lets an officer read only their department; supervisors read all', () => {
    const what = { vi: 'Phiếu số 2002', en: 'Ticket 2002' };
    expect(() => assertMayRead(officer(7, 1), 1, what)).not.toThrow();
    expect(() => assertMayRead(officer(7, 1), 2, what)).toThrow(expect.objectContaining({ code: 'foreign_ticket' }));
    expect(() => assertMayRead({ ...officer(3, null as unknown as number), role: 'supervisor' }, 2, what)).not.toThrow();
  });
});

describe('who closes a counter an officer left open', () => {
  it('is a supervisor or an admin, never another officer or a device', () => {
    expect(() => assertMaySupervise({ ...officer(3), role: 'supervisor' }, seat(7))).not.toThrow();
    expect(() => assertMaySupervise({ ...officer(3), role: 'admin' }, seat(7))).not.toThrow();
    expect(() => assertMaySupervise(officer(3), seat(7))).toThrow(expect.objectContaining({ code: 'not_at_counter' }));
    expect(() => assertMaySupervise(device(5), seat(7))).toThrow(expect.objectContaining({ code: 'not_at_counter' }));
  });
});
