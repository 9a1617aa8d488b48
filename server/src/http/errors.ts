// One error shape for every refusal: { error: { code, message } }. 5xx answers hide internals.
import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError, type DomainErrorKind } from '../domain/errors.ts';

const STATUS: Record<DomainErrorKind, number> = {
  invalid: 400, unauthorized: 401, forbidden: 403, not_found: 404, conflict: 409, rate_limited: 429,
};

export function errorBody(code: string, message: string, messageVi?: string) {
  return { error: messageVi === undefined ? { code, message } : { code, message, messageVi } };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | DomainError | Error, request, reply) => {
    if (error instanceof DomainError) {
      return reply.status(STATUS[error.kind]).send(errorBody(error.code, error.message, error.vi));
    }
    const fe = error as FastifyError;
    if (fe.validation) {
      const where = fe.validationContext ?? 'request';
      const first = fe.validation[0];
      const path = first?.instancePath ? `${where}${first.instancePath.replace(/\//g, '.')}` : where;
      const extra = first?.params && 'additionalProperty' in first.params ? ` (${String(first.params.additionalProperty)})` : '';
      return reply.status(400).send(errorBody('invalid_request', `${path} ${first?.message ?? 'is not valid'}${extra}`));
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      const code = fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'body_too_large'
        : fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'unsupported_media_type'
        : fe.statusCode === 400 ? 'malformed_request' : (fe.code ?? 'bad_request').toLowerCase();
      return reply.status(fe.statusCode).send(errorBody(code, fe.message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(errorBody('internal', 'Something went wrong on the server. The action was not done; please try again.'));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody('not_found', `No such endpoint: ${request.method} ${request.url.split('?')[0]}. See /docs for the API.`));
  });
}
