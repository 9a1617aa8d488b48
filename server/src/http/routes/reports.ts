// Reports for supervisors, and the announcement preview for third-party screens.
import { AnnouncementQuery, AnnouncementSchema, StatsQuery, StatsSchema } from '@motcua/protocol/schemas';
import { errors, guard, MANAGERS, type App, type RouteContext } from '../context.ts';
import { buildStats } from '../../services/stats.ts';

export function reportRoutes(app: App, ctx: RouteContext): void {
  app.get('/api/stats', {
    ...guard(ctx, MANAGERS),
    schema: {
      tags: ['reports'],
      summary: 'Per department and service for business days from..to: issued, served, no-show, waits and service times (seconds, nearest-rank percentiles), ratings',
      querystring: StatsQuery, response: { 200: StatsSchema, ...errors(400, 401, 403) },
    },
  }, async (request) => buildStats(ctx.queue, request.query.from, request.query.to));

  app.get('/api/announcements/preview', {
    schema: {
      tags: ['public'],
      summary: 'The words and audio clips (under /audio/) a display plays for a call, in the center\'s dialect',
      querystring: AnnouncementQuery, response: { 200: AnnouncementSchema, ...errors(400) },
    },
  }, async (request) => ctx.queue.announcement(request.query.number, request.query.counter));
}
