// The OpenAPI description at /api/openapi.json (and its viewer at /docs): the routes come from the
// route table as they are registered; the Socket.IO events are listed from the protocol's event table.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { CLIENT_EVENTS, SERVER_EVENTS } from '@motcua/protocol';
import type { App } from './context.ts';

const AUDIENCE = { stream: 'every screen, in the `seq` stream', connection: 'the connecting socket', kiosk: 'the issuing kiosk', counter: 'a counter\'s devices and officer', agent: 'a device agent', supervisors: 'supervisors and administrators' } as const;

function socketEvents(): string {
  const pushes = Object.entries(SERVER_EVENTS).map(([name, e]) => `- \`${name}\` (to ${AUDIENCE[e.to]}): ${e.description}.`);
  const sent = Object.entries(CLIENT_EVENTS).map(([name, e]) => `- \`${name}\` (from ${e.from === 'agent' ? 'a device agent' : 'any client'}): ${e.description}.`);
  return ['Server to client:', ...pushes, '', 'Client to server:', ...sent].join('\n');
}

export async function describeApi(app: App): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      servers: [{ url: '/', description: 'This server' }],
      info: {
        title: 'motcua API',
        version: '0.1.0',
        description: [
          'Queue ticketing for a public administration service center. Errors are `{ "error": { "code", "message", "messageVi" } }`. Authenticate with `Authorization: Bearer <token>` (officer session from /api/auth/login, or a device key).',
          'Live state comes over Socket.IO at /socket.io (handshake `auth: { token }`): `queue:snapshot` on connect, then the stream, each push with `seq` one above the last (ask `queue:resync` on a gap). A print job without a result within 10 s fails as `timeout`.',
          socketEvents(),
        ].join('\n\n'),
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
