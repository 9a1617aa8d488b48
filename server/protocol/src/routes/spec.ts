// What one entry of the route table says: who may call it, its inputs and its answer, as schemas.
// The server registers routes, checks roles and describes the API from these; the typed client
// infers every answer from them.
import type { Static, TSchema } from 'typebox';
import type { ActorRole } from '../shapes/common.ts';

export interface RouteSpec {
  /** Who may call it: users' roles and device keys' kinds, or anyone (no Authorization needed). */
  roles: readonly ActorRole[] | 'anyone';
  tags: readonly string[];
  summary: string;
  description?: string;
  params?: TSchema;
  query?: TSchema;
  body?: TSchema;
  headers?: TSchema;
  /** The success status: 200 unless said. */
  status?: 201;
  answer: TSchema;
  /** Refusals beyond those every route may give (400 for bad input, 401/403 for a guarded route). */
  refusals?: readonly (404 | 409 | 429 | 503)[];
  /** A larger body limit than the server's default. */
  bodyLimit?: number;
  /** The answer is a file (CSV, XLSX, JSON download), not a JSON body to parse. */
  file?: true;
}

/** Keeps each entry's literal types (so answers can be inferred) while checking it is a RouteSpec. */
export const defineRoutes = <const T extends Record<`${'GET' | 'POST' | 'PUT' | 'DELETE'} /api/${string}`, RouteSpec>>(routes: T): T => routes;

type Field<R, F extends keyof RouteSpec> = R extends { [P in F]: infer S extends TSchema } ? Static<S> : undefined;
export type ParamsOf<R> = Field<R, 'params'>;
export type QueryOf<R> = Field<R, 'query'>;
export type BodyOf<R> = Field<R, 'body'>;
export type HeadersOf<R> = Field<R, 'headers'>;
export type AnswerOf<R> = R extends { answer: infer S extends TSchema } ? Static<S> : never;

/** Every error status a route may answer with. */
export function refusalsOf(spec: RouteSpec): number[] {
  const statuses = new Set<number>();
  if (spec.params || spec.query || spec.body || spec.headers) statuses.add(400);
  if (spec.roles !== 'anyone') statuses.add(401).add(403);
  for (const s of spec.refusals ?? []) statuses.add(s);
  return [...statuses].sort();
}
