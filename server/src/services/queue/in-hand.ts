// The ticket in an officer's hand: serve, finish (the counter's rating tablet then asks the
// citizen), no-show, park and resume, transfer to another service or counter (a new waiting ticket
// with the same number, tracking code and arrival), and the citizen's rating once it is done.
import type { RatingScale, RatingScore, Ticket, TransferRequest } from '@motcua/protocol';
import type { Actor } from '../../domain/actor.ts';
import { assertCanRate, assertOnScale } from '../../domain/rating.ts';
import type { TicketAction } from '../../domain/ticket-state.ts';
import { assertCounterServes, assertTransferTarget, transferServiceId } from '../../domain/transfer.ts';
import type { TicketRecord } from '../../store/index.ts';
import type { TicketChange } from '../../store/tickets.ts';
import { WAITING_CHANGED, type Outcome, type QueueEvent } from './events.ts';
import type { QueueState } from './state.ts';
import type { QueueViews } from './views.ts';

export class TicketInHand {
  constructor(
    private readonly state: QueueState,
    private readonly views: QueueViews,
  ) {}

  serve(ticketId: number, actor: Actor): Ticket {
    return this.act(ticketId, actor, 'serve', () => ({ servingAt: this.state.clock().getTime() }));
  }

  finish(ticketId: number, actor: Actor): Ticket {
    const at = this.state.clock();
    return this.act(ticketId, actor, 'finish', () => ({ finishedAt: at.getTime() }), (ticket) => [{
      kind: 'rating-open', prompt: { ticketId: ticket.id, number: ticket.number, counterId: ticket.counterId!, counterNumber: ticket.counterNumber ?? 0, finishedAt: at.toISOString() },
    }]);
  }

  noShow(ticketId: number, actor: Actor): Ticket {
    return this.act(ticketId, actor, 'no_show', () => ({ finishedAt: this.state.clock().getTime() }));
  }

  park(ticketId: number, actor: Actor): Ticket {
    return this.act(ticketId, actor, 'park', () => ({}));
  }

  resume(ticketId: number, actor: Actor): Ticket {
    return this.act(ticketId, actor, 'resume', (t) => {
      this.state.assertEmptyHanded(t.counterId!);
      return { servingAt: this.state.clock().getTime() };
    });
  }

  /** Sends a ticket in hand to another service or counter; the new ticket keeps number and arrival. */
  transfer(ticketId: number, actor: Actor, request: TransferRequest): Ticket {
    assertTransferTarget(request);
    const { catalog, store } = this.state;
    const targetCounter = request.counterId === undefined ? undefined : catalog.counter(request.counterId);
    return this.state.run(() => {
      const t = this.state.held(ticketId, actor);
      const service = catalog.service(request.serviceId ?? transferServiceId(t.serviceId, targetCounter!));
      assertCounterServes(targetCounter, service);
      const now = this.state.clock().getTime();
      this.state.apply(t.id, 'transfer', actor, t.counterId, { finishedAt: now }, { serviceId: service.id, counterId: targetCounter?.id ?? null, toBack: request.toBack ?? false });
      const created = store.tickets.insert({
        businessDay: t.businessDay, number: t.number, departmentId: service.departmentId, serviceId: service.id, priority: t.priority,
        lang: t.lang, trackCode: t.trackCode, issuedAt: t.issuedAt, queuedAt: now, arrivalAt: request.toBack ? now : t.arrivalAt,
        targetCounterId: targetCounter?.id ?? null, transferredFrom: t.id, kioskId: t.kioskId, idempotencyKey: null,
        procedureCode: t.procedureCode, kind: t.kind, dossierCode: t.dossierCode,
      });
      return { result: this.views.view(created), events: [{ kind: 'counter', counter: this.views.counterView(t.counterId!) }, WAITING_CHANGED] };
    });
  }

  /** The citizen's rating of a finished ticket, from its counter's rating device or the officer there. */
  rate(ticketId: number, actor: Actor, score: RatingScore, givenScale?: RatingScale): void {
    const { store } = this.state;
    const scale = givenScale ?? this.state.settings.center.ratingScale ?? 4;
    assertOnScale(score, scale);
    this.state.run(() => {
      const t = this.state.ticket(ticketId);
      const atCounter = actor.deviceCounterId ?? (actor.userId === null ? undefined : store.catalog.counterOfOfficer(actor.userId));
      assertCanRate(t, atCounter, store.audit.isRated(t.id), this.state.counterNumber(t.counterId));
      // Entered on a device (the citizen's rating box or tablet), or by the officer on the console: marked, so that the index can leave it out.
      const enteredBy = actor.deviceId === null ? 'officer' : 'device';
      store.audit.addRating({
        ticketId: t.id, score, scale, ratedAt: this.state.clock().getTime(), officerId: t.officerId, counterId: t.counterId, serviceId: t.serviceId, enteredBy, deviceId: actor.deviceId,
      });
      this.state.audit(actor, 'ticket.rate', t.counterId, t.id, { score, scale, enteredBy });
      return { result: undefined, events: [{ kind: 'rating-closed', closed: { ticketId: t.id, number: String(t.number), score }, counterId: t.counterId!, officerId: t.officerId }] };
    });
  }

  /** One action on a ticket held at the actor's counter; the counter's new state, then `more` events. */
  private act(ticketId: number, actor: Actor, action: TicketAction, fields: (t: TicketRecord) => TicketChange, more: (ticket: Ticket) => QueueEvent[] = () => []): Ticket {
    return this.state.run((): Outcome<Ticket> => {
      const t = this.state.held(ticketId, actor);
      const record = this.state.apply(t.id, action, actor, t.counterId, fields(t));
      const ticket = this.views.view(record);
      return { result: ticket, events: [{ kind: 'counter', counter: this.views.counterView(record.counterId!) }, ...more(ticket)] };
    });
  }
}
