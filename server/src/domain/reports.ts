// Report figures beyond GET /api/stats: calls, share within target, a satisfaction index, and
// arrivals and waits by hour of day in the center's time zone. Pure.
import type { ProcedureKind, ReportFigures, ReportHour } from '@motcua/protocol';
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

/** A rating as the index reads it: its score on its scale. */
export interface ScaledRating { score: number; scale: 4 | 5 }

/** Mean rating mapped to 0–100 (each scale's lowest level → 0, highest → 100), one decimal; null without ratings. */
export function satisfactionIndex(ratings: readonly ScaledRating[]): number | null {
  if (ratings.length === 0) return null;
  const mean = ratings.reduce((sum, r) => sum + (r.score - 1) / (r.scale - 1), 0) / ratings.length;
  return Math.round(mean * 1000) / 10;
}

/** Whether ratings an officer entered on the console count in the index (a center setting, off by default). */
export interface IndexRule { officerRatingsInIndex: boolean }

export function reportFigures(facts: readonly ReportFact[], rule: IndexRule): ReportFigures {
  const base = figures(facts);
  const rated = facts.filter((f) => f.rating !== null);
  const five = rated.filter((f) => f.ratingScale === 5);
  const counted = rated.filter((f) => rule.officerRatingsInIndex || !f.ratingByOfficer);
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
    ...(five.length > 0 ? { ratingsFive: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, ...countBy(five.map((f) => f.rating!)) } } : {}),
    ratingsByCitizens: rated.filter((f) => !f.ratingByOfficer).length,
    ratingsByOfficers: rated.filter((f) => f.ratingByOfficer).length,
    satisfaction: satisfactionIndex(counted.map((f) => ({ score: f.rating!, scale: f.ratingScale }))),
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

/** How many times each score occurs. */
function countBy(scores: readonly number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const s of scores) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}
