// Printing a ticket again, on the printer of the kiosk that issued it (through its device agent, or
// the server's own printer): for a supervisor after a paper jam, or for the kiosk itself.
import Type, { type Static } from 'typebox';
import type { PrintStatus } from '@motcua/protocol';
import { IdParams } from '@motcua/protocol/schemas';
import { actorOf } from '../auth.ts';
import { errors, guard, type App, type RouteContext } from '../context.ts';

const PrintStatusSchema = Type.Object({
  ticketId: Type.Integer(),
  number: Type.String(),
  status: Type.Union([Type.Literal('printed'), Type.Literal('failed')]),
  reason: Type.Optional(Type.String({ description: '"<code>: <message>", code one of paper_out, cover_open, offline, timeout, unreachable, io_error' })),
});
export const printSchemaCheck: Static<typeof PrintStatusSchema> extends PrintStatus ? true : never = true;

export function printingRoutes(app: App, ctx: RouteContext): void {
  app.post('/api/tickets/:id/reprint', {
    ...guard(ctx, ['supervisor', 'admin', 'kiosk']),
    schema: {
      tags: ['kiosk', 'supervisor'],
      summary: 'Print a ticket again on its kiosk\'s printer (supervisor, admin, or the kiosk that issued it)',
      description: 'Only a ticket still waiting, called, being served or parked. Answers once the printer has (within about 10 s); a fault is an answer `failed` with its reason, not an error. The kiosk also gets `print:status`.',
      params: IdParams,
      response: { 200: PrintStatusSchema, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const origin = `${request.protocol}://${request.headers.host ?? 'localhost'}`;
    return ctx.printing.reprint(request.params.id, actorOf(request), origin);
  });
}
