// Facts for reports: one row per ticket of a date range with its rating.
import type { TicketFact } from '../domain/stats.ts';
import type { Db } from './db.ts';

interface Row {
  department_id: number; service_id: number; status: string; transferred_from: number | null;
  queued_at: number; called_at: number | null; serving_at: number | null; finished_at: number | null; score: number | null;
}

export class StatsStore {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      facts: db.prepare<[string, string], Row>(`SELECT t.department_id, t.service_id, t.status, t.transferred_from, t.queued_at,
          t.called_at, t.serving_at, t.finished_at, r.score
        FROM tickets t LEFT JOIN ratings r ON r.ticket_id = t.id
        WHERE t.business_day BETWEEN ? AND ?`),
    };
  }

  /** Ticket facts of business days from..to (YYYY-MM-DD, inclusive). */
  facts(from: string, to: string): TicketFact[] {
    return this.q.facts.all(from, to).map((r) => ({
      departmentId: r.department_id, serviceId: r.service_id, status: r.status, original: r.transferred_from === null,
      queuedAt: r.queued_at, calledAt: r.called_at, servingAt: r.serving_at, finishedAt: r.finished_at, rating: r.score,
    }));
  }
}
