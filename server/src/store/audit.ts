// The audit log (every officer action) and ratings.
import type { RatingScore } from '@motcua/protocol';
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

export interface Rating { ticketId: number; score: RatingScore; ratedAt: number; officerId: number | null; counterId: number | null; serviceId: number }

export class AuditStore {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      insert: db.prepare(`INSERT INTO audit_log (at, user_id, device_id, action, counter_id, ticket_id, detail)
        VALUES (@at, @userId, @deviceId, @action, @counterId, @ticketId, @detail)`),
      rating: db.prepare<[number], { score: number }>('SELECT score FROM ratings WHERE ticket_id = ?'),
      insertRating: db.prepare(`INSERT INTO ratings (ticket_id, score, rated_at, officer_id, counter_id, service_id)
        VALUES (@ticketId, @score, @ratedAt, @officerId, @counterId, @serviceId)`),
    };
  }

  record(entry: AuditEntry): void {
    this.q.insert.run({ ...entry, detail: entry.detail ? JSON.stringify(entry.detail) : null });
  }

  isRated(ticketId: number): boolean {
    return this.q.rating.get(ticketId) !== undefined;
  }

  addRating(r: Rating): void {
    this.q.insertRating.run(r);
  }
}
