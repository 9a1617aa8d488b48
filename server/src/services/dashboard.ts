// The supervisor's live dashboard: per department and service what waits now and for how long,
// what was served today, the counters with their officers, alerts over target, and devices.
import type { Clock } from '../domain/business-day.ts';
import { dashboardFigures, overTarget, waitedSeconds } from '../domain/dashboard.ts';
import { groupBy } from '../domain/stats.ts';
import type { Dashboard } from '@motcua/protocol';
import type { Store } from '../store/index.ts';
import type { DeviceStatusBoard } from './device-status.ts';
import type { HelpRequests } from './help-requests.ts';
import type { QueueService } from './queue/index.ts';

export class DashboardService {
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
      counters: counters.map((c) => ({
        id: c.id, number: c.number, name: c.name, departmentId: c.departmentId, state: c.state, pauseReason: c.pauseReason ?? null,
        officer: officers.get(c.id) ?? null, current: c.current?.number ?? null,
      })),
      alerts: waiting
        .filter((t) => overTarget(t, now, targetOf(t.serviceId)))
        .map((t) => ({
          ticketId: t.id, number: String(t.number), departmentCode: catalog.departments.get(t.departmentId)?.code ?? '', serviceId: t.serviceId,
          serviceName: catalog.services.get(t.serviceId)?.name ?? { vi: '', en: '' }, priority: t.priority,
          waitedSeconds: waitedSeconds(t, now), targetMinutes: targetOf(t.serviceId),
        }))
        .sort((a, b) => b.waitedSeconds - a.waitedSeconds),
      devices: this.devices.list(day),
      helpRequests: this.help.list(),
    };
  }
}
