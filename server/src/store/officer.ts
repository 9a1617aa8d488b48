// What an officer's console and a counter's rating tablet read: the officer's day (served, no-shows,
// service time, ratings) and the last finished ticket of a counter. Today's rows only (index tickets_day).
import type { RatingCounts, RatingScore, Role } from '@motcua/protocol';
import type { Db } from './db.ts';

export interface UserProfile { id: number; username: string; displayName: string | null; role: Role; departmentId: number | null }
export interface DayCounts { served: number; noShow: number; transferred: number; averageServiceSeconds: number | null }
export interface LastFinished { id: number; number: number; finishedAt: number; rated: boolean }

interface UserRow { id: number; username: string; display_name: string | null; role: Role; department_id: number | null }
interface CountsRow { served: number; no_show: number; transferred: number; average_ms: number | null }

export class OfficerStore {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      user: db.prepare<[number], UserRow>('SELECT id, username, display_name, role, department_id FROM users WHERE id = ?'),
      counts: db.prepare<[string, number], CountsRow>(`SELECT
          count(*) FILTER (WHERE status = 'done') AS served,
          count(*) FILTER (WHERE status = 'no_show') AS no_show,
          count(*) FILTER (WHERE status = 'transferred') AS transferred,
          avg(finished_at - coalesce(serving_at, called_at)) FILTER (WHERE status = 'done') AS average_ms
        FROM tickets WHERE business_day = ? AND officer_id = ?`),
      ratings: db.prepare<[string, number], { score: RatingScore; n: number }>(`SELECT r.score, count(*) AS n FROM ratings r
        JOIN tickets t ON t.id = r.ticket_id WHERE t.business_day = ? AND r.officer_id = ? GROUP BY r.score`),
      lastFinished: db.prepare<[string, number], { id: number; number: number; finished_at: number; rated: number }>(`SELECT t.id, t.number, t.finished_at,
          EXISTS (SELECT 1 FROM ratings r WHERE r.ticket_id = t.id) AS rated
        FROM tickets t WHERE t.business_day = ? AND t.counter_id = ? AND t.status = 'done' ORDER BY t.finished_at DESC, t.id DESC LIMIT 1`),
    };
  }

  user(id: number): UserProfile | undefined {
    const r = this.q.user.get(id);
    return r && { id: r.id, username: r.username, displayName: r.display_name, role: r.role, departmentId: r.department_id };
  }

  /** How an officer's tickets of one business day ended. */
  day(businessDay: string, officerId: number): DayCounts {
    const r = this.q.counts.get(businessDay, officerId)!;
    return { served: r.served, noShow: r.no_show, transferred: r.transferred, averageServiceSeconds: r.average_ms === null ? null : r.average_ms / 1000 };
  }

  /** The ratings of an officer's tickets of one business day, by score. */
  ratings(businessDay: string, officerId: number): RatingCounts {
    // a 5 only on the 5-level scale
    const byScore: RatingCounts = { 1: 0, 2: 0, 3: 0, 4: 0 };
    for (const r of this.q.ratings.all(businessDay, officerId)) byScore[r.score] = r.n;
    return byScore;
  }

  /** The ticket finished last at a counter on one business day. */
  lastFinished(businessDay: string, counterId: number): LastFinished | undefined {
    const r = this.q.lastFinished.get(businessDay, counterId);
    return r && { id: r.id, number: r.number, finishedAt: r.finished_at, rated: r.rated === 1 };
  }
}
