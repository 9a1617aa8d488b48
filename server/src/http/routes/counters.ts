// /api/counters/**: open, close, pause, resume, call next, recall, call a number, and a counter's
// queue; /api/keypad: a counter's call keypad, one command per key.
import { keypadAction, type NoShowsAsked } from '../../services/keypad.ts';
import type { KeypadAction } from '@motcua/protocol';
import { actorOf } from '../auth.ts';
import type { RouteContext } from '../context.ts';
import type { Handlers } from '../register.ts';

type CounterRoute = `POST /api/counters/:id/${'open' | 'close' | 'pause' | 'resume' | 'call-next' | 'recall' | 'call'}` | 'GET /api/counters/:id/queue' | 'POST /api/keypad';

export function counterHandlers(ctx: RouteContext): Handlers<CounterRoute> {
  const tell = (action: KeypadAction) => ctx.hub.keypadAction(action, ctx.queue.views.officerAt(action.counterId));
  const noShowsAsked: NoShowsAsked = new Map();
  return {
    'POST /api/counters/:id/open': async (request) => ({ counter: ctx.queue.counters.open(request.params.id, actorOf(request)) }),
    'POST /api/counters/:id/close': async (request) => {
      const actor = actorOf(request);
      const { id } = request.params;
      // The officer working there closes at the end of work; anyone else is a supervisor closing it for them.
      if (actor.userId !== null && ctx.queue.views.officerAt(id) === actor.userId) return { counter: ctx.queue.counters.close(id, actor) };
      return { counter: ctx.queue.supervising.closeCounter(id, actor, request.body?.ticket) };
    },
    'POST /api/counters/:id/pause': async (request) => ({ counter: ctx.queue.counters.pause(request.params.id, actorOf(request), request.body.reason, request.body.note) }),
    'POST /api/counters/:id/resume': async (request) => ({ counter: ctx.queue.counters.resume(request.params.id, actorOf(request)) }),
    'POST /api/counters/:id/call-next': async (request) => ctx.queue.calling.callNext(request.params.id, actorOf(request)),
    'POST /api/counters/:id/recall': async (request) => ({ ticket: ctx.queue.calling.recall(request.params.id, actorOf(request)) }),
    'POST /api/counters/:id/call': async (request) => ({ ticket: ctx.queue.calling.callNumber(request.params.id, actorOf(request), Number(request.body.number)) }),
    'GET /api/counters/:id/queue': async (request) => ctx.queue.views.counterQueue(request.params.id, actorOf(request)),
    'POST /api/keypad': async (request) => keypadAction(ctx.queue, actorOf(request), request.body, ctx.clock(), noShowsAsked, tell),
  };
}
