// Counter commands: open, close, pause, resume, call next, recall, call a number, and its queue.
import Type from 'typebox';
import { CallNumberBody, CallResponseSchema, CounterQueueSchema, CounterViewSchema, IdParams, PauseBody, TicketResponseSchema } from '@motcua/protocol/schemas';
import { actorOf } from '../auth.ts';
import { errors, guard, OFFICERS, type App, type RouteContext } from '../context.ts';

const COUNTER_ERRORS = errors(400, 401, 403, 404, 409);
const OFFICER_OR_KEYPAD = [...OFFICERS, 'agent'] as const;

export function counterRoutes(app: App, ctx: RouteContext): void {
  const counterAnswer = { 200: Type.Object({ counter: CounterViewSchema }), ...COUNTER_ERRORS };

  app.post('/api/counters/:id/open', {
    ...guard(ctx, OFFICERS),
    schema: {
      tags: ['officer'],
      summary: 'Open a counter and work at it (an officer opens only counters of their own department)',
      description: 'An officer works at one counter at a time: opening another one closes the previous one (which must hold no ticket).',
      params: IdParams, response: counterAnswer,
    },
  }, async (request) => ({ counter: ctx.queue.open(request.params.id, actorOf(request)) }));

  app.post('/api/counters/:id/close', {
    ...guard(ctx, OFFICERS),
    schema: { tags: ['officer'], summary: 'Close the counter at the end of work (no ticket may be in hand)', params: IdParams, response: counterAnswer },
  }, async (request) => ({ counter: ctx.queue.close(request.params.id, actorOf(request)) }));

  app.post('/api/counters/:id/pause', {
    ...guard(ctx, OFFICER_OR_KEYPAD),
    schema: { tags: ['officer'], summary: 'Pause with a reason (lunch, meeting, other); no calls until resumed', params: IdParams, body: PauseBody, response: counterAnswer },
  }, async (request) => ({ counter: ctx.queue.pause(request.params.id, actorOf(request), request.body.reason, request.body.note) }));

  app.post('/api/counters/:id/resume', {
    ...guard(ctx, OFFICER_OR_KEYPAD),
    schema: { tags: ['officer'], summary: 'Resume a paused counter', params: IdParams, response: counterAnswer },
  }, async (request) => ({ counter: ctx.queue.resumeCounter(request.params.id, actorOf(request)) }));

  app.post('/api/counters/:id/call-next', {
    ...guard(ctx, OFFICER_OR_KEYPAD),
    schema: {
      tags: ['officer'],
      summary: 'Call the next ticket by the call policy; `reason` says why it was chosen ({ ticket: null } when none waits)',
      description: 'Refused with 409 while the counter is paused or still has a ticket in hand. Two counters never receive the same ticket.',
      params: IdParams, response: { 200: CallResponseSchema, ...COUNTER_ERRORS },
    },
  }, async (request) => ctx.queue.callNext(request.params.id, actorOf(request)));

  app.post('/api/counters/:id/recall', {
    ...guard(ctx, OFFICER_OR_KEYPAD),
    schema: {
      tags: ['officer'],
      summary: 'Announce the called ticket again; past the recall limit (default 3) it becomes no-show instead',
      params: IdParams, response: { 200: TicketResponseSchema, ...COUNTER_ERRORS },
    },
  }, async (request) => ({ ticket: ctx.queue.recall(request.params.id, actorOf(request)) }));

  app.post('/api/counters/:id/call', {
    ...guard(ctx, OFFICER_OR_KEYPAD),
    schema: {
      tags: ['officer'],
      summary: 'Call a specific live number (a waiting ticket, or one parked at this counter); 404 if no live ticket has it',
      params: IdParams, body: CallNumberBody, response: { 200: TicketResponseSchema, ...COUNTER_ERRORS },
    },
  }, async (request) => ({ ticket: ctx.queue.callNumber(request.params.id, actorOf(request), Number(request.body.number)) }));

  app.get('/api/counters/:id/queue', {
    ...guard(ctx, OFFICERS),
    schema: { tags: ['officer'], summary: 'The counter, the tickets in hand or parked there, and the waiting tickets it may call', params: IdParams, response: { 200: CounterQueueSchema, ...COUNTER_ERRORS } },
  }, async (request) => ({
    counter: ctx.queue.counterView(request.params.id),
    held: ctx.queue.heldAt(request.params.id),
    waiting: ctx.queue.waitingAt(request.params.id),
  }));
}
