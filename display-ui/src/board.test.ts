import { describe, expect, it } from 'vitest';
import type { Call, Catalog, CounterView } from '@motcua/protocol';
import { buildBoard, zoneDepartment } from './board.ts';

const catalog: Catalog = {
  departments: [
    { id: 1, code: 'TP', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' }, services: [] },
    { id: 2, code: 'YT', name: { vi: 'Sở Y tế', en: 'Department of Health' }, services: [] },
  ],
  counters: [1, 2, 3, 4].map((n) => ({ id: n, number: n, name: `Quầy ${n}`, departmentId: n <= 2 ? 1 : 2 })),
};

const counter = (id: number, current: string | null): CounterView => ({
  id, number: id, name: `Quầy ${id}`, departmentId: id <= 2 ? 1 : 2, state: 'open', current: current ? { number: current, ticketId: Number(current) } : null,
});
const call = (number: string, counterId: number, departmentCode: string): Call => ({
  seq: 1, ticketId: Number(number), number, departmentCode, counterId, counterNumber: counterId, calledAt: '2026-11-27T02:00:00Z', recall: false,
});

const live = {
  counters: [counter(1, '1001'), counter(2, null), counter(3, '2001'), counter(4, '1002')],
  waiting: { TP: 5, YT: 2 },
  // 1002 is a Justice ticket transferred to Health counter 4: it is called there.
  recentCalls: [call('1002', 4, 'TP'), call('2001', 3, 'YT'), call('1001', 1, 'TP')],
};

describe('buildBoard', () => {
  it('shows every department with its counters and waiting count, and every call, for the whole center', () => {
    const board = buildBoard(live, catalog, null);
    expect(board.departments.map((d) => [d.code, d.waiting, d.counters.map((c) => c.number)])).toEqual([['TP', 5, [1, 2]], ['YT', 2, [3, 4]]]);
    expect(board.calls.map((c) => c.number)).toEqual(['1002', '2001', '1001']);
  });

  it('shows one department and the calls made at its counters on a zone screen', () => {
    const board = buildBoard(live, catalog, zoneDepartment(catalog, 'YT')!);
    expect(board.departments.map((d) => d.code)).toEqual(['YT']);
    expect(board.departments[0]!.counters.map((c) => c.number)).toEqual([3, 4]);
    expect(board.calls.map((c) => c.number)).toEqual(['1002', '2001']);
  });

  it('shows the next three numbers of each department, leaving out one a counter has already called', () => {
    const board = buildBoard({ ...live, nextUp: { TP: ['1001', '1003', '1004', '1005', '1006'], YT: ['2002'] } }, catalog, null);
    expect(board.departments.map((d) => d.nextUp)).toEqual([['1003', '1004', '1005'], ['2002']]);
  });

  it('finds a zone by its code in any letter case, and nothing for an unknown code', () => {
    expect(zoneDepartment(catalog, ' yt ')?.id).toBe(2);
    expect(zoneDepartment(catalog, 'XYZ')).toBeUndefined();
  });
});
