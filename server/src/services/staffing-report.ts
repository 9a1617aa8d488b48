// The staffing part of a report: per department and hour of day, the arrivals the advice forecast
// before each day (the same weekday of the weeks before), the counters it said were needed, and the
// counters actually open (from the audit log), beside the arrivals that came. Means per day of the
// range that had tickets.
import { dayStart, nextDay } from '../domain/business-day.ts';
import { DEFAULT_SERVICE_SECONDS } from '../domain/eta.ts';
import { countersOpenByHour, departmentTargetMinutes, meanStaffingHours, sameWeekdays, staffingDay, type HourCounts, type StaffingReportHour } from '../domain/staffing.ts';
import type { ReportStaffing } from '@motcua/protocol';
import type { Store } from '../store/index.ts';
import type { QueueService } from './queue/index.ts';

/** The advice looks this many weeks back (the same weekday), as on the dashboard. */
export const HISTORY_WEEKS = 4;

/** `now` (ms): the counters still open today count until then. */
export function staffingReport(store: Pick<Store, 'stats' | 'audit' | 'admin'>, queue: QueueService, from: string, to: string, now: number): ReportStaffing[] {
  const { departments, services } = queue.catalog.data;
  const timeZone = queue.settings.center.timeZone;
  const arrivals = new Map<string, Map<number, number[]>>();
  const arrivalsOf = (day: string) => {
    let byDepartment = arrivals.get(day);
    if (!byDepartment) arrivals.set(day, (byDepartment = store.stats.arrivalsByHour(day, dayStart(day, timeZone).getTime())));
    return byDepartment;
  };
  const counters = store.admin.reportNames().counters;
  const serviceSeconds = store.stats.meanServiceSeconds(from, to);
  const none: HourCounts = Array.from({ length: 24 }, () => 0);
  const days = new Map<number, StaffingReportHour[][]>(departments.map((d) => [d.id, []]));
  for (let day = from; day <= to; day = nextDay(day)) {
    const today = arrivalsOf(day);
    if (today.size === 0) continue;
    const start = dayStart(day, timeZone).getTime();
    const end = Math.min(now, dayStart(nextDay(day), timeZone).getTime());
    const open = countersOpenByHour(store.audit.counterEvents(start, end), start, end, (id) => counters.get(id)?.departmentId);
    const history = sameWeekdays(day, HISTORY_WEEKS).map(arrivalsOf).filter((d) => d.size > 0);
    for (const d of departments) {
      const seconds = serviceSeconds.get(d.id) ?? DEFAULT_SERVICE_SECONDS;
      const target = departmentTargetMinutes(services, d.id) * 60;
      days.get(d.id)!.push(staffingDay(history.map((h) => h.get(d.id) ?? none), today.get(d.id) ?? none, open.get(d.id) ?? none, seconds, target));
    }
  }
  const all = [...days.values()].flat(2);
  const hours = [...new Set(all.filter((h) => h.arrivals > 0 || h.forecastArrivals > 0 || h.countersOpen > 0).map((h) => h.hour))].sort((a, b) => a - b);
  return departments.map((d) => ({
    departmentId: d.id, code: d.code, label: d.name,
    targetWaitMinutes: departmentTargetMinutes(services, d.id),
    meanServiceSeconds: Math.round(serviceSeconds.get(d.id) ?? DEFAULT_SERVICE_SECONDS),
    hours: meanStaffingHours(days.get(d.id)!, hours),
  }));
}
