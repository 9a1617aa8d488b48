// The supervisor's live dashboard: per department and service what waits now and for how long,
// what was served today, the counters with their officers, alerts over target, and devices.
import { dayStart, hourOfDay, type Clock } from '../domain/business-day.ts';
import { dashboardFigures, overTarget, waitedSeconds } from '../domain/dashboard.ts';
import { DEFAULT_SERVICE_SECONDS } from '../domain/eta.ts';
import { departmentTargetMinutes, sameWeekdays, staffingHours, type HourCounts } from '../domain/staffing.ts';
import { groupBy } from '../domain/stats.ts';
import type { Dashboard, StaffingAdvice } from '@motcua/protocol';
import type { Store } from '../store/index.ts';
import type { DeviceStatusBoard } from './device-status.ts';
import type { HelpRequests } from './help-requests.ts';
import type { QueueService } from './queue/index.ts';

/** The staffing advice looks this many weeks back (the same weekday) and this many hours ahead. */
const HISTORY_WEEKS = 4;
const HOURS_AHEAD = 6;

export class DashboardService {
  /** The same weekday's arrivals of the weeks before, per department: read once a day. */
  private history: { day: string; byDepartment: Map<number, number[]>[]; serviceSeconds: Map<number, number> } | null = null;

  constructor(
    private readonly store: Pick<Store, 'admin' | 'stats'>,
    private readonly queue: QueueService,
    private readonly devices: DeviceStatusBoard,
    private readonly clock: Clock,
    readonly help: HelpRequests,
  ) {}

  view(): Dashboard {
    const { queue, store } = this;
    const day = queue.today();
    const now = this.clock();
    const { catalog } = queue;
    const waiting = store.admin.waitingTickets();
    const today = store.stats.facts(day, day);
    const targetOf = (serviceId: number) => catalog.services.get(serviceId)?.targetWaitMinutes ?? 15;
    const waitingBy = { department: groupBy(waiting, (t) => t.departmentId), service: groupBy(waiting, (t) => t.serviceId) };
    const todayBy = { department: groupBy(today, (f) => f.departmentId), service: groupBy(today, (f) => f.serviceId) };
    const figures = (kind: 'department' | 'service', id: number) => dashboardFigures(waitingBy[kind].get(id) ?? [], todayBy[kind].get(id) ?? [], now, targetOf);
    const counters = queue.views.counters();
    const officers = store.admin.counterOfficers();
    const pauseNotes = queue.views.pauseNotes();

    return {
      serverTime: now.toISOString(),
      businessDay: day,
      total: dashboardFigures(waiting, today, now, targetOf),
      departments: catalog.data.departments.map((d) => ({
        id: d.id, code: d.code, name: d.name, ...figures('department', d.id),
        countersOpen: counters.filter((c) => c.departmentId === d.id && c.state === 'open').length,
        countersPaused: counters.filter((c) => c.departmentId === d.id && c.state === 'paused').length,
        services: catalog.data.services.filter((s) => s.departmentId === d.id).map((s) => ({
          id: s.id, code: s.code, name: s.name, targetWaitMinutes: s.targetWaitMinutes, ...figures('service', s.id),
        })),
      })),
      counters: counters.map((c) => {
        const pauseNote = pauseNotes.get(c.id);
        return {
          id: c.id, number: c.number, name: c.name, departmentId: c.departmentId, state: c.state, pauseReason: c.pauseReason ?? null,
          officer: officers.get(c.id) ?? null, current: c.current?.number ?? null, ...(pauseNote ? { pauseNote } : {}),
        };
      }),
      alerts: waiting
        .filter((t) => overTarget(t, now, targetOf(t.serviceId)))
        .map((t) => ({
          ticketId: t.id, number: String(t.number), departmentCode: catalog.departments.get(t.departmentId)?.code ?? '', serviceId: t.serviceId,
          serviceName: catalog.services.get(t.serviceId)?.name ?? { vi: '', en: '' }, priority: t.priority,
          waitedSeconds: waitedSeconds(t, now), targetMinutes: targetOf(t.serviceId),
        }))
        .sort((a, b) => b.waitedSeconds - a.waitedSeconds),
      devices: this.devices.list(day),
      staffing: this.staffing(day, now, counters, (departmentId) => waitingBy.department.get(departmentId)?.length ?? 0),
      helpRequests: this.help.list(),
    };
  }

  /** Per department, the counters needed in the hours ahead to keep the p90 wait under the strictest service target (now: with those already waiting). */
  private staffing(day: string, now: Date, counters: readonly { departmentId: number; state: string }[], waitingIn: (departmentId: number) => number): StaffingAdvice[] {
    const { catalog } = this.queue;
    const timeZone = this.queue.settings.center.timeZone;
    if (this.history?.day !== day) {
      const weeks = sameWeekdays(day, HISTORY_WEEKS);
      this.history = {
        day,
        byDepartment: weeks.map((d) => this.store.stats.arrivalsByHour(d, dayStart(d, timeZone).getTime())),
        serviceSeconds: this.store.stats.meanServiceSeconds(weeks.at(-1)!, day),
      };
    }
    const { byDepartment, serviceSeconds } = this.history;
    const today = this.store.stats.arrivalsByHour(day, dayStart(day, timeZone).getTime());
    const hour = hourOfDay(now, timeZone);
    const none: HourCounts = Array.from({ length: 24 }, () => 0);
    return catalog.data.departments.map((d) => {
      const targetWaitMinutes = departmentTargetMinutes(catalog.data.services, d.id);
      const meanServiceSeconds = serviceSeconds.get(d.id) ?? DEFAULT_SERVICE_SECONDS;
      const history = byDepartment.filter((days) => days.size > 0).map((days) => days.get(d.id) ?? none);
      return {
        departmentId: d.id, code: d.code, targetWaitMinutes, meanServiceSeconds: Math.round(meanServiceSeconds),
        countersOpen: counters.filter((c) => c.departmentId === d.id && c.state === 'open').length,
        hours: staffingHours(history, today.get(d.id) ?? none, hour, meanServiceSeconds, targetWaitMinutes * 60, HOURS_AHEAD, waitingIn(d.id)),
      };
    });
  }
}
