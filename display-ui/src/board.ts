// What the wall display shows, computed from the live queue state and the catalog: departments
// with their counters and waiting counts, and the recent calls, all or only one zone's. Pure.
import type { Call, Catalog, CatalogDepartment, CounterView, LocalizedText, NextUp, WaitingCounts } from '@motcua/protocol';

export interface DepartmentBoard {
  id: number;
  code: string;
  name: LocalizedText;
  /** Position in the catalog: picks the department's accent colour. */
  index: number;
  waiting: number;
  /** The next numbers the call policy would call (computed by the server), at most three. */
  nextUp: string[];
  counters: CounterView[];
}

export interface Board {
  /** The department of a `?zone=` display, or null for the whole center. */
  zone: CatalogDepartment | null;
  departments: DepartmentBoard[];
  /** Newest first; only calls at the counters shown. */
  calls: Call[];
}

export interface LiveView { counters: CounterView[]; waiting: WaitingCounts; nextUp?: NextUp; recentCalls: Call[] }

/** The department a `?zone=` code names (any letter case), or undefined. */
export function zoneDepartment(catalog: Catalog, zone: string): CatalogDepartment | undefined {
  return catalog.departments.find((d) => d.code.toUpperCase() === zone.trim().toUpperCase());
}

/**
 * The board for the whole center (department null) or for one department's screen. A zone screen
 * shows that department's counters and the calls made at them (a ticket transferred in from
 * another department is called there too).
 */
export function buildBoard(live: LiveView, catalog: Catalog, department: CatalogDepartment | null): Board {
  // queue:changed (with nextUp) comes at most once a second, a call (its counter's number) at once: a
  // number already at a counter is no longer next
  const atCounters = new Set(live.counters.flatMap((c) => (c.current ? [c.current.number] : [])));
  const departments = catalog.departments
    .map((d, index) => ({
      id: d.id,
      code: d.code,
      name: d.name,
      index,
      waiting: live.waiting[d.code] ?? 0,
      nextUp: (live.nextUp?.[d.code] ?? []).filter((n) => !atCounters.has(n)).slice(0, 3),
      counters: live.counters.filter((c) => c.departmentId === d.id),
    }))
    .filter((d) => department === null || d.id === department.id);
  return { zone: department, departments, calls: live.recentCalls.filter(callFilter(catalog, department)) };
}

/** Which calls a screen shows and announces: all, or those made at the zone department's counters. */
export function callFilter(catalog: Catalog, department: CatalogDepartment | null): (call: Call) => boolean {
  if (department === null) return () => true;
  const counterIds = new Set(catalog.counters.filter((c) => c.departmentId === department.id).map((c) => c.id));
  return (call) => counterIds.has(call.counterId);
}
