// Registers every route of the protocol's table on Fastify: its schemas (validation and the
// OpenAPI description), its role check and its handler. A route without a handler, or a handler
// without a route, does not compile. With `checkAnswers` (tests) every answer is checked against
// its documented schema before it is sent, so a field the table lacks fails loudly instead of
// being silently stripped by the serializer.
import { ErrorBody, refusalsOf, ROUTES, type RouteAnswer, type RouteBody, type RouteHeaders, type RouteKey, type RouteParams, type RouteQuery, type RouteSpec } from '@motcua/protocol';
import type { FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { AuthService } from '../services/auth.ts';
import { requireRole } from './auth.ts';
import { answerProblems } from './answer-check.ts';
import type { App } from './context.ts';

export type RouteRequest<K extends RouteKey> = FastifyRequest<{ Params: RouteParams<K>; Querystring: RouteQuery<K>; Body: RouteBody<K>; Headers: RouteHeaders<K> }>;
/** Answers the route: its answer, or the reply once a file was sent. */
export type Handler<K extends RouteKey> = (request: RouteRequest<K>, reply: FastifyReply) => Promise<RouteAnswer<K> | FastifyReply>;
export type Handlers<K extends RouteKey = RouteKey> = { [P in K]: Handler<P> };

export function registerRoutes(app: App, auth: AuthService, handlers: Handlers, options: { checkAnswers?: boolean } = {}): void {
  for (const key of Object.keys(ROUTES) as RouteKey[]) {
    const spec: RouteSpec = ROUTES[key];
    const [method, url] = key.split(' ') as [HTTPMethods, string];
    const status = spec.status ?? 200;
    const handler = handlers[key] as (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
    app.route({
      method,
      url,
      ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
      // Roles are checked before the input: a stranger learns nothing of a route's schema.
      ...(spec.roles === 'anyone' ? {} : { onRequest: requireRole(auth, spec.roles) }),
      schema: {
        operationId: operationId(key),
        tags: [...spec.tags],
        summary: spec.summary,
        ...(spec.description ? { description: spec.description } : {}),
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { querystring: spec.query } : {}),
        ...(spec.body ? { body: spec.body } : {}),
        ...(spec.headers ? { headers: spec.headers } : {}),
        ...(spec.roles === 'anyone' ? { security: [] } : {}),
        response: { [status]: spec.answer, ...Object.fromEntries(refusalsOf(spec).map((s) => [s, ErrorBody])) },
      },
      ...(options.checkAnswers && !spec.file ? { preSerialization: checkAnswer(key, spec, status) } : {}),
      handler: async (request, reply) => {
        reply.code(status);
        return handler(request, reply);
      },
    });
  }
}

/** `POST /api/counters/:id/call-next` → `postCountersIdCallNext`. */
export function operationId(key: RouteKey): string {
  const words = key.replace('/api/', ' ').split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1))).join('');
}

function checkAnswer(key: RouteKey, spec: RouteSpec, status: number) {
  return async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.statusCode !== status) return payload;
    const problems = answerProblems(spec.answer, payload);
    if (problems.length > 0) throw new Error(`The answer of ${key} does not fit its schema in the route table: ${problems.slice(0, 5).join('; ')}`);
    return payload;
  };
}
