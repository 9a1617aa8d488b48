// What a supervisor (or admin) does to the queue beyond watching: closes a counter its officer left
// open (the officer is signed out of it; the ticket in hand goes back to the front of its line or is
// finished, as chosen), and changes a waiting ticket's priority group with a reason that is audited
// and given again by the ticket's call.
import type { CloseTicketChoice, CounterView, PriorityGroup, Ticket } from '@motcua/protocol';
import type { Actor } from '../../domain/actor.ts';
import { assertMaySupervise } from '../../domain/counter-access.ts';
import { conflict } from '../../domain/errors.ts';
import { transition } from '../../domain/ticket-state.ts';
import { NOT_PAUSED } from '../../store/index.ts';
import { WAITING_CHANGED, type QueueEvent } from './events.ts';
import type { QueueState } from './state.ts';
import type { QueueViews } from './views.ts';

export class Supervising {
  constructor(
    private readonly state: QueueState,
    private readonly views: QueueViews,
  ) {}

  closeCounter(counterId: number, actor: Actor, choice: CloseTicketChoice | undefined): CounterView {
    const counter = this.state.catalog.counter(counterId);
    return this.state.run(() => {
      const runtime = this.state.runtime(counterId);
      assertMaySupervise(actor, { ...counter, officerId: runtime.officerId });
      const held = this.state.inHand(counterId);
      const events: QueueEvent[] = [];
      if (held && choice === undefined) {
        throw conflict('counter_busy', `Counter ${counter.number} has ticket ${held.number} in hand: choose whether it goes back to waiting at the front of its line (requeue) or is finished (finish).`, `Quầy ${counter.number} đang giữ phiếu số ${held.number}: hãy chọn trả phiếu về đầu hàng chờ hoặc kết thúc phiếu.`);
      }
      if (held && choice === 'finish') this.state.apply(held.id, 'finish', actor, counterId, { finishedAt: this.state.clock().getTime() });
      if (held && choice === 'requeue') {
        transition(String(held.number), held.status, 'requeue');
        this.state.store.supervision.requeueAtFront(held.id, held.serviceId, held.arrivalAt);
        this.state.audit(actor, 'ticket.requeue', counterId, held.id, { number: held.number, from: held.status });
        events.push(WAITING_CHANGED);
      }
      this.state.store.catalog.saveRuntime({ ...runtime, state: 'closed', officerId: null, ...NOT_PAUSED, priorityStreak: 0 });
      this.state.audit(actor, 'supervisor.close-counter', counterId, held?.id ?? null, { officerId: runtime.officerId, ticket: held ? choice : null });
      const view = this.views.counterView(counterId);
      return { result: view, events: [...events, { kind: 'counter', counter: view }] };
    });
  }

  changePriority(ticketId: number, actor: Actor, priority: PriorityGroup | null, reason: string): Ticket {
    return this.state.run(() => {
      const t = this.state.ticket(ticketId);
      if (t.status !== 'waiting') {
        throw conflict('not_waiting', `Ticket ${t.number} is no longer waiting: only a waiting ticket's priority can be changed.`, `Phiếu số ${t.number} không còn ở hàng chờ: chỉ đổi được nhóm ưu tiên của phiếu đang chờ.`);
      }
      this.state.store.supervision.changePriority(t.id, priority, reason, actor.userId!, this.state.clock().getTime());
      this.state.audit(actor, 'ticket.priority', null, t.id, { number: t.number, from: t.priority, to: priority, reason });
      return { result: this.views.view(this.state.ticket(t.id)), events: [WAITING_CHANGED] };
    });
  }
}
