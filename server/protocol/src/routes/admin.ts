// Administration (admin role, /api/admin/**): center settings, call policy, departments, services,
// counters, users, device keys, operations (backups, retention, sign-in lifetimes), the whole
// configuration as one file, and a backup of the database. Every change applies live.
import Type from 'typebox';
import { IdParams, Ok } from '../shapes/common.ts';
import {
  AdminView, CallPolicySettings, CenterSettings, CounterFields, DepartmentFields, DeviceCreated, NewCounterBody, NewDepartmentBody, NewDeviceBody, NewServiceBody,
  NewUserBody, OperationsSettings, PasswordBody, PrintAgentBody, ServiceFields, UserFields,
} from '../shapes/admin.ts';
import { CenterConfig } from '../shapes/config.ts';
import { defineRoutes } from './spec.ts';

const admin = { roles: ['admin'], tags: ['admin'] } as const;
/** A change: answered { ok: true } once applied. */
const change = { ...admin, answer: Ok, refusals: [404, 409] } as const;
const one = { ...change, params: IdParams } as const;
/** A configuration file may be larger than ordinary requests. */
export const IMPORT_BODY_BYTES = 2 * 1024 * 1024;

export const adminRoutes = defineRoutes({
  'GET /api/admin': {
    ...admin, answer: AdminView,
    summary: 'Everything an administrator edits: center settings, call policy, operations (backups, retention, sign-in lifetimes), departments with services, counters, users, device keys',
  },
  'PUT /api/admin/center': { ...change, body: CenterSettings, summary: 'Center settings: names, notice line of the display, kiosk priority step, business hours (omit = always open), voice' },
  'PUT /api/admin/policy': { ...change, body: CallPolicySettings, summary: 'The call policy: interleave ratio, aging threshold, recall limit' },
  'PUT /api/admin/operations': {
    ...change, body: OperationsSettings,
    summary: 'Operations: hour of the nightly backup and how many days backups are kept, days tracking codes are kept, idle and absolute lifetime of sign-ins',
  },
  'POST /api/admin/departments': { ...change, body: NewDepartmentBody, summary: 'Add a department with its number block and a first service' },
  'PUT /api/admin/departments/:id': { ...one, body: DepartmentFields, summary: 'Rename a department or change its number block' },
  'POST /api/admin/departments/:id/retire': { ...one, summary: 'Retire a department and its counters (no live tickets, no users left in it)' },
  'POST /api/admin/services': { ...change, body: NewServiceBody, summary: 'Add a service to a department' },
  'PUT /api/admin/services/:id': { ...one, body: ServiceFields, summary: 'Edit a service: names, target wait, daily cap, enabled' },
  'POST /api/admin/services/:id/retire': { ...one, summary: 'Retire a service (no live tickets); counters stop serving it' },
  'POST /api/admin/counters': { ...change, body: NewCounterBody, summary: 'Add a counter with its work profile (services of its department with weights)' },
  'PUT /api/admin/counters/:id': { ...one, body: CounterFields, summary: 'Edit a counter: name, department (closed counters only), work profile' },
  'POST /api/admin/counters/:id/retire': { ...one, summary: 'Retire a closed counter' },
  'POST /api/admin/users': {
    ...change, body: NewUserBody,
    summary: 'Add a user (officer, supervisor, admin); an officer belongs to a department; a blank, common or username-like password is refused (400 weak_password)',
  },
  'PUT /api/admin/users/:id': { ...one, body: UserFields, summary: 'Edit a user: name, role, department' },
  'POST /api/admin/users/:id/password': {
    ...one, body: PasswordBody,
    summary: 'Set a new password (blank, common or equal to the username: 400 weak_password); the user is signed out everywhere',
  },
  'POST /api/admin/users/:id/sign-out': { ...one, summary: 'End every session of a user: their tokens stop working and their sockets are disconnected' },
  'POST /api/admin/users/:id/retire': { ...one, summary: 'Retire a user: sessions end, sockets are disconnected' },
  'POST /api/admin/devices': { ...change, body: NewDeviceBody, answer: DeviceCreated, summary: 'Issue a device key (kiosk, display, agent): the key is in this answer only' },
  'POST /api/admin/devices/:id/revoke': { ...one, summary: 'Revoke a device key: its sockets are disconnected at once' },
  'PUT /api/admin/devices/:id/print-agent': {
    ...one, roles: ['supervisor', 'admin'], tags: ['admin', 'supervisor'], body: PrintAgentBody,
    summary: 'Have a kiosk print its tickets on the printer of a device agent (the PC it stands by), or (null) on the server\'s own printer',
  },
  'GET /api/admin/config': {
    ...admin, answer: CenterConfig, file: true,
    summary: 'Export the whole configuration as one file in the MOTCUA_CONFIG format (password and key hashes included: keep it safe)',
  },
  'GET /api/admin/backup': {
    ...admin, file: true,
    answer: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary', description: 'A SQLite database file' }),
    summary: 'Download a fresh, consistent backup of the whole database (SQLite backup API, taken while the center runs); restore it with npm run restore',
  },
  'POST /api/admin/config': {
    ...change, body: CenterConfig, bodyLimit: IMPORT_BODY_BYTES,
    summary: 'Import a whole configuration (MOTCUA_CONFIG format): what it does not name is retired, users and keys it does not name lose access',
  },
});
