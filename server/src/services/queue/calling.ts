// Calling at a counter: the next ticket by the call policy (which says why), one number typed by
// the officer (a waiting ticket, or one parked at this counter), and the recall, which after the
// policy's recall limit marks the ticket no-show.
import type { CallResponse, Ticket } from '@motcua/protocol';
import type { Actor } from '../../domain/actor.ts';
import { chooseNext, recallOutcome } from '../../domain/call-policy.ts';
import { assertCallableAt } from '../../domain/counter-access.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import { IN_HAND_STATUSES } from '../../domain/ticket-state.ts';
import type { CounterRuntime, TicketRecord } from '../../store/index.ts';
import type { PriorityNote } from '../../store/supervision.ts';
import { WAITING_CHANGED, type QueueEvent } from './events.ts';
import type { QueueState } from './state.ts';
import type { QueueViews } from './views.ts';

export class Calling {
  constructor(
    private readonly state: QueueState,
    private readonly views: QueueViews,
  ) {}

  callNext(counterId: number, actor: Actor): CallResponse {
    const { catalog, store, settings } = this.state;
    const counter = catalog.counter(counterId);
    return this.state.run<CallResponse>(() => {
      const runtime = this.ready(counterId, actor);
      const { events: swept } = this.state.rollover();
      const now = this.state.clock();
      const heads = [...store.tickets.targetedHeads(counterId), ...counter.services.flatMap((s) => store.tickets.lineHeads(s.serviceId, now.getTime()))];
      const choice = chooseNext(this.views.candidatesAt(counter, heads), runtime.priorityStreak, settings.policy, now);
      if (!choice) {
        const result = { ticket: null, reason: `no ticket is waiting for the services of counter ${counter.number}`, reasonVi: `không có phiếu nào đang chờ các dịch vụ của quầy ${counter.number}` };
        return { result, events: swept };
      }
      const { reason, reasonVi } = withPriorityNote(choice, store.supervision.priorityNote(choice.ticketId));
      const record = this.state.apply(choice.ticketId, 'call', actor, counterId, {
        calledAt: now.getTime(), counterId, officerId: runtime.officerId, callReason: reason, callReasonVi: reasonVi, recalls: 0,
      });
      store.catalog.saveRuntime({ ...runtime, priorityStreak: choice.priorityStreak });
      return { result: { ticket: this.views.view(record), reason, reasonVi }, events: [...swept, ...this.announced(record, false)] };
    });
  }

  /** Calls one live number: a waiting ticket, or one parked at this counter. */
  callNumber(counterId: number, actor: Actor, number: number): Ticket {
    return this.state.run(() => {
      const runtime = this.ready(counterId, actor);
      const { result: day, events: swept } = this.state.rollover();
      const t = this.state.store.tickets.liveByNumber(day, number);
      if (!t) throw notFound('no_live_ticket', `No live ticket has number ${number} today.`, `Hôm nay không có phiếu số ${number} đang chờ hoặc đang phục vụ.`);
      const counter = this.state.catalog.counter(counterId);
      assertCallableAt(t, { ...counter, officerId: runtime.officerId }, this.state.catalog.department(t.departmentId).name);
      const at = this.state.counterNumber(t.counterId);
      if (t.status === 'parked' && t.counterId !== counterId) throw conflict('parked_elsewhere', `Ticket ${number} is parked at counter ${at}.`, `Phiếu số ${number} đang được tạm giữ tại quầy ${at}.`);
      if (IN_HAND_STATUSES.includes(t.status)) throw conflict('already_called', `Ticket ${number} was already called at counter ${at}.`, `Phiếu số ${number} đã được gọi tại quầy ${at}.`);
      const here = counter.number;
      const record = this.state.apply(t.id, 'call', actor, counterId, {
        calledAt: this.state.clock().getTime(), counterId, officerId: runtime.officerId, recalls: 0,
        callReason: `called by number at counter ${here}`, callReasonVi: `gọi theo số tại quầy ${here}`,
      });
      return { result: this.views.view(record), events: [...swept, ...this.announced(record, false)] };
    });
  }

  recall(counterId: number, actor: Actor): Ticket {
    return this.state.run(() => {
      this.state.requireAt(counterId, actor);
      const t = this.state.store.tickets.liveAtCounter(counterId).find((x) => x.status === 'called');
      if (!t) {
        const { number } = this.state.catalog.counter(counterId);
        throw conflict('nothing_to_recall', `Counter ${number} has no called ticket to recall.`, `Quầy ${number} không có phiếu đã gọi để gọi lại.`);
      }
      if (recallOutcome(t.recalls, this.state.settings.policy) === 'no_show') {
        const record = this.state.apply(t.id, 'no_show', actor, counterId, { finishedAt: this.state.clock().getTime() });
        return { result: this.views.view(record), events: [{ kind: 'counter', counter: this.views.counterView(counterId) }] };
      }
      const record = this.state.apply(t.id, 'recall', actor, counterId, { recalls: t.recalls + 1 });
      return { result: this.views.view(record), events: this.announced(record, true) };
    });
  }

  /** The counter's state, once the actor works there, it is not paused and has no ticket in hand. */
  private ready(counterId: number, actor: Actor): CounterRuntime {
    const runtime = this.state.requireAt(counterId, actor);
    if (runtime.state === 'paused') {
      const { number } = this.state.catalog.counter(counterId);
      throw conflict('counter_paused', `Counter ${number} is paused (${runtime.pauseReason ?? 'other'}). Resume it before calling.`, `Quầy ${number} đang tạm dừng. Hãy tiếp tục làm việc trước khi gọi số.`);
    }
    this.state.assertEmptyHanded(counterId);
    return runtime;
  }

  /**
   * A call (or recall) for displays and, for a call, the waiting counts. No `counter:changed`: a
   * counter calls only when open and empty-handed, so the call itself says its new state (the
   * number in hand), and each screen's push costs a write per screen (2,000 screens per center).
   */
  private announced(t: TicketRecord, recall: boolean): QueueEvent[] {
    const called: QueueEvent = { kind: 'called', call: this.views.callOf(t, recall) };
    return recall ? [called] : [called, WAITING_CHANGED];
  }
}

/** The call's reason, saying so when a supervisor changed the ticket's priority group, and why. */
function withPriorityNote(call: { reason: string; reasonVi: string }, note: PriorityNote | undefined): { reason: string; reasonVi: string } {
  if (!note) return call;
  return {
    reason: `${call.reason}; priority ${note.priority ?? 'none'} set by a supervisor: ${note.reason}`,
    reasonVi: `${call.reasonVi}; giám sát viên đổi nhóm ưu tiên (${note.priority ?? 'không'}): ${note.reason}`,
  };
}
