// Counters: an officer opens one (leaving the one they worked at before), pauses it with a reason,
// resumes and closes it; never with a ticket in hand. Each answers the counter as it is now.
import type { CounterView, PauseReason } from '@motcua/protocol';
import type { Actor } from '../../domain/actor.ts';
import { assertMayOpen } from '../../domain/counter-access.ts';
import { conflict } from '../../domain/errors.ts';
import { NOT_PAUSED, type CounterRuntime } from '../../store/index.ts';
import type { Outcome, QueueEvent } from './events.ts';
import type { QueueState } from './state.ts';
import type { QueueViews } from './views.ts';

export class Counters {
  constructor(
    private readonly state: QueueState,
    private readonly views: QueueViews,
  ) {}

  open(counterId: number, actor: Actor): CounterView {
    const { catalog, store } = this.state;
    const counter = catalog.counter(counterId);
    return this.state.run(() => {
      const runtime = this.state.runtime(counterId);
      assertMayOpen(actor, { ...counter, officerId: runtime.officerId }, catalog.department(counter.departmentId).name);
      const userId = actor.userId!;
      const previous = store.catalog.counterOfOfficer(userId);
      const left: QueueEvent[] = [];
      if (previous !== undefined && previous !== counterId) {
        this.state.assertEmptyHanded(previous);
        store.catalog.saveRuntime({ ...this.state.runtime(previous), state: 'closed', officerId: null, ...NOT_PAUSED, priorityStreak: 0 });
        left.push({ kind: 'counter', counter: this.views.counterView(previous) });
      }
      store.catalog.saveRuntime({ ...runtime, state: runtime.state === 'paused' ? 'paused' : 'open', officerId: userId });
      this.state.audit(actor, 'counter.open', counterId, null);
      const changed = this.changed(counterId);
      return { ...changed, events: [...left, ...changed.events] };
    });
  }

  close(counterId: number, actor: Actor): CounterView {
    return this.change(counterId, actor, 'counter.close', (runtime) => {
      this.state.assertEmptyHanded(counterId);
      return { ...runtime, state: 'closed', officerId: null, ...NOT_PAUSED, priorityStreak: 0 };
    });
  }

  pause(counterId: number, actor: Actor, reason: PauseReason, note?: string): CounterView {
    const pauseNote = note?.trim() || null;
    return this.change(counterId, actor, 'counter.pause', (runtime) => {
      this.state.assertEmptyHanded(counterId);
      return { ...runtime, state: 'paused', pauseReason: reason, pauseNote };
    }, { reason, note: pauseNote ?? undefined });
  }

  resume(counterId: number, actor: Actor): CounterView {
    return this.change(counterId, actor, 'counter.resume', (runtime) => {
      if (runtime.state !== 'paused') {
        const { number } = this.state.catalog.counter(counterId);
        throw conflict('not_paused', `Counter ${number} is not paused.`, `Quầy ${number} không ở trạng thái tạm dừng.`);
      }
      return { ...runtime, state: 'open', ...NOT_PAUSED };
    });
  }

  /** A change of the counter by the actor working there, with its audit row. */
  private change(counterId: number, actor: Actor, action: string, next: (runtime: CounterRuntime) => CounterRuntime, detail?: Record<string, unknown>): CounterView {
    return this.state.run(() => {
      this.state.store.catalog.saveRuntime(next(this.state.requireAt(counterId, actor)));
      this.state.audit(actor, action, counterId, null, detail);
      return this.changed(counterId);
    });
  }

  private changed(counterId: number): Outcome<CounterView> {
    const counter = this.views.counterView(counterId);
    return { result: counter, events: [{ kind: 'counter', counter }] };
  }
}
