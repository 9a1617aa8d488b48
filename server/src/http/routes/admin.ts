// /api/admin/**: center settings, call policy, operations, departments, services, counters, users,
// device keys, the whole configuration as one file, and a backup of the database. Every change
// applies live and is answered { ok: true }.
import type { RouteAnswer, RouteKey } from '@motcua/protocol';
import type { Operations } from '../../operations/service.ts';
import type { AdminService } from '../../services/admin.ts';
import type { Actor } from '../../domain/actor.ts';
import { actorOf } from '../auth.ts';
import type { Handler, Handlers, RouteRequest } from '../register.ts';

type AdminRoute = Extract<RouteKey, `${string} /api/admin${string}`>;
type ChangeRoute = Exclude<AdminRoute, 'GET /api/admin' | 'GET /api/admin/config' | 'GET /api/admin/backup' | 'POST /api/admin/devices'>;

/** A change done as the signed-in admin, answered { ok: true }. */
const change = <K extends ChangeRoute>(action: (actor: Actor, request: RouteRequest<K>) => void | Promise<void>): Handler<K> => async (request) => {
  await action(actorOf(request), request);
  return { ok: true } as RouteAnswer<K>;
};

export function adminHandlers(admin: AdminService, operations: Operations): Handlers<AdminRoute> {
  return {
    'GET /api/admin': async () => admin.view(),
    'PUT /api/admin/center': change((a, r) => admin.setCenter(a, r.body)),
    'PUT /api/admin/policy': change((a, r) => admin.setPolicy(a, r.body)),
    'PUT /api/admin/operations': change((a, r) => operations.setSettings(a.userId, r.body)),
    'POST /api/admin/departments': change((a, r) => admin.addDepartment(a, r.body)),
    'PUT /api/admin/departments/:id': change((a, r) => admin.updateDepartment(a, r.params.id, r.body)),
    'POST /api/admin/departments/:id/retire': change((a, r) => admin.retireDepartment(a, r.params.id)),
    'POST /api/admin/services': change((a, r) => admin.addService(a, r.body)),
    'PUT /api/admin/services/:id': change((a, r) => admin.updateService(a, r.params.id, r.body)),
    'POST /api/admin/services/:id/retire': change((a, r) => admin.retireService(a, r.params.id)),
    'POST /api/admin/counters': change((a, r) => admin.addCounter(a, r.body)),
    'PUT /api/admin/counters/:id': change((a, r) => admin.updateCounter(a, r.params.id, r.body)),
    'POST /api/admin/counters/:id/retire': change((a, r) => admin.retireCounter(a, r.params.id)),
    'POST /api/admin/users': change((a, r) => admin.addUser(a, r.body)),
    'PUT /api/admin/users/:id': change((a, r) => admin.updateUser(a, r.params.id, r.body)),
    'POST /api/admin/users/:id/password': change((a, r) => admin.setPassword(a, r.params.id, r.body.password)),
    'POST /api/admin/users/:id/sign-out': change((a, r) => admin.signOutUser(a, r.params.id)),
    'POST /api/admin/users/:id/retire': change((a, r) => admin.retireUser(a, r.params.id)),
    'POST /api/admin/devices': async (request) => admin.addDevice(actorOf(request), request.body),
    'POST /api/admin/devices/:id/revoke': change((a, r) => admin.revokeDevice(a, r.params.id)),
    'PUT /api/admin/devices/:id/print-agent': change((a, r) => admin.setPrintAgent(a, r.params.id, r.body.agentId)),
    'GET /api/admin/config': async (_request, reply) => {
      const day = new Date().toISOString().slice(0, 10);
      reply.header('content-disposition', `attachment; filename="motcua-config-${day}.json"`);
      return admin.exportConfig();
    },
    'GET /api/admin/backup': async (request, reply) => {
      const { stream, name } = await operations.backupForDownload(actorOf(request).userId);
      reply.header('content-type', 'application/vnd.sqlite3').header('content-disposition', `attachment; filename="${name}"`);
      return reply.send(stream);
    },
    'POST /api/admin/config': change((a, r) => admin.importConfig(a, r.body)),
  };
}
