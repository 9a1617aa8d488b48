// Bearer authentication: an officer session token or a device key, resolved once per request.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.ts';
import type { AuthService } from '../services/auth.ts';
import type { Actor } from '../domain/actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export type Role = Actor['role'];

export function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  return m?.[1];
}

/** A preHandler that lets through only the given roles. */
export function requireRole(auth: AuthService, roles: readonly Role[]) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const token = bearer(request);
    if (!token) throw new DomainError('unauthenticated', 'Sign in first: send Authorization: Bearer <token or device key>.', 'Vui lòng đăng nhập trước.');
    const actor = auth.resolve(token);
    if (!actor) throw new DomainError('bad_token', 'Your session has expired or the key was revoked. Sign in again.', 'Phiên làm việc đã hết hạn hoặc khóa thiết bị đã bị thu hồi. Vui lòng đăng nhập lại.');
    if (!roles.includes(actor.role)) {
      throw new DomainError('wrong_role', `This needs one of the roles ${roles.join(', ')}; you are signed in as ${actor.role}.`, `Chức năng này cần vai trò ${roles.join(', ')}; bạn đang đăng nhập với vai trò ${actor.role}.`);
    }
    request.actor = actor;
  };
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated', 'Sign in first.');
  return request.actor;
}
