// Facts for reports: one row per ticket of a date range with its rating.
import type { ProcedureKind } from '@motcua/protocol';
import type { ReportFact } from '../domain/reports.ts';
import type { Db } from './db.ts';

interface Row {
  id: number; department_id: number; service_id: number; status: string; transferred_from: number | null;
  issued_at: number; queued_at: number; called_at: number | null; serving_at: number | null; finished_at: number | null;
  counter_id: number | null; officer_id: number | null; target_wait_minutes: number; score: number | null; scale: number | null; entered_by: string | null;
  procedure_code: string | null; kind: ProcedureKind | null;
}

export class StatsStore {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      facts: db.prepare<[string, string], Row>(`SELECT t.id, t.department_id, t.service_id, t.status, t.transferred_from, t.issued_at, t.queued_at,
          t.called_at, t.serving_at, t.finished_at, t.counter_id, t.officer_id, s.target_wait_minutes, r.score, r.scale, r.entered_by, t.procedure_code, t.kind
        FROM tickets t JOIN services s ON s.id = t.service_id LEFT JOIN ratings r ON r.ticket_id = t.id
        WHERE t.business_day BETWEEN ? AND ?`),
      arrivalsByHour: db.prepare<{ day: string; start: number }, { department_id: number; hour: number; n: number }>(`SELECT department_id,
          CAST((issued_at - @start) / 3600000 AS INTEGER) AS hour, count(*) AS n
        FROM tickets WHERE business_day = @day AND transferred_from IS NULL GROUP BY department_id, hour`),
      serviceSeconds: db.prepare<[string, string], { department_id: number; seconds: number }>(`SELECT department_id, avg(finished_at - called_at) / 1000.0 AS seconds
        FROM tickets WHERE business_day BETWEEN ? AND ? AND status = 'done' AND called_at IS NOT NULL GROUP BY department_id`),
    };
  }

  /**
   * Tickets issued at the kiosks (not transfers) per department and hour of business day `day`, whose
   * first instant is `start` (ms): hours counted from it (a day with a clock change is off by one hour).
   */
  arrivalsByHour(day: string, start: number): Map<number, number[]> {
    const byDepartment = new Map<number, number[]>();
    for (const r of this.q.arrivalsByHour.all({ day, start })) {
      if (r.hour < 0 || r.hour > 23) continue;
      const hours = byDepartment.get(r.department_id) ?? Array.from({ length: 24 }, () => 0);
      hours[r.hour] = r.n;
      byDepartment.set(r.department_id, hours);
    }
    return byDepartment;
  }

  /** The mean service time (call to finish) per department over business days from..to, seconds. */
  meanServiceSeconds(from: string, to: string): Map<number, number> {
    return new Map(this.q.serviceSeconds.all(from, to).map((r) => [r.department_id, r.seconds]));
  }

  /** Ticket facts of business days from..to (YYYY-MM-DD, inclusive). */
  facts(from: string, to: string): ReportFact[] {
    return this.q.facts.all(from, to).map((r) => ({
      ticketId: r.id, departmentId: r.department_id, serviceId: r.service_id, status: r.status, original: r.transferred_from === null,
      issuedAt: r.issued_at, queuedAt: r.queued_at, calledAt: r.called_at, servingAt: r.serving_at, finishedAt: r.finished_at,
      counterId: r.counter_id, officerId: r.officer_id, targetWaitMinutes: r.target_wait_minutes, rating: r.score, ratingScale: r.scale === 5 ? 5 : 4, ratingByOfficer: r.entered_by === 'officer',
      procedureCode: r.procedure_code, kind: r.kind,
    }));
  }
}
