// /api/tickets/**: issuing tickets (kiosks), the actions on a ticket in an officer's hand, ratings
// and reprints.
import type { Actor, QueueService } from '../../services/queue.ts';
import type { Ticket } from '@motcua/protocol';
import { actorOf } from '../auth.ts';
import type { RouteContext } from '../context.ts';
import type { Handler, Handlers } from '../register.ts';

type TicketRoute = 'POST /api/tickets' | 'GET /api/tickets/:id' | `POST /api/tickets/:id/${'serve' | 'finish' | 'no-show' | 'park' | 'resume' | 'transfer' | 'rating' | 'reprint'}`;
type HandAction = 'serve' | 'finish' | 'noShow' | 'park' | 'resume';

export function ticketHandlers(ctx: RouteContext): Handlers<TicketRoute> {
  const inHand = (action: HandAction): Handler<`POST /api/tickets/:id/${'serve' | 'finish' | 'no-show' | 'park' | 'resume'}`> =>
    async (request) => ({ ticket: run(ctx.queue, action, request.params.id, actorOf(request)) });

  return {
    'POST /api/tickets': async (request) => {
      const kiosk = actorOf(request);
      const key = request.headers['idempotency-key'];
      const { ticket, replayed } = ctx.queue.issue({ ...request.body, kioskId: kiosk.deviceId, idempotencyKey: key });
      await ctx.queue.issued();
      const print = replayed ? { status: 'none' as const } : ctx.printing.submit(ticket, kiosk, request.body.lang ?? 'vi', ctx.publicUrl(request));
      return { ...ticket, print };
    },
    'GET /api/tickets/:id': async (request) => ({ ticket: ctx.queue.ticketById(request.params.id) }),
    'POST /api/tickets/:id/serve': inHand('serve'),
    'POST /api/tickets/:id/finish': inHand('finish'),
    'POST /api/tickets/:id/no-show': inHand('noShow'),
    'POST /api/tickets/:id/park': inHand('park'),
    'POST /api/tickets/:id/resume': inHand('resume'),
    'POST /api/tickets/:id/transfer': async (request) => ({ ticket: ctx.queue.transfer(request.params.id, actorOf(request), request.body) }),
    'POST /api/tickets/:id/rating': async (request) => {
      ctx.queue.rate(request.params.id, actorOf(request), request.body.score);
      return { ok: true };
    },
    'POST /api/tickets/:id/reprint': async (request) => ctx.printing.reprint(request.params.id, actorOf(request), ctx.publicUrl(request)),
  };
}

function run(queue: QueueService, action: HandAction, id: number, actor: Actor): Ticket {
  return queue[action](id, actor);
}
