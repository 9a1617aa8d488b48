// Report figures from ticket facts: counts, wait and service percentiles, ratings (by score, of the
// 4-level scale). Pure.
import type { ReportFigures } from '@motcua/protocol';

export interface TicketFact {
  departmentId: number;
  serviceId: number;
  status: string;
  /** Issued at a kiosk (not created by a transfer). */
  original: boolean;
  queuedAt: number;
  calledAt: number | null;
  servingAt: number | null;
  finishedAt: number | null;
  rating: number | null;
  /** The scale of the rating (4 or 5 levels), and whether an officer entered it on the console. */
  ratingScale: 4 | 5;
  ratingByOfficer: boolean;
}

/** The core figures of GET /api/stats: the report's figures without calls, target share and index. */
export type Figures = Omit<ReportFigures, 'called' | 'withinTarget' | 'satisfaction' | 'ratingsFive' | 'ratingsByCitizens' | 'ratingsByOfficers'>;

/** Nearest-rank percentile (p in 0..100) of values, in whole seconds; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return Math.round(sorted[rank - 1]!);
}

export function figures(facts: readonly TicketFact[]): Figures {
  const waits: number[] = [];
  const services: number[] = [];
  const ratings = { '1': 0, '2': 0, '3': 0, '4': 0 };
  const count = (status: string) => facts.filter((f) => f.status === status).length;
  for (const f of facts) {
    if (f.calledAt !== null) waits.push((f.calledAt - f.queuedAt) / 1000);
    if (f.status === 'done' && f.finishedAt !== null) services.push((f.finishedAt - (f.servingAt ?? f.calledAt ?? f.finishedAt)) / 1000);
    if (f.rating !== null && f.ratingScale === 4) ratings[String(f.rating) as keyof typeof ratings] += 1;
  }
  return {
    issued: facts.filter((f) => f.original).length,
    served: count('done'),
    noShow: count('no_show'),
    transferred: count('transferred'),
    expired: count('expired'),
    waitP50: percentile(waits, 50),
    waitP90: percentile(waits, 90),
    waitMax: percentile(waits, 100),
    serviceP50: percentile(services, 50),
    serviceP90: percentile(services, 90),
    ratings,
  };
}

/** Groups facts by a key, keeping first-seen order. */
export function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
