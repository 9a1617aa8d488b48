// Routes anyone may call: health, the catalog, ticket tracking, announcement previews, sign-in.
import Type from 'typebox';
import { CatalogSchema, LoginBody, LoginResponseSchema, OkSchema, TrackParams, TrackSchema } from '@motcua/protocol/schemas';
import { bearer } from '../auth.ts';
import { errors, type App, type RouteContext } from '../context.ts';

export function publicRoutes(app: App, ctx: RouteContext): void {
  app.get('/api/health', {
    schema: { tags: ['public'], summary: 'Liveness', response: { 200: OkSchema } },
  }, async () => ({ ok: true }));

  app.get('/api/catalog', {
    schema: {
      tags: ['public'],
      summary: 'Departments with their services (enabled only), counters, and the center settings a kiosk needs',
      response: { 200: CatalogSchema },
    },
  }, async () => {
    const waiting = new Map(Object.entries(ctx.queue.waitingCounts()).map(([code, n]) => [ctx.queue.catalog.data.departments.find((d) => d.code === code)!.id, n]));
    return {
      ...ctx.queue.catalog.toPublic(waiting),
      center: ctx.queue.centerInfo(),
    };
  });

  app.get('/api/tickets/track/:trackCode', {
    schema: {
      tags: ['public'],
      summary: 'The public view of one ticket, for the phone page /t/<trackCode>',
      params: TrackParams,
      response: { 200: TrackSchema, ...errors(400, 404) },
    },
  }, async (request) => ctx.queue.track(request.params.trackCode));

  app.post('/api/auth/login', {
    schema: {
      tags: ['auth'],
      summary: 'Sign in; the token goes in Authorization: Bearer <token> and expires after 12 hours',
      body: LoginBody,
      response: { 200: LoginResponseSchema, ...errors(400, 401) },
    },
  }, async (request) => ctx.auth.login(request.body.username, request.body.password));

  app.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: 'End this session', response: { 200: Type.Object({ ok: Type.Boolean() }) } },
  }, async (request) => {
    const token = bearer(request);
    if (token) ctx.auth.logout(token);
    return { ok: true };
  });
}
