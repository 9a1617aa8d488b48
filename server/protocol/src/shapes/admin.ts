// The administration (counter-ui /counter/admin): center settings, call policy, departments,
// services, counters, users and device keys, as edited and as read back.
import Type, { type Static } from 'typebox';
import { BusinessHours } from './catalog.ts';
import { CounterState, DeviceKind, HHMM, Id, NameText, Nullable, RatingScale, Role } from './common.ts';
import { AppointmentSettings, LunchTurns, PublicUrl } from './config.ts';

const EditedText = Type.Object({ vi: NameText(200), en: NameText(200) }, { additionalProperties: false });
const Code = Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,15}$', description: 'Upper-case code, e.g. TP or LLTP' });
const Block = Type.Object({ start: Type.Integer({ minimum: 1, maximum: 99999 }), end: Type.Integer({ minimum: 1, maximum: 99999 }) }, { additionalProperties: false });

export const CenterSettings = Type.Object({
  name: EditedText,
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  dialect: Type.Union([Type.Literal('north'), Type.Literal('south')], { description: 'How numbers are read aloud (south: ngàn, lẻ)' }),
  englishAnnouncements: Type.Boolean(),
  kioskPriorityStep: Type.Boolean({ description: 'Whether the kiosk asks for a priority group' }),
  /** The line the wall display shows under the calls. */
  notice: Type.Optional(EditedText),
  businessHours: Type.Optional(BusinessHours),
  publicUrl: Type.Optional(PublicUrl),
  ratingScale: Type.Optional(RatingScale),
  officerRatingsInIndex: Type.Optional(Type.Boolean({ description: 'Whether ratings an officer entered on the console count in the satisfaction index (default false: only the citizen\'s rating box or tablet)' })),
  appointments: Type.Optional(AppointmentSettings),
  lunchTurns: Type.Optional(Nullable(LunchTurns, { description: 'null (on PUT) stops counting on lunch turns' })),
}, { additionalProperties: false, description: 'Absent `appointments`, `lunchTurns`, business hours\' `windows` and `holidays` stay as they are (`lunchTurns: null` removes it); the notification channels are set by the configuration file only (they hold the providers\' keys)' });
export type CenterSettings = Static<typeof CenterSettings>;

export const CallPolicySettings = Type.Object({
  maxPriorityPerNormal: Type.Integer({ minimum: 0, maximum: 20, description: 'Interleave: at most this many priority calls per normal one while both wait' }),
  agingMinutes: Type.Integer({ minimum: 1, maximum: 1440, description: 'A ticket waiting this long is promoted' }),
  recallLimit: Type.Integer({ minimum: 0, maximum: 20, description: 'Recalls before a ticket becomes a no-show' }),
}, { additionalProperties: false });
export type CallPolicySettings = Static<typeof CallPolicySettings>;

const serviceFields = {
  name: EditedText,
  targetWaitMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
  dailyCap: Nullable(Type.Integer({ minimum: 1, maximum: 99999 })),
  enabled: Type.Boolean(),
};
export const ServiceFields = Type.Object(serviceFields, { additionalProperties: false });
export type ServiceFields = Static<typeof ServiceFields>;
export const NewServiceBody = Type.Object({ departmentId: Id, code: Code, ...serviceFields }, { additionalProperties: false });
export type NewServiceBody = Static<typeof NewServiceBody>;

const departmentFields = { name: EditedText, block: Block };
export const DepartmentFields = Type.Object(departmentFields, { additionalProperties: false });
export type DepartmentFields = Static<typeof DepartmentFields>;
export const NewDepartmentBody = Type.Object({
  code: Code, ...departmentFields,
  firstService: Type.Object({ code: Code, ...serviceFields }, { additionalProperties: false, description: 'A department offers at least one service' }),
}, { additionalProperties: false });
export type NewDepartmentBody = Static<typeof NewDepartmentBody>;

export const WorkProfileEntry = Type.Object({ serviceId: Id, weight: Type.Number({ exclusiveMinimum: 0, maximum: 100 }) }, { additionalProperties: false });
export type WorkProfileEntry = Static<typeof WorkProfileEntry>;
const counterFields = { name: NameText(100), departmentId: Id, services: Type.Array(WorkProfileEntry, { maxItems: 200 }) };
export const CounterFields = Type.Object(counterFields, { additionalProperties: false });
export type CounterFields = Static<typeof CounterFields>;
export const NewCounterBody = Type.Object({ number: Type.Integer({ minimum: 1, maximum: 999 }), ...counterFields }, { additionalProperties: false });
export type NewCounterBody = Static<typeof NewCounterBody>;

const Password = Type.String({ minLength: 8, maxLength: 200, description: 'At least 8 characters' });
const userFields = { displayName: NameText(100), role: Role, departmentId: Nullable(Id) };
export const UserFields = Type.Object(userFields, { additionalProperties: false });
export type UserFields = Static<typeof UserFields>;
export const NewUserBody = Type.Object({ username: Type.String({ pattern: '^[a-z0-9._-]{2,40}$' }), password: Password, ...userFields }, { additionalProperties: false });
export type NewUserBody = Static<typeof NewUserBody>;
export const PasswordBody = Type.Object({ password: Password }, { additionalProperties: false });
export type PasswordBody = Static<typeof PasswordBody>;

export const NewDeviceBody = Type.Object({ name: NameText(100), kind: DeviceKind, counterId: Nullable(Id) }, { additionalProperties: false });
export type NewDeviceBody = Static<typeof NewDeviceBody>;
/** PUT /api/admin/devices/:id/print-agent: a kiosk prints through this agent (null: the server's own printer). */
export const PrintAgentBody = Type.Object({
  agentId: Nullable(Id, { description: 'An agent device: the kiosk\'s tickets print on its printer; null: on the server\'s own printer' }),
}, { additionalProperties: false });
export type PrintAgentBody = Static<typeof PrintAgentBody>;

export const AdminServiceView = Type.Object({ id: Type.Integer(), code: Type.String(), ...serviceFields });
export type AdminServiceView = Static<typeof AdminServiceView>;
export const AdminDepartmentView = Type.Object({ id: Type.Integer(), code: Type.String(), name: EditedText, block: Block, services: Type.Array(AdminServiceView) });
export type AdminDepartmentView = Static<typeof AdminDepartmentView>;
export const AdminCounterView = Type.Object({
  id: Type.Integer(), number: Type.Integer(), name: Type.String(), departmentId: Type.Integer(),
  services: Type.Array(Type.Object({ serviceId: Type.Integer(), weight: Type.Number() })),
  state: CounterState,
  officer: Nullable(Type.String(), { description: 'Who works there now (display name), if anyone' }),
});
export type AdminCounterView = Static<typeof AdminCounterView>;
export const AdminUserView = Type.Object({ id: Type.Integer(), username: Type.String(), displayName: Nullable(Type.String()), role: Role, departmentId: Nullable(Type.Integer()) });
export type AdminUserView = Static<typeof AdminUserView>;
export const AdminDeviceView = Type.Object({
  id: Type.Integer(), kind: DeviceKind, name: Type.String(), counterId: Nullable(Type.Integer()),
  createdAt: Type.String(), revokedAt: Nullable(Type.String()),
  connected: Type.Boolean({ description: 'Sockets open with this key now' }),
  printAgentId: Nullable(Type.Integer(), { description: 'For a kiosk: the agent whose printer prints its tickets; null: the server\'s own printer (MOTCUA_PRINTER)' }),
});
export type AdminDeviceView = Static<typeof AdminDeviceView>;

/** PUT /api/admin/operations: backups, retention of tracking codes, and how long sign-ins last. */
export const OperationsSettings = Type.Object({
  backupTime: Type.String({ ...HHMM, description: 'Center local time of the nightly backup, HH:MM' }),
  backupKeepDays: Type.Integer({ minimum: 1, maximum: 366, description: 'Nightly backups under DATA_DIR/backups are kept this many days' }),
  trackRetentionDays: Type.Integer({ minimum: 1, maximum: 3660, description: 'Tracking codes of tickets older than this many days are erased (figures stay)' }),
  sessionIdleMinutes: Type.Integer({ minimum: 5, maximum: 1440, description: 'A sign-in unused this long ends' }),
  sessionMaxHours: Type.Integer({ minimum: 1, maximum: 72, description: 'A sign-in ends this long after it began, used or not' }),
}, { additionalProperties: false });
export type OperationsSettings = Static<typeof OperationsSettings>;

export const AdminView = Type.Object({
  center: CenterSettings,
  policy: CallPolicySettings,
  operations: OperationsSettings,
  departments: Type.Array(AdminDepartmentView),
  counters: Type.Array(AdminCounterView),
  users: Type.Array(AdminUserView),
  devices: Type.Array(AdminDeviceView),
});
export type AdminView = Static<typeof AdminView>;

/** The key is shown once, here: only its hash is stored. */
export const DeviceCreated = Type.Object({ device: AdminDeviceView, key: Type.String({ description: 'The device key: shown only in this answer' }) });
export type DeviceCreated = Static<typeof DeviceCreated>;
