// The notifier: outside the request path, a timer looks at the queue every few seconds and queues
// a message for each citizen whose turn is near (a checked-in booking that left a phone) and for
// each booking of tomorrow (a reminder), once per subject and channel; then it sends what is due,
// retrying with a doubling backoff and recording each outcome (sent, failed, why). A provider that
// is slow or down never blocks nor fails a queue action.
import type { PushSubscriptionBody } from '@motcua/protocol';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../domain/business-day.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import { hashSecret } from '../../security/crypto.ts';
import { backoffMs, DEFAULT_NEAR, isNearTurn, MAX_ATTEMPTS, nearMessage, reminderMessage } from '../../domain/notifications.ts';
import type { Store } from '../../store/index.ts';
import type { AppointmentService } from '../appointments.ts';
import type { QueueService } from '../queue/index.ts';
import { channelsOf, pushChannel, type Channel, type Vapid } from './channels.ts';

export interface NotifierOptions {
  /** How often the queue is looked at and due messages are sent (ms). */
  everyMs: number;
  /** The first retry's wait (ms); each next one doubles. */
  retryBaseMs: number;
}

export const DEFAULT_NOTIFIER: NotifierOptions = { everyMs: 2_000, retryBaseMs: 5_000 };

export class Notifier {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly store: Store,
    private readonly queue: QueueService,
    private readonly appointments: AppointmentService,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
    private readonly options: NotifierOptions,
    private readonly vapid: Vapid,
  ) {}

  /** The server's VAPID public key, for the phone page's PushManager.subscribe. */
  get publicKey(): string {
    return this.vapid.publicKey;
  }

  /** The phone page of `trackCode` asks for Web Push while its ticket waits. */
  subscribe(trackCode: string, subscription: PushSubscriptionBody): void {
    const t = this.store.tickets.byTrackCode(trackCode);
    if (!t) throw notFound('unknown_ticket', 'No ticket has this tracking code.', 'Không tìm thấy phiếu có mã theo dõi này.');
    if (t.status !== 'waiting') throw conflict('not_waiting', `Ticket ${t.number} no longer waits: nothing to tell.`, `Phiếu số ${t.number} không còn chờ.`);
    const now = this.clock().getTime();
    this.store.transaction(() => {
      this.store.notifications.subscribe(t.id, subscription.endpoint, subscription.keys, now);
      this.store.notifications.dropSubscriptions(now - 86_400_000);
    });
  }

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.options.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One look and one round of sending; a round still running is not started again. */
  tick(): Promise<void> {
    this.running ??= this.round().catch((e: unknown) => this.log.error({ err: e }, 'notifier round failed')).finally(() => { this.running = null; });
    return this.running;
  }

  private async round(): Promise<void> {
    const phones = channelsOf(this.queue.settings.center.notifications);
    const push = pushChannel(this.vapid);
    this.look(phones, push);
    await this.sendDue(new Map([...phones, push].map((c) => [c.name, c])));
  }

  /** Queues "near your turn" (by phone, and by Web Push to pages that asked) and tomorrow's reminders not queued yet. */
  private look(phones: Channel[], push: Channel): void {
    const now = this.clock().getTime();
    const queued: { ref: string; to: string; message: string; channels: Channel[] }[] = [];
    const near = (ticketId: number, ref: string, lang: 'vi' | 'en', to: string, channels: Channel[]) => {
      if (channels.length === 0 || this.store.notifications.known(ref)) return;
      const message = this.nearMessage(ticketId, lang, now);
      if (message) queued.push({ ref, to, message, channels });
    };
    for (const w of this.store.notifications.waitingWithPhone()) near(w.ticketId, `near:${w.ticketId}`, w.lang, w.phone, phones);
    for (const w of this.store.notifications.waitingWithPush()) near(w.ticketId, `near:${w.ticketId}:${hashSecret(w.subscription).slice(0, 16)}`, w.lang, w.subscription, [push]);
    for (const b of phones.length > 0 ? this.appointments.tomorrowWithPhone() : []) {
      const ref = `reminder:${b.id}`;
      if (this.store.notifications.known(ref)) continue;
      const service = this.queue.catalog.services.get(b.serviceId);
      queued.push({ ref, to: b.phone!, channels: phones, message: reminderMessage(b.lang, { code: b.code, day: b.day, start: b.start, service: service?.name ?? { vi: '', en: '' } }) });
    }
    if (queued.length === 0) return;
    this.store.transaction(() => {
      for (const q of queued) for (const c of q.channels) this.store.notifications.enqueue(q.ref, c.name, q.to, q.message, now, Date.now());
    });
  }

  /** The "near your turn" message of a waiting ticket, when it is near. */
  private nearMessage(ticketId: number, lang: 'vi' | 'en', now: number): string | null {
    const rules = { ...DEFAULT_NEAR, ...this.queue.settings.center.appointments };
    const record = this.store.tickets.get(ticketId)!;
    const ticket = this.queue.views.view(record);
    const ahead = Math.max(0, (ticket.position ?? 1) - 1);
    if (!isNearTurn({ ahead, etaMinutes: ticket.etaMinutes, appointmentAt: record.appointmentAt, now }, rules)) return null;
    const department = this.queue.catalog.departments.get(record.departmentId)!;
    return nearMessage(lang, { number: ticket.number, service: ticket.serviceName ?? department.name, department: department.name, ahead });
  }

  private async sendDue(channels: Map<string, Channel>): Promise<void> {
    for (const n of this.store.notifications.due(Date.now(), 50)) {
      const attempts = n.attempts + 1;
      const channel = channels.get(n.channel);
      try {
        if (!channel) throw new Error(`the channel ${n.channel} is no longer configured`);
        await channel.send(n.recipient, n.message, `${n.ref}:${n.channel}`);
        this.store.transaction(() => this.store.notifications.markSent(n.id, attempts, this.clock().getTime()));
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        this.log.warn({ ref: n.ref, channel: n.channel, attempts, why }, 'notification not sent');
        this.store.transaction(() => (attempts >= MAX_ATTEMPTS || !channel
          ? this.store.notifications.markFailed(n.id, attempts, why)
          : this.store.notifications.markRetry(n.id, attempts, Date.now() + backoffMs(attempts, this.options.retryBaseMs), why)));
      }
    }
  }
}
