// Report figures beyond GET /api/stats: calls, share within target, a satisfaction index, and
// arrivals and waits by hour of day in the center's time zone. Pure.
import type { ProcedureKind, RatingCounts, ReportFigures, ReportHour } from '@motcua/protocol';
import { hourOfDay } from './business-day.ts';
import { figures, percentile, type TicketFact } from './stats.ts';

export interface ReportFact extends TicketFact {
  ticketId: number;
  counterId: number | null;
  officerId: number | null;
  issuedAt: number;
  /** The target wait of the ticket's service, in minutes. */
  targetWaitMinutes: number;
  /** The procedure the ticket was issued for, and its kind (return: a dossier's result); null when chosen by service. */
  procedureCode: string | null;
  kind: ProcedureKind | null;
}

const waitSeconds = (f: TicketFact): number | null => (f.calledAt === null ? null : (f.calledAt - f.queuedAt) / 1000);

/** Mean rating mapped to 0–100 (1 → 0, 4 → 100), rounded to one decimal; null without ratings. */
export function satisfactionIndex(ratings: RatingCounts): number | null {
  const count = ratings['1'] + ratings['2'] + ratings['3'] + ratings['4'];
  if (count === 0) return null;
  const mean = (ratings['1'] + 2 * ratings['2'] + 3 * ratings['3'] + 4 * ratings['4']) / count;
  return Math.round(((mean - 1) / 3) * 1000) / 10;
}

export function reportFigures(facts: readonly ReportFact[]): ReportFigures {
  const base = figures(facts);
  const served = facts.filter((f) => f.status === 'done' && f.calledAt !== null);
  const inTime = served.filter((f) => waitSeconds(f)! <= f.targetWaitMinutes * 60).length;
  return {
    issued: base.issued,
    called: facts.filter((f) => f.calledAt !== null).length,
    served: base.served,
    noShow: base.noShow,
    transferred: base.transferred,
    expired: base.expired,
    waitP50: base.waitP50,
    waitP90: base.waitP90,
    waitMax: base.waitMax,
    serviceP50: base.serviceP50,
    serviceP90: base.serviceP90,
    withinTarget: served.length === 0 ? null : inTime / served.length,
    ratings: base.ratings,
    satisfaction: satisfactionIndex(base.ratings),
  };
}

/** Arrivals (tickets issued at a kiosk) and the waits of tickets that joined a line, per hour 0–23. */
export function byHour(facts: readonly ReportFact[], timeZone: string): ReportHour[] {
  const arrivals = new Array<number>(24).fill(0);
  const waits = Array.from({ length: 24 }, () => [] as number[]);
  for (const f of facts) {
    if (f.original) arrivals[hourOfDay(new Date(f.issuedAt), timeZone)]! += 1;
    const w = waitSeconds(f);
    if (w !== null) waits[hourOfDay(new Date(f.queuedAt), timeZone)]!.push(w);
  }
  return arrivals.map((n, hour) => ({ hour, arrivals: n, waitP50: percentile(waits[hour]!, 50), waitP90: percentile(waits[hour]!, 90) }));
}
