// What supervisors change beyond the officers' commands: a waiting ticket's priority group (with
// the reason its call will give), and a ticket sent back to the front of its line when a supervisor
// closes a counter its officer left open.
import type { PriorityGroup } from '@motcua/protocol';
import type { Db } from './db.ts';

export interface PriorityNote { priority: PriorityGroup | null; reason: string }

export class SupervisionStore {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      setPriority: db.prepare('UPDATE tickets SET priority = @priority, is_priority = @isPriority WHERE id = @id'),
      note: db.prepare(`INSERT INTO priority_changes (ticket_id, priority, reason, user_id, at) VALUES (@ticketId, @priority, @reason, @userId, @at)
        ON CONFLICT (ticket_id) DO UPDATE SET priority = excluded.priority, reason = excluded.reason, user_id = excluded.user_id, at = excluded.at`),
      noteOf: db.prepare<[number], PriorityNote>('SELECT priority, reason FROM priority_changes WHERE ticket_id = ?'),
      lineFront: db.prepare<[number], number | null>("SELECT min(arrival_at) FROM tickets WHERE status = 'waiting' AND service_id = ?").pluck(),
      requeue: db.prepare(`UPDATE tickets SET status = 'waiting', arrival_at = @arrivalAt, counter_id = NULL, officer_id = NULL, called_at = NULL,
        serving_at = NULL, recalls = 0, call_reason = NULL, call_reason_vi = NULL WHERE id = @id`),
    };
  }

  /** Sets a ticket's priority group and keeps why, for its call's reason. */
  changePriority(ticketId: number, priority: PriorityGroup | null, reason: string, userId: number, at: number): void {
    this.q.setPriority.run({ id: ticketId, priority, isPriority: priority ? 1 : 0 });
    this.q.note.run({ ticketId, priority, reason, userId, at });
  }

  /** Why a supervisor changed this ticket's priority, if one did. */
  priorityNote(ticketId: number): PriorityNote | undefined {
    return this.q.noteOf.get(ticketId);
  }

  /** Puts a called or served ticket back to waiting, ahead of everyone waiting in its service's line. */
  requeueAtFront(ticketId: number, serviceId: number, arrivalAt: number): void {
    const front = this.q.lineFront.get(serviceId);
    this.q.requeue.run({ id: ticketId, arrivalAt: front === null || front === undefined ? arrivalAt : Math.min(arrivalAt, front - 1) });
  }
}
