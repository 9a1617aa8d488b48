// What the queue's jobs share: the store, the clock, the catalog and settings in memory, today's
// business day, the records every job reads and writes (a ticket, a counter's state, audit rows),
// and the one place where a command runs in a transaction and its events are published once it
// is committed.
import type { CounterView, WaitingCounts } from '@motcua/protocol';
import type { Actor } from '../../domain/actor.ts';
import { businessDay, type Clock } from '../../domain/business-day.ts';
import { assertAtCounter } from '../../domain/counter-access.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import { IN_HAND_STATUSES, transition, type TicketAction } from '../../domain/ticket-state.ts';
import type { CounterRuntime, Settings, Store, TicketRecord } from '../../store/index.ts';
import type { AtCounter, TicketChange } from '../../store/tickets.ts';
import { CatalogIndex } from '../catalog-index.ts';
import { eventKey, WAITING_CHANGED, type Outcome, type QueueEvent, type QueuePublisher } from './events.ts';

export class QueueState {
  private index!: CatalogIndex;
  private settingsValue!: Settings;
  private sweptDay: string | null = null;
  /** The day swept by the command under way, not kept yet. */
  private sweepingDay: string | null = null;
  /** Goes up with every committed command that changed something (the wait forecast reads it). */
  version = 0;
  /** Goes up when a counter opens, pauses, resumes or closes: a forecast made before is not kept (it may promise no wait, or a counter gone). */
  staffing = 0;
  private readonly counterStates = new Map<number, CounterView['state']>();

  constructor(
    readonly store: Store,
    readonly clock: Clock,
    private readonly publisher: QueuePublisher,
  ) {
    this.reload();
  }

  /** Re-reads the catalog and settings (after an admin change). */
  reload(): void {
    this.index = new CatalogIndex(this.store.catalog.load());
    const settings = this.store.catalog.settings();
    if (!settings) throw new Error('the database holds no center settings: apply a configuration first');
    this.settingsValue = settings;
  }

  get catalog(): CatalogIndex {
    return this.index;
  }

  get settings(): Settings {
    return this.settingsValue;
  }

  // ------------------------------------------------------------ running commands

  /** Runs `command` in one transaction, then publishes the events it caused. */
  run<T>(command: () => Outcome<T>): T {
    return this.settle(this.kept(() => this.store.transaction(command)));
  }

  /** Runs `command` in this turn's group commit (issuing): its events go out once the group is durable. */
  runGrouped<T>(command: () => Outcome<T>): T {
    return this.settle(this.kept(() => this.store.grouped(command)));
  }

  /** A day's sweep counts as done only once the command that made it is kept (a refusal rolls it back). */
  private kept<T>(write: () => T): T {
    try {
      const written = write();
      if (this.sweepingDay !== null) this.sweptDay = this.sweepingDay;
      return written;
    } finally {
      this.sweepingDay = null;
    }
  }

  /** Publishes the events once the open group commits (one per kind and subject), or at once when none is open. */
  settle<T>({ result, events }: Outcome<T>): T {
    if (events.length > 0) this.version++;
    for (const event of events) {
      if (event.kind !== 'counter' || this.counterStates.get(event.counter.id) === event.counter.state) continue;
      this.counterStates.set(event.counter.id, event.counter.state);
      this.staffing++;
    }
    for (const event of events) this.store.afterCommit(eventKey(event), () => this.publish(event));
    return result;
  }

  private publish(event: QueueEvent): void {
    switch (event.kind) {
      case 'called': return this.publisher.called(event.call);
      case 'counter': return this.publisher.counterChanged(event.counter);
      case 'waiting': return this.publisher.queueChanged(this.waitingCounts());
      case 'rating-open': return this.publisher.ratingOpen?.(event.prompt);
      case 'rating-closed': return this.publisher.ratingClosed?.(event.closed, event.counterId, event.officerId);
    }
  }

  /** Today's business day; the first time a day is seen, what earlier days left waiting expires. */
  rollover(): Outcome<string> {
    const now = this.clock();
    const day = businessDay(now, this.settingsValue.center.timeZone);
    if (day === this.sweptDay) return { result: day, events: [] };
    const expired = this.store.tickets.expireBefore(day, now.getTime());
    if (this.store.db.inTransaction) this.sweepingDay = day;
    else this.sweptDay = day;
    return { result: day, events: expired > 0 ? [WAITING_CHANGED] : [] };
  }

  waitingCounts(): WaitingCounts {
    const counts = this.store.tickets.waitingCounts();
    return Object.fromEntries(this.index.data.departments.map((d) => [d.code, counts.get(d.id) ?? 0]));
  }

  // ------------------------------------------------------------ records

  ticket(id: number): TicketRecord {
    const t = this.store.tickets.get(id);
    if (!t) throw notFound('unknown_ticket', `No ticket with id ${id}.`);
    return t;
  }

  runtime(counterId: number): CounterRuntime {
    const r = this.store.catalog.runtime(counterId);
    if (!r) throw notFound('unknown_counter', `No counter with id ${counterId}.`);
    return r;
  }

  counterNumber(counterId: number | null): string {
    return counterId === null ? '?' : String(this.index.counters.get(counterId)?.number ?? counterId);
  }

  /** The ticket called or being served at a counter, if any. */
  inHand(counterId: number): TicketRecord | undefined {
    return this.store.tickets.liveAtCounter(counterId).find((t) => IN_HAND_STATUSES.includes(t.status));
  }

  /** The ticket in hand at every counter that has one (as inHand, in one read): its service and when it was called. */
  inHandEverywhere(): Map<number, AtCounter> {
    const held = new Map<number, AtCounter>();
    for (const t of this.store.tickets.liveAtCounters()) if (IN_HAND_STATUSES.includes(t.status) && !held.has(t.counterId)) held.set(t.counterId, t);
    return held;
  }

  /** The counter's state, once the actor is known to work there. */
  requireAt(counterId: number, actor: Actor): CounterRuntime {
    const counter = this.index.counter(counterId);
    const runtime = this.runtime(counterId);
    assertAtCounter(actor, { ...counter, officerId: runtime.officerId });
    return runtime;
  }

  assertEmptyHanded(counterId: number): void {
    const held = this.inHand(counterId);
    if (held) {
      const { number } = this.index.counter(counterId);
      throw conflict('counter_busy', `Counter ${number} still has ticket ${held.number} in hand: finish it, mark it no-show, park or transfer it first.`, `Quầy ${number} đang giữ phiếu số ${held.number}: hãy kết thúc, đánh dấu vắng mặt, tạm giữ hoặc chuyển phiếu trước.`);
    }
  }

  /** A ticket held at the actor's counter. */
  held(ticketId: number, actor: Actor): TicketRecord {
    const t = this.ticket(ticketId);
    if (t.counterId === null) throw conflict('not_held', `Ticket ${t.number} is not at any counter: call it first.`, `Phiếu số ${t.number} chưa được gọi đến quầy nào: hãy gọi phiếu trước.`);
    this.requireAt(t.counterId, actor);
    return t;
  }

  /** Checks the transition, writes it and its audit row. Call inside a transaction. */
  apply(ticketId: number, action: TicketAction, actor: Actor, counterId: number | null, change: TicketChange, detail?: Record<string, unknown>): TicketRecord {
    const t = this.ticket(ticketId);
    const status = transition(String(t.number), t.status, action);
    const record = this.store.tickets.update(t.id, { ...change, status });
    this.audit(actor, `ticket.${action}`, counterId, t.id, { number: t.number, from: t.status, ...detail });
    return record;
  }

  audit(actor: Actor, action: string, counterId: number | null, ticketId: number | null, detail?: Record<string, unknown>): void {
    this.store.audit.record({ at: this.clock().getTime(), userId: actor.userId, deviceId: actor.deviceId, action, counterId, ticketId, detail: detail ?? null });
  }
}
