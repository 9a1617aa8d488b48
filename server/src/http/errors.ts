// One error shape for every refusal: { error: { code, message } }. 5xx answers hide internals.
// A refusal that says when to try again (RetryLater) also carries retryAfter and Retry-After. A
// write refused for lack of disk space is 507 disk_full, noted in the server's health until a
// later write succeeds.
import type { FastifyError, FastifyInstance } from 'fastify';
import { ERRORS, NOT_BLANK_PATTERN, type ErrorBody, type ErrorCode } from '@motcua/protocol';
import { DomainError } from '../domain/errors.ts';
import type { ServerHealth } from '../services/health.ts';
import { RetryLater } from '../security/throttle.ts';

/** The error shape; without a Vietnamese message of its own, the code's from the protocol's table. */
export function errorBody(code: ErrorCode, message: string, messageVi: string = ERRORS[code].vi): ErrorBody {
  return { error: { code, message, messageVi } };
}

const CLIENT_ERRORS: Partial<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
};

export function registerErrorHandling(app: FastifyInstance, health: ServerHealth): void {
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && reply.statusCode < 400) health.writeSucceeded();
  });
  app.setErrorHandler((error: FastifyError | DomainError | Error, request, reply) => {
    if (health.noteIfDiskFull(error)) {
      request.log.error({ err: error }, 'disk full');
      return reply.status(507).send(errorBody('disk_full', ERRORS.disk_full.en));
    }
    if (error instanceof RetryLater) {
      const body = errorBody(error.code, error.message, error.vi);
      return reply.status(error.status).header('retry-after', String(error.retryAfter)).send({ error: { ...body.error, retryAfter: error.retryAfter } });
    }
    if (error instanceof DomainError) {
      const body = errorBody(error.code, error.message, error.vi);
      return reply.status(error.status).send({ error: { ...body.error, ...error.details } });
    }
    const fe = error as FastifyError;
    if (fe.validation) {
      const where = fe.validationContext ?? 'request';
      const first = fe.validation[0];
      const path = first?.instancePath ? `${where}${first.instancePath.replace(/\//g, '.')}` : where;
      // a name of only spaces (NameText's pattern) is said as such, not as a regular expression
      if (first?.keyword === 'pattern' && first.params.pattern === NOT_BLANK_PATTERN) return reply.status(400).send(errorBody('invalid_request', `${path} must not be blank`, `${path}: không được để trống (chỉ có dấu cách)`));
      const extra = first?.params && 'additionalProperty' in first.params ? ` (${String(first.params.additionalProperty)})` : '';
      return reply.status(400).send(errorBody('invalid_request', `${path} ${first?.message ?? 'is not valid'}${extra}`));
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      const code = CLIENT_ERRORS[fe.code] ?? (fe.statusCode === 429 ? 'rate_limited' : 'malformed_request');
      return reply.status(fe.statusCode).send(errorBody(code, fe.message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(errorBody('internal', 'Something went wrong on the server. The action was not done; please try again.'));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody('not_found', `No such endpoint: ${request.method} ${request.url.split('?')[0]}. See /docs for the API.`));
  });
}
