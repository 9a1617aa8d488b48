// Routes anyone may call: health, the catalog, ticket tracking (and its Web Push), announcement
// previews, sign-in.
import type { RouteContext } from '../context.ts';
import { bearer } from '../auth.ts';
import type { Handlers } from '../register.ts';

type PublicRoute = 'GET /api/health' | 'GET /api/catalog' | 'GET /api/waits' | 'GET /api/tickets/track/:trackCode' | 'GET /api/push/key' | 'POST /api/tickets/track/:trackCode/push' | 'GET /api/announcements/preview' | 'GET /api/announcements/ticket' | 'POST /api/auth/login' | 'POST /api/auth/logout';

export function publicHandlers(ctx: RouteContext): Handlers<PublicRoute> {
  return {
    'GET /api/health': async (_request, reply) => {
      const problem = ctx.health.problem();
      // Its own shape, not the error table's: { ok: false, ... } with the error beside it.
      return problem ? reply.code(503).serializer(JSON.stringify).send(problem) : { ok: true };
    },
    'GET /api/catalog': async (request) => {
      const waiting = new Map(Object.entries(ctx.queue.views.waitingCounts()).map(([code, n]) => [ctx.queue.catalog.data.departments.find((d) => d.code === code)!.id, n]));
      return { ...ctx.queue.catalog.toPublic(waiting), center: { ...ctx.queue.views.centerInfo(), publicUrl: ctx.publicUrl(request) } };
    },
    'GET /api/waits': async () => ctx.queue.views.newTicketWaits(),
    'GET /api/tickets/track/:trackCode': async (request) => ({
      ...ctx.queue.views.track(request.params.trackCode),
      url: `${ctx.publicUrl(request)}/t/${request.params.trackCode}`,
    }),
    'GET /api/push/key': async () => ({ publicKey: ctx.notifier.publicKey }),
    'POST /api/tickets/track/:trackCode/push': async (request) => {
      ctx.notifier.subscribe(request.params.trackCode, request.body);
      return { ok: true };
    },
    'GET /api/announcements/preview': async (request) => ctx.queue.views.announcement(request.query.number, request.query.counter),
    'GET /api/announcements/ticket': async (request) => ctx.queue.views.ticketReading(request.query.number),
    'POST /api/auth/login': async (request) => ctx.auth.login(request.body.username, request.body.password, request.ip),
    'POST /api/auth/logout': async (request) => {
      const token = bearer(request);
      if (token) ctx.auth.logout(token);
      return { ok: true };
    },
  };
}
