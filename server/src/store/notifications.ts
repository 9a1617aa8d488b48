// Messages to citizens, queued once per (subject, channel) so a restart or a second look never sends
// twice, then sent, retried or given up with the reason. Also what the notifier looks at: waiting
// appointment tickets whose booking left a phone.
import type { Db } from './db.ts';

export interface NotificationRecord {
  id: number; ref: string; channel: string; recipient: string; message: string;
  status: 'pending' | 'sent' | 'failed'; attempts: number; nextAt: number; lastError: string | null; createdAt: number; sentAt: number | null;
}

interface Row {
  id: number; ref: string; channel: string; recipient: string; message: string; status: NotificationRecord['status'];
  attempts: number; next_at: number; last_error: string | null; created_at: number; sent_at: number | null;
}

const toRecord = (r: Row): NotificationRecord => ({
  id: r.id, ref: r.ref, channel: r.channel, recipient: r.recipient, message: r.message, status: r.status,
  attempts: r.attempts, nextAt: r.next_at, lastError: r.last_error, createdAt: r.created_at, sentAt: r.sent_at,
});

export class NotificationStore {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      enqueue: db.prepare(`INSERT INTO notifications (ref, channel, recipient, message, next_at, created_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (ref, channel) DO NOTHING`),
      known: db.prepare<[string], number>('SELECT count(*) FROM notifications WHERE ref = ?').pluck(),
      due: db.prepare<[number, number], Row>(`SELECT * FROM notifications WHERE status = 'pending' AND next_at <= ? ORDER BY next_at, id LIMIT ?`),
      sent: db.prepare<[number, number, number]>(`UPDATE notifications SET status = 'sent', attempts = ?, sent_at = ? WHERE id = ?`),
      retry: db.prepare<[number, number, string, number]>(`UPDATE notifications SET attempts = ?, next_at = ?, last_error = ? WHERE id = ?`),
      failed: db.prepare<[number, string, number]>(`UPDATE notifications SET status = 'failed', attempts = ?, last_error = ? WHERE id = ?`),
      all: db.prepare<[], Row>('SELECT * FROM notifications ORDER BY id'),
      subscribe: db.prepare(`INSERT INTO push_subscriptions (ticket_id, endpoint, p256dh, auth, created_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (ticket_id, endpoint) DO UPDATE SET p256dh = excluded.p256dh, auth = excluded.auth`),
      // Both looks run every few seconds on the event loop: each reads only its few rows (the subscriptions,
      // CROSS JOIN keeping that order; the waiting tickets of bookings, through their partial index), not
      // every waiting ticket (20 and 3 ms with 30,000 waiting).
      waitingWithPush: db.prepare<[], { ticket_id: number; endpoint: string; p256dh: string; auth: string; lang: 'vi' | 'en' }>(`SELECT s.ticket_id, s.endpoint,
        s.p256dh, s.auth, t.lang FROM push_subscriptions s CROSS JOIN tickets t ON t.id = s.ticket_id WHERE t.status = 'waiting'`),
      dropSubscriptions: db.prepare<[number]>(`DELETE FROM push_subscriptions WHERE ticket_id IN (SELECT id FROM tickets WHERE status != 'waiting' AND issued_at < ?)`),
      waitingWithPhone: db.prepare<[], { ticket_id: number; phone: string; lang: 'vi' | 'en' }>(`SELECT t.id AS ticket_id, a.phone, a.lang FROM appointments a
        JOIN tickets t ON t.id = a.ticket_id WHERE a.status = 'checked_in' AND a.phone IS NOT NULL AND t.status = 'waiting' AND t.appointment_at IS NOT NULL
        AND t.appointment_id = a.id`),
    };
  }

  /** Queues a message, due at `dueAt` (ms, the machine's clock), unless one for `ref` on `channel` exists already. */
  enqueue(ref: string, channel: string, recipient: string, message: string, createdAt: number, dueAt: number): void {
    this.q.enqueue.run(ref, channel, recipient, message, dueAt, createdAt);
  }

  /** Whether any message was queued for `ref`. */
  known(ref: string): boolean {
    return this.q.known.get(ref)! > 0;
  }

  due(now: number, limit: number): NotificationRecord[] {
    return this.q.due.all(now, limit).map(toRecord);
  }

  markSent(id: number, attempts: number, at: number): void {
    this.q.sent.run(attempts, at, id);
  }

  markRetry(id: number, attempts: number, nextAt: number, error: string): void {
    this.q.retry.run(attempts, nextAt, error, id);
  }

  markFailed(id: number, attempts: number, error: string): void {
    this.q.failed.run(attempts, error, id);
  }

  all(): NotificationRecord[] {
    return this.q.all.all().map(toRecord);
  }

  /** A phone page's Web Push subscription for its ticket. */
  subscribe(ticketId: number, endpoint: string, keys: { p256dh: string; auth: string }, at: number): void {
    this.q.subscribe.run(ticketId, endpoint, keys.p256dh, keys.auth, at);
  }

  /** Waiting tickets followed by a browser that asked for Web Push, with its subscription (JSON). */
  waitingWithPush(): { ticketId: number; subscription: string; lang: 'vi' | 'en' }[] {
    return this.q.waitingWithPush.all().map((r) => ({
      ticketId: r.ticket_id, lang: r.lang, subscription: JSON.stringify({ endpoint: r.endpoint, keys: { p256dh: r.p256dh, auth: r.auth } }),
    }));
  }

  /** Forgets the subscriptions of tickets no longer waiting, issued before `before` (ms). */
  dropSubscriptions(before: number): void {
    this.q.dropSubscriptions.run(before);
  }

  /** Waiting tickets of checked-in bookings that left a phone. */
  waitingWithPhone(): { ticketId: number; phone: string; lang: 'vi' | 'en' }[] {
    return this.q.waitingWithPhone.all().map((r) => ({ ticketId: r.ticket_id, phone: r.phone, lang: r.lang }));
  }
}
