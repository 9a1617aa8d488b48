// /api/me and /api/rating: what the officer console and the rating tablet read beyond the counter
// commands: who I am and where I work, my day so far, and the ticket a counter's tablet asks about.
import { actorOf } from '../auth.ts';
import type { RouteContext } from '../context.ts';
import type { Handlers } from '../register.ts';

export function meHandlers(ctx: RouteContext): Handlers<'GET /api/me' | 'GET /api/me/day' | 'GET /api/rating/prompt'> {
  return {
    'GET /api/me': async (request) => ctx.officers.me(actorOf(request).userId!),
    'GET /api/me/day': async (request) => ctx.officers.day(actorOf(request).userId!),
    'GET /api/rating/prompt': async (request) => ctx.officers.ratingPrompt(actorOf(request).deviceCounterId),
  };
}
