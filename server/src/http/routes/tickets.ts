// Issuing tickets (kiosks) and the actions on a ticket in an officer's hand.
import { DomainError } from '../../domain/errors.ts';
import { IdParams, IssueTicketBody, OkSchema, RatingBody, TicketResponseSchema, TicketSchema, TransferBody } from '@motcua/protocol/schemas';
import type { Actor, QueueService } from '../../services/queue.ts';
import type { Ticket } from '@motcua/protocol';
import Type from 'typebox';
import { actorOf } from '../auth.ts';
import { errors, guard, OFFICERS, type App, type RouteContext } from '../context.ts';
import { createRateLimiter } from '../rate-limit.ts';

type TicketAction = 'serve' | 'finish' | 'noShow' | 'park' | 'resume';

const ACTIONS: { path: string; action: TicketAction; summary: string }[] = [
  { path: 'serve', action: 'serve', summary: 'Start serving a called ticket' },
  { path: 'finish', action: 'finish', summary: 'Finish a ticket (called or serving); a rating may follow' },
  { path: 'no-show', action: 'noShow', summary: 'Mark a called or parked ticket as no-show' },
  { path: 'park', action: 'park', summary: 'Set a ticket aside (the citizen fetches a document); call it back by number or resume it' },
  { path: 'resume', action: 'resume', summary: 'Take a parked ticket back into service at this counter' },
];

export function ticketRoutes(app: App, ctx: RouteContext): void {
  const limiter = createRateLimiter(ctx.rateLimitPerMinute, ctx.clock);

  app.post('/api/tickets', {
    ...guard(ctx, ['kiosk']),
    schema: {
      tags: ['kiosk'],
      summary: 'Issue a ticket (kiosk key). Send an Idempotency-Key header so that a retried request never issues two tickets',
      description: 'The ticket is stored durably before the answer. `print.status` is `pending` while the kiosk printer works; the outcome follows as `print:status` on the kiosk socket. A printer fault never fails the ticket. Rate-limited per kiosk key (MOTCUA_RATE_LIMIT per minute).',
      headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })) }),
      body: IssueTicketBody,
      response: { 201: TicketSchema, ...errors(400, 401, 403, 404, 409, 429) },
    },
  }, async (request, reply) => {
    const kiosk = actorOf(request);
    const key = request.headers['idempotency-key'];
    if (!limiter.allow(String(kiosk.deviceId))) {
      throw new DomainError('rate_limited', 'rate_limited', `This kiosk has issued ${ctx.rateLimitPerMinute} tickets in the last minute. Please wait a moment and try again.`, 'Máy lấy số đã cấp quá nhiều phiếu trong một phút. Vui lòng chờ giây lát rồi thử lại.');
    }
    const { ticket, replayed } = ctx.queue.issue({ ...request.body, kioskId: kiosk.deviceId, idempotencyKey: typeof key === 'string' ? key : undefined });
    await ctx.queue.issued();
    const origin = `${request.protocol}://${request.headers.host ?? 'localhost'}`;
    const print = replayed ? { status: 'none' as const } : ctx.printing.submit(ticket, kiosk, request.body.lang ?? 'vi', origin);
    return reply.status(201).send({ ...ticket, print });
  });

  app.get('/api/tickets/:id', {
    ...guard(ctx, OFFICERS),
    schema: { tags: ['officer'], summary: 'One ticket, in full', params: IdParams, response: { 200: TicketResponseSchema, ...errors(400, 401, 404) } },
  }, async (request) => ({ ticket: ctx.queue.ticketById(request.params.id) }));

  for (const { path, action, summary } of ACTIONS) {
    app.post(`/api/tickets/:id/${path}`, {
      ...guard(ctx, OFFICERS),
      schema: { tags: ['officer'], summary: `${summary} (officer holding it)`, params: IdParams, response: { 200: TicketResponseSchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request) => ({ ticket: run(ctx.queue, action, request.params.id, actorOf(request)) }));
  }

  app.post('/api/tickets/:id/transfer', {
    ...guard(ctx, OFFICERS),
    schema: {
      tags: ['officer'],
      summary: 'Transfer a ticket in hand to another service and/or counter, of any department',
      description: 'The old ticket becomes `transferred`; the answer is the new waiting ticket, with the same number and tracking code, keeping its original arrival time unless `toBack`.',
      params: IdParams, body: TransferBody, response: { 200: TicketResponseSchema, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => ({ ticket: ctx.queue.transfer(request.params.id, actorOf(request), request.body) }));

  app.post('/api/tickets/:id/rating', {
    ...guard(ctx, ['officer', 'supervisor', 'admin', 'display', 'agent', 'kiosk']),
    schema: {
      tags: ['rating'],
      summary: 'Rate a finished ticket once: officer at that counter, or a rating box / tablet key bound to it',
      params: IdParams, body: RatingBody, response: { 200: OkSchema, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    ctx.queue.rate(request.params.id, actorOf(request), request.body.score);
    return { ok: true };
  });
}

function run(queue: QueueService, action: TicketAction, id: number, actor: Actor): Ticket {
  return queue[action](id, actor);
}
