// Administration (admin role): center settings, call policy, departments, services, counters,
// users, device keys, and the whole configuration as one file. Every change applies live.
import type { FastifyRequest } from 'fastify';
import { ConfigSchema } from '../../config/schema.ts';
import {
  AdminViewSchema, CallPolicySchema, CenterSettingsSchema, CounterFieldsSchema, DepartmentFieldsSchema, DeviceCreatedSchema, NewCounterSchema,
  NewDepartmentSchema, NewDeviceSchema, NewServiceSchema, NewUserSchema, PasswordSchema, PrintAgentSchema, ServiceFieldsSchema, UserFieldsSchema,
} from '@motcua/protocol/admin-schemas';
import { IdParams, OkSchema } from '@motcua/protocol/schemas';
import type { AdminService } from '../../services/admin.ts';
import type { Actor } from '../../services/queue.ts';
import { actorOf } from '../auth.ts';
import { errors, guard, type App, type RouteContext } from '../context.ts';

const ADMIN = ['admin'] as const;
const CHANGE_ERRORS = errors(400, 401, 403, 404, 409);
const OK = { 200: OkSchema, ...CHANGE_ERRORS };
/** A configuration file may be larger than ordinary requests. */
const IMPORT_BODY_BYTES = 2 * 1024 * 1024;

function ok(request: FastifyRequest, action: (actor: Actor) => void): { ok: boolean } {
  action(actorOf(request));
  return { ok: true };
}

export function adminRoutes(app: App, ctx: RouteContext, admin: AdminService): void {
  const only = guard(ctx, ADMIN);
  const tags = ['admin'];

  app.get('/api/admin', {
    ...only,
    schema: { tags, summary: 'Everything an administrator edits: center settings, call policy, departments with services, counters, users, device keys', response: { 200: AdminViewSchema, ...errors(401, 403) } },
  }, async () => admin.view());

  app.put('/api/admin/center', {
    ...only,
    schema: { tags, summary: 'Center settings: names, notice line of the display, kiosk priority step, business hours (omit = always open), voice', body: CenterSettingsSchema, response: OK },
  }, async (request) => ok(request, (a) => admin.setCenter(a, request.body)));

  app.put('/api/admin/policy', {
    ...only,
    schema: { tags, summary: 'The call policy: interleave ratio, aging threshold, recall limit', body: CallPolicySchema, response: OK },
  }, async (request) => ok(request, (a) => admin.setPolicy(a, request.body)));

  app.post('/api/admin/departments', {
    ...only,
    schema: { tags, summary: 'Add a department with its number block and a first service', body: NewDepartmentSchema, response: OK },
  }, async (request) => ok(request, (a) => admin.addDepartment(a, request.body)));
  app.put('/api/admin/departments/:id', {
    ...only,
    schema: { tags, summary: 'Rename a department or change its number block', params: IdParams, body: DepartmentFieldsSchema, response: OK },
  }, async (request) => ok(request, (a) => admin.updateDepartment(a, request.params.id, request.body)));
  app.post('/api/admin/departments/:id/retire', {
    ...only,
    schema: { tags, summary: 'Retire a department and its counters (no live tickets, no users left in it)', params: IdParams, response: OK },
  }, async (request) => ok(request, (a) => admin.retireDepartment(a, request.params.id)));

  app.post('/api/admin/services', {
    ...only,
    schema: { tags, summary: 'Add a service to a department', body: NewServiceSchema, response: OK },
  }, async (request) => ok(request, (a) => admin.addService(a, request.body)));
  app.put('/api/admin/services/:id', {
    ...only,
    schema: { tags, summary: 'Edit a service: names, target wait, daily cap, enabled', params: IdParams, body: ServiceFieldsSchema, response: OK },
  }, async (request) => ok(request, (a) => admin.updateService(a, request.params.id, request.body)));
  app.post('/api/admin/services/:id/retire', {
    ...only,
    schema: { tags, summary: 'Retire a service (no live tickets); counters stop serving it', params: IdParams, response: OK },
  }, async (request) => ok(request, (a) => admin.retireService(a, request.params.id)));

  app.post('/api/admin/counters', {
    ...only,
    schema: { tags, summary: 'Add a counter with its work profile (services of its department with weights)', body: NewCounterSchema, response: OK },
  }, async (request) => ok(request, (a) => admin.addCounter(a, request.body)));
  app.put('/api/admin/counters/:id', {
    ...only,
    schema: { tags, summary: 'Edit a counter: name, department (closed counters only), work profile', params: IdParams, body: CounterFieldsSchema, response: OK },
  }, async (request) => ok(request, (a) => admin.updateCounter(a, request.params.id, request.body)));
  app.post('/api/admin/counters/:id/retire', {
    ...only,
    schema: { tags, summary: 'Retire a closed counter', params: IdParams, response: OK },
  }, async (request) => ok(request, (a) => admin.retireCounter(a, request.params.id)));

  app.post('/api/admin/users', {
    ...only,
    schema: { tags, summary: 'Add a user (officer, supervisor, admin); an officer belongs to a department', body: NewUserSchema, response: OK },
  }, async (request) => ok(request, (a) => admin.addUser(a, request.body)));
  app.put('/api/admin/users/:id', {
    ...only,
    schema: { tags, summary: 'Edit a user: name, role, department', params: IdParams, body: UserFieldsSchema, response: OK },
  }, async (request) => ok(request, (a) => admin.updateUser(a, request.params.id, request.body)));
  app.post('/api/admin/users/:id/password', {
    ...only,
    schema: { tags, summary: 'Set a new password; the user is signed out everywhere', params: IdParams, body: PasswordSchema, response: OK },
  }, async (request) => ok(request, (a) => admin.setPassword(a, request.params.id, request.body.password)));
  app.post('/api/admin/users/:id/retire', {
    ...only,
    schema: { tags, summary: 'Retire a user: sessions end, sockets are disconnected', params: IdParams, response: OK },
  }, async (request) => ok(request, (a) => admin.retireUser(a, request.params.id)));

  app.post('/api/admin/devices', {
    ...only,
    schema: { tags, summary: 'Issue a device key (kiosk, display, agent): the key is in this answer only', body: NewDeviceSchema, response: { 200: DeviceCreatedSchema, ...CHANGE_ERRORS } },
  }, async (request) => admin.addDevice(actorOf(request), request.body));
  app.post('/api/admin/devices/:id/revoke', {
    ...only,
    schema: { tags, summary: 'Revoke a device key: its sockets are disconnected at once', params: IdParams, response: OK },
  }, async (request) => ok(request, (a) => admin.revokeDevice(a, request.params.id)));
  app.put('/api/admin/devices/:id/print-agent', {
    ...only,
    schema: {
      tags,
      summary: 'Have a kiosk print its tickets on the printer of a device agent (the PC it stands by), or (null) on the server\'s own printer',
      params: IdParams, body: PrintAgentSchema, response: OK,
    },
  }, async (request) => ok(request, (a) => admin.setPrintAgent(a, request.params.id, request.body.agentId)));

  app.get('/api/admin/config', {
    ...only,
    schema: {
      tags,
      summary: 'Export the whole configuration as one file in the MOTCUA_CONFIG format (password and key hashes included: keep it safe)',
      response: { 200: ConfigSchema, ...errors(401, 403) },
    },
  }, async (_request, reply) => {
    const day = new Date().toISOString().slice(0, 10);
    reply.header('content-disposition', `attachment; filename="motcua-config-${day}.json"`);
    return admin.exportConfig();
  });
  app.post('/api/admin/config', {
    ...only,
    bodyLimit: IMPORT_BODY_BYTES,
    schema: {
      tags,
      summary: 'Import a whole configuration (MOTCUA_CONFIG format): what it does not name is retired, users and keys it does not name lose access',
      body: ConfigSchema, response: OK,
    },
  }, async (request) => ok(request, (a) => admin.importConfig(a, request.body)));
}
