// /api/tickets/**: issuing tickets (kiosks), the actions on a ticket in an officer's hand, ratings
// and reprints.
import type { TicketOrder } from '../../services/queue/index.ts';
import type { Ticket } from '@motcua/protocol';
import { actorOf } from '../auth.ts';
import type { RouteContext } from '../context.ts';
import type { Handler, Handlers, RouteRequest } from '../register.ts';

type TicketRoute = 'POST /api/tickets' | 'POST /api/tickets/return' | 'GET /api/tickets/:id' | `POST /api/tickets/:id/${'serve' | 'finish' | 'no-show' | 'park' | 'resume' | 'transfer' | 'rating' | 'reprint' | 'priority'}`;
type HandAction = 'serve' | 'finish' | 'noShow' | 'park' | 'resume';

export function ticketHandlers(ctx: RouteContext): Handlers<TicketRoute> {
  const inHand = (action: HandAction): Handler<`POST /api/tickets/:id/${'serve' | 'finish' | 'no-show' | 'park' | 'resume'}`> =>
    async (request) => ({ ticket: ctx.queue.hand[action](request.params.id, actorOf(request)) });

  return {
    'POST /api/tickets': async (request) => {
      const { priority, lang } = request.body;
      if ('serviceId' in request.body) return issueAndPrint(ctx, request, { serviceId: request.body.serviceId, priority, lang });
      const procedure = ctx.procedures.procedure(request.body.procedureId);
      return issueAndPrint(ctx, request, { serviceId: procedure.serviceId, priority, lang, procedureCode: procedure.code, kind: procedure.kind });
    },
    'POST /api/tickets/return': async (request) => {
      const line = await ctx.procedures.returnLine(request.body);
      return issueAndPrint(ctx, request, { ...line, kind: 'return' });
    },
    'GET /api/tickets/:id': async (request) => ({ ticket: ctx.queue.views.ticketById(request.params.id, actorOf(request)) }),
    'POST /api/tickets/:id/serve': inHand('serve'),
    'POST /api/tickets/:id/finish': inHand('finish'),
    'POST /api/tickets/:id/no-show': inHand('noShow'),
    'POST /api/tickets/:id/park': inHand('park'),
    'POST /api/tickets/:id/resume': inHand('resume'),
    'POST /api/tickets/:id/transfer': async (request) => ({ ticket: ctx.queue.hand.transfer(request.params.id, actorOf(request), request.body) }),
    'POST /api/tickets/:id/rating': async (request) => {
      ctx.queue.hand.rate(request.params.id, actorOf(request), request.body.score, request.body.scale);
      return { ok: true };
    },
    'POST /api/tickets/:id/priority': async (request) => ({
      ticket: ctx.queue.supervising.changePriority(request.params.id, actorOf(request), request.body.priority, request.body.reason),
    }),
    'POST /api/tickets/:id/reprint': async (request) => ctx.printing.reprint(request.params.id, actorOf(request), ctx.publicUrl(request)),
  };
}

/** Issues a ticket for the kiosk that asked, answers once it is durable, and starts printing it. */
function issueAndPrint(ctx: RouteContext, request: RouteRequest<'POST /api/tickets' | 'POST /api/tickets/return'>, order: TicketOrder): Promise<Ticket> {
  return ctx.queue.issuing.issueAndPrint({ ...order, idempotencyKey: request.headers['idempotency-key'] }, actorOf(request), ctx.publicUrl(request));
}
