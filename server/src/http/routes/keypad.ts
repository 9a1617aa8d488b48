// The call keypad of a counter (driven by the device agent, drivers/src/hid): one command per key.
import Type from 'typebox';
import { KEYPAD_ACTIONS, type KeypadAction } from '@motcua/protocol';
import { keypadAction } from '../../services/keypad.ts';
import { actorOf } from '../auth.ts';
import { errors, guard, type App, type RouteContext } from '../context.ts';

const KeypadBody = Type.Object({
  action: Type.Unsafe<(typeof KEYPAD_ACTIONS)[number]>(Type.Enum([...KEYPAD_ACTIONS])),
  number: Type.Optional(Type.String({ pattern: '^[0-9]{1,6}$', description: 'The number typed, for `call`' })),
}, { additionalProperties: false });

const KeypadActionSchema = Type.Object({
  counterId: Type.Integer(),
  action: Type.String({ description: 'The action done: the request\'s, or `resume` for `pause` on a paused counter' }),
  ok: Type.Boolean(),
  number: Type.Optional(Type.String()),
  ticketId: Type.Optional(Type.Integer()),
  code: Type.Optional(Type.String()),
  message: Type.String(),
  messageVi: Type.Optional(Type.String()),
  at: Type.String({ format: 'date-time' }),
});

export function keypadRoutes(app: App, ctx: RouteContext): void {
  const tell = (action: KeypadAction) => ctx.hub.keypadAction(action, ctx.queue.store.catalog.runtime(action.counterId)?.officerId ?? null);

  app.post('/api/keypad', {
    ...guard(ctx, ['agent']),
    schema: {
      tags: ['devices'],
      summary: "A call keypad's key, done as the officer working at the counter the agent key is bound to",
      description: '`call-next`; `call` with the typed `number`; `recall`; `finish` and `no-show` of the ticket in hand; `transfer` (the console opens its transfer dialog for the ticket in hand); `pause` (reason other), or resume when paused. Needs an officer working at the counter. Whether done or refused, `keypad:action` goes to room `counter:<id>` and to the officer there, so the console shows what the keypad did.',
      body: KeypadBody,
      response: { 200: KeypadActionSchema, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => keypadAction(ctx.queue, actorOf(request), request.body, ctx.clock(), tell));
}
