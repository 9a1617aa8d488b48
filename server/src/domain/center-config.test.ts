import { describe, expect, it } from 'vitest';
import type { CenterConfig } from '@motcua/protocol';
import { addCounter, retireDepartment, retireService, retireUser, updateUser } from './center-config.ts';

const name = { vi: 'x', en: 'x' };
function config(): CenterConfig {
  return {
    center: { name, timeZone: 'Asia/Ho_Chi_Minh', dialect: 'south', englishAnnouncements: false, kioskPriorityStep: true },
    policy: { maxPriorityPerNormal: 2, agingMinutes: 45, recallLimit: 3 },
    departments: [
      { code: 'TP', name, block: { start: 1001, end: 1999 }, services: [{ code: 'A', name }, { code: 'B', name }] },
      { code: 'YT', name, block: { start: 2001, end: 2999 }, services: [{ code: 'C', name }] },
    ],
    counters: [{ number: 1, department: 'TP', services: { A: 1, B: 2 } }, { number: 2, department: 'YT', services: { C: 1 } }],
    users: [
      { username: 'admin', role: 'admin', passwordHash: 'scrypt$' },
      { username: 'o1', role: 'officer', department: 'TP', passwordHash: 'scrypt$' },
    ],
    devices: [{ name: 'Bàn phím quầy 2', kind: 'agent', keyHash: 'a'.repeat(64), counter: 2 }],
  };
}

describe('configuration edits', () => {
  it('retires a service and takes it out of the work profiles, but never the last one', () => {
    const c = config();
    retireService(c, 'TP', 'B');
    expect(c.departments[0]!.services.map((s) => s.code)).toEqual(['A']);
    expect(c.counters[0]!.services).toEqual({ A: 1 });
    expect(() => retireService(c, 'TP', 'A')).toThrow(/last service of TP: retire the department instead/);
  });

  it('retires a department only once its users are gone and no device is bound to its counters', () => {
    const c = config();
    expect(() => retireDepartment(c, 'TP')).toThrow(/Move or retire its 1 users first \(o1\)/);
    expect(() => retireDepartment(c, 'YT')).toThrow(/bound to counter 2: revoke it first/);
    c.devices = [];
    retireDepartment(c, 'YT');
    expect(c.departments.map((d) => d.code)).toEqual(['TP']);
    expect(c.counters.map((x) => x.number)).toEqual([1]);
  });

  it('keeps the last administrator and unique counter numbers', () => {
    const c = config();
    expect(() => retireUser(c, 'admin')).toThrow(/last administrator/);
    expect(() => updateUser(c, 'admin', { role: 'supervisor' })).toThrow(/last administrator/);
    expect(() => addCounter(c, { number: 2, department: 'TP', services: {} })).toThrow(/Counter number 2 exists/);
    addCounter(c, { number: 3, department: 'TP', services: {} });
    expect(c.counters.map((x) => x.number)).toEqual([1, 2, 3]);
  });
});
