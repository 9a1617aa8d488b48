// What every route module receives: the typed Fastify instance and the services behind it.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { RealtimeHub } from '../realtime/hub.ts';
import type { AuthService } from '../services/auth.ts';
import type { QueueService, Actor } from '../services/queue.ts';
import type { PrintStatus, Ticket } from '@motcua/protocol';
import { ErrorSchema } from '@motcua/protocol/schemas';
import { requireRole, type Role } from './auth.ts';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

export interface Printing {
  /** Starts printing a newly issued ticket; the outcome reaches the kiosk as print:status. */
  submit(ticket: Ticket, kiosk: Actor, lang: 'vi' | 'en', origin: string): Ticket['print'];
  /** Prints a live ticket again on its kiosk's printer; resolves with the outcome (also sent to the kiosk as print:status). */
  reprint(ticketId: number, actor: Actor, origin: string): Promise<PrintStatus>;
}

export interface RouteContext {
  queue: QueueService;
  auth: AuthService;
  hub: RealtimeHub;
  printing: Printing;
  rateLimitPerMinute: number;
  clock: () => Date;
}

export const OFFICERS: readonly Role[] = ['officer', 'supervisor', 'admin'];
export const MANAGERS: readonly Role[] = ['supervisor', 'admin'];

/** The error answers a route may give, for its OpenAPI description. */
export function errors(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, ErrorSchema]));
}

export function guard(ctx: RouteContext, roles: readonly Role[]) {
  return { preHandler: requireRole(ctx.auth, roles) };
}
