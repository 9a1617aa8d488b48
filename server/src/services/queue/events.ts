// What queue commands tell the outside: each command returns the events it caused with its result,
// and QueueState publishes them once they are committed, to the port below (the realtime hub
// implements it; services never import realtime).
import type { Call, CounterView, RatingClosed, RatingPrompt, WaitingCounts } from '@motcua/protocol';

export type QueueEvent =
  | { kind: 'called'; call: Omit<Call, 'seq'> }
  | { kind: 'counter'; counter: CounterView }
  /** The waiting counts changed; they are read when published (once for a group of tickets). */
  | { kind: 'waiting' }
  | { kind: 'rating-open'; prompt: RatingPrompt }
  | { kind: 'rating-closed'; closed: RatingClosed; counterId: number; officerId: number | null };

export const WAITING_CHANGED: QueueEvent = { kind: 'waiting' };

/** A command's answer and the events it caused. */
export interface Outcome<T> {
  result: T;
  events: QueueEvent[];
}

/** Where committed changes go. */
export interface QueuePublisher {
  called(call: Omit<Call, 'seq'>): void;
  queueChanged(waiting: WaitingCounts): void;
  counterChanged(counter: CounterView): void;
  /** A ticket was finished: the rating tablet of its counter asks the citizen (outside the stream). */
  ratingOpen?(prompt: RatingPrompt): void;
  /** A ticket was rated: its counter's tablet returns to idle, its officer's day updates (outside the stream). */
  ratingClosed?(closed: RatingClosed, counterId: number, officerId: number | null): void;
}

/** Events of one kind and subject publish once per group commit: the last one wins. */
export function eventKey(event: QueueEvent): string {
  switch (event.kind) {
    case 'called': return `called:${event.call.ticketId}:${event.call.calledAt}`;
    case 'counter': return `counter:${event.counter.id}`;
    case 'waiting': return 'waiting';
    case 'rating-open': return `rating-open:${event.prompt.ticketId}`;
    case 'rating-closed': return `rating-closed:${event.closed.ticketId}`;
  }
}
