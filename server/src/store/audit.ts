// The audit log (every officer action, read back with filters) and ratings.
import type { RatingScale, RatingScore } from '@motcua/protocol';
import type { CounterEvent } from '../domain/counter-availability.ts';
import type { Db } from './db.ts';

export interface AuditEntry {
  at: number;
  userId: number | null;
  deviceId: number | null;
  action: string;
  counterId: number | null;
  ticketId: number | null;
  detail: Record<string, unknown> | null;
}

/** What the audit log is searched by: a time range (ms), and optionally a username, a counter number, an action or its family. */
export interface AuditFilter { from: number; to: number; user?: string; counter?: number; action?: string; limit: number }
/** One row as read back: who (username or device name), on which device, what, which ticket and counter. */
export interface AuditRow {
  at: number; action: string; detail: string | null; username: string | null; deviceName: string | null;
  ticketNumber: number | null; counterNumber: number | null;
}

/** A rating: its score on its scale, and who entered it (the citizen's device, or the officer on the console). */
export interface Rating {
  ticketId: number; score: RatingScore; scale: RatingScale; ratedAt: number; officerId: number | null; counterId: number | null; serviceId: number;
  enteredBy: 'device' | 'officer'; deviceId: number | null;
}

export class AuditStore {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      insert: db.prepare(`INSERT INTO audit_log (at, user_id, device_id, action, counter_id, ticket_id, detail)
        VALUES (@at, @userId, @deviceId, @action, @counterId, @ticketId, @detail)`),
      search: db.prepare<[Record<string, unknown>], AuditRow>(`SELECT a.at, a.action, a.detail, u.username, d.name AS deviceName, t.number AS ticketNumber, c.number AS counterNumber
        FROM audit_log a LEFT JOIN users u ON u.id = a.user_id LEFT JOIN devices d ON d.id = a.device_id
        LEFT JOIN tickets t ON t.id = a.ticket_id LEFT JOIN counters c ON c.id = a.counter_id
        WHERE a.at >= @from AND a.at < @to AND (@user IS NULL OR u.username = @user) AND (@counter IS NULL OR c.number = @counter)
          AND (@action IS NULL OR a.action = @action OR a.action LIKE @action || '.%')
        ORDER BY a.at DESC, a.id DESC LIMIT @limit`),
      counterEvents: db.prepare<[number, number], { counter_id: number; action: string; at: number; reason: string | null }>(`SELECT counter_id, action, at,
          CASE WHEN action = 'counter.pause' THEN json_extract(detail, '$.reason') END AS reason
        FROM audit_log WHERE at >= ? AND at < ? AND counter_id IS NOT NULL AND action IN ('counter.open', 'counter.close', 'counter.pause', 'counter.resume')
        ORDER BY at, id`),
      rating: db.prepare<[number], { score: number }>('SELECT score FROM ratings WHERE ticket_id = ?'),
      insertRating: db.prepare(`INSERT INTO ratings (ticket_id, score, scale, rated_at, officer_id, counter_id, service_id, entered_by, device_id)
        VALUES (@ticketId, @score, @scale, @ratedAt, @officerId, @counterId, @serviceId, @enteredBy, @deviceId)`),
    };
  }

  record(entry: AuditEntry): void {
    this.q.insert.run({ ...entry, detail: entry.detail ? JSON.stringify(entry.detail) : null });
  }

  /** Entries of the filter, newest first, at most `limit`. */
  search(filter: AuditFilter): AuditRow[] {
    return this.q.search.all({ user: null, counter: null, action: null, ...filter });
  }

  /** Counters opened, closed, paused (with the reason) and resumed from..to (ms), in order. */
  counterEvents(from: number, to: number): CounterEvent[] {
    return this.q.counterEvents.all(from, to).map((r) => ({ counterId: r.counter_id, action: r.action.slice('counter.'.length) as CounterEvent['action'], at: r.at, reason: r.reason }));
  }

  isRated(ticketId: number): boolean {
    return this.q.rating.get(ticketId) !== undefined;
  }

  addRating(r: Rating): void {
    this.q.insertRating.run(r);
  }
}
