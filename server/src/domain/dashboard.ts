// The live figures of the supervisor's dashboard: what waits now, for how long, and how many
// tickets wait longer than their service's target. Pure.
import type { DashboardFigures, PriorityGroup } from '@motcua/protocol';
import type { TicketFact } from './stats.ts';

export interface WaitingLine { id: number; number: number; departmentId: number; serviceId: number; priority: PriorityGroup | null; queuedAt: number }

export const waitedSeconds = (t: WaitingLine, now: Date): number => Math.max(0, Math.floor((now.getTime() - t.queuedAt) / 1000));

/** Whether a waiting ticket has waited longer than its service's target. */
export function overTarget(t: WaitingLine, now: Date, targetMinutes: number): boolean {
  return waitedSeconds(t, now) > targetMinutes * 60;
}

/** Figures of one group (the center, a department, a service) from its waiting tickets and today's facts. */
export function dashboardFigures(waiting: readonly WaitingLine[], today: readonly TicketFact[], now: Date, targetOf: (serviceId: number) => number): DashboardFigures {
  let longest: number | null = null;
  let over = 0;
  for (const t of waiting) {
    const w = waitedSeconds(t, now);
    longest = longest === null ? w : Math.max(longest, w);
    if (overTarget(t, now, targetOf(t.serviceId))) over += 1;
  }
  return {
    waiting: waiting.length,
    longestWaitSeconds: longest,
    overTarget: over,
    served: today.filter((f) => f.status === 'done').length,
    noShow: today.filter((f) => f.status === 'no_show').length,
  };
}
