// Device keys must not reach the server log: a kiosk or display page is opened once as
// /kiosk?key=<device key>, and Fastify logs every request's URL. The request serializer writes
// such URLs with the secret replaced.
import type { FastifyServerOptions } from 'fastify';

const SECRET_PARAMS = /([?&](?:key|token)=)[^&#]*/gi;

export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, '$1[redacted]');
}

interface LoggedRequest { method: string; url: string; host?: string; ip?: string; socket?: { remotePort?: number } }

/** The logger options with a request serializer that redacts secrets in URLs (no logger: unchanged). */
export function withRedactedUrls(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return logger;
  const options = logger === true ? {} : logger;
  return {
    ...options,
    serializers: {
      ...options.serializers,
      req: (request: LoggedRequest) => ({
        method: request.method, url: redactUrl(request.url), host: request.host, remoteAddress: request.ip, remotePort: request.socket?.remotePort,
      }),
    },
  };
}
