// /api/counters/**: open, close, pause, resume, call next, recall, call a number, and a counter's
// queue; /api/keypad: a counter's call keypad, one command per key.
import { keypadAction } from '../../services/keypad.ts';
import type { KeypadAction } from '@motcua/protocol';
import { actorOf } from '../auth.ts';
import type { RouteContext } from '../context.ts';
import type { Handlers } from '../register.ts';

type CounterRoute = `POST /api/counters/:id/${'open' | 'close' | 'pause' | 'resume' | 'call-next' | 'recall' | 'call'}` | 'GET /api/counters/:id/queue' | 'POST /api/keypad';

export function counterHandlers(ctx: RouteContext): Handlers<CounterRoute> {
  const tell = (action: KeypadAction) => ctx.hub.keypadAction(action, ctx.queue.store.catalog.runtime(action.counterId)?.officerId ?? null);
  return {
    'POST /api/counters/:id/open': async (request) => ({ counter: ctx.queue.open(request.params.id, actorOf(request)) }),
    'POST /api/counters/:id/close': async (request) => ({ counter: ctx.queue.close(request.params.id, actorOf(request)) }),
    'POST /api/counters/:id/pause': async (request) => ({ counter: ctx.queue.pause(request.params.id, actorOf(request), request.body.reason, request.body.note) }),
    'POST /api/counters/:id/resume': async (request) => ({ counter: ctx.queue.resumeCounter(request.params.id, actorOf(request)) }),
    'POST /api/counters/:id/call-next': async (request) => ctx.queue.callNext(request.params.id, actorOf(request)),
    'POST /api/counters/:id/recall': async (request) => ({ ticket: ctx.queue.recall(request.params.id, actorOf(request)) }),
    'POST /api/counters/:id/call': async (request) => ({ ticket: ctx.queue.callNumber(request.params.id, actorOf(request), Number(request.body.number)) }),
    'GET /api/counters/:id/queue': async (request) => ({
      counter: ctx.queue.counterView(request.params.id),
      held: ctx.queue.heldAt(request.params.id),
      waiting: ctx.queue.waitingAt(request.params.id),
    }),
    'POST /api/keypad': async (request) => keypadAction(ctx.queue, actorOf(request), request.body, ctx.clock(), tell),
  };
}
