// Checks what a client sends over Socket.IO against its event's payload schema in the protocol's
// event table, like every HTTP body: an agent holds a key, but what it sends is still input.
import { CLIENT_EVENTS, type ClientEvent } from '@motcua/protocol';
import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';

type WithPayload = { [E in ClientEvent]: (typeof CLIENT_EVENTS)[E]['payload'] extends TSchema ? E : never }[ClientEvent];
type PayloadOf<E extends WithPayload> = (typeof CLIENT_EVENTS)[E]['payload'] extends infer S extends TSchema ? Static<S> : never;

/** The payload of `event` typed, or undefined when it does not fit the event's schema. */
export function received<E extends WithPayload>(event: E, payload: unknown): PayloadOf<E> | undefined {
  return Value.Check(CLIENT_EVENTS[event].payload, payload) ? (payload as PayloadOf<E>) : undefined;
}
