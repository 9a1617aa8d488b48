// TypeBox schemas of ./admin.ts: the administration, dashboard and report routes validate input
// and describe their answers with these. Each is checked against its protocol type below.
import Type, { type Static } from 'typebox';
import type { AdminView, Dashboard, DeviceCreated, Report } from './index.ts';
import { Id, PauseReasonSchema, PriorityGroupSchema, StatsQuery, type Fits } from './schemas.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Unsafe<T>(Type.Enum([...values]));
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Localized = Type.Object({ vi: Text(200), en: Text(200) }, { additionalProperties: false });
const Code = Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,15}$', description: 'Upper-case code, e.g. TP or LLTP' });
const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);
const RoleSchema = literals(['officer', 'supervisor', 'admin'] as const);
const DeviceKindSchema = literals(['kiosk', 'display', 'agent'] as const);
const CounterStateSchema = literals(['closed', 'open', 'paused'] as const);
const Seconds = Nullable(Type.Integer());
const HHMM = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
const Block = Type.Object({ start: Type.Integer({ minimum: 1, maximum: 99999 }), end: Type.Integer({ minimum: 1, maximum: 99999 }) }, { additionalProperties: false });

// ---------------------------------------------------------------- administration

export const BusinessHoursSchema = Type.Object({
  days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true, description: 'ISO weekdays: 1 = Monday … 7 = Sunday' }),
  opens: HHMM,
  closes: HHMM,
}, { additionalProperties: false });

export const CenterSettingsSchema = Type.Object({
  name: Localized,
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  dialect: Type.Union([Type.Literal('north'), Type.Literal('south')]),
  englishAnnouncements: Type.Boolean(),
  kioskPriorityStep: Type.Boolean({ description: 'Whether the kiosk asks for a priority group' }),
  notice: Type.Optional(Localized),
  businessHours: Type.Optional(BusinessHoursSchema),
}, { additionalProperties: false });

export const CallPolicySchema = Type.Object({
  maxPriorityPerNormal: Type.Integer({ minimum: 0, maximum: 20, description: 'Interleave: at most this many priority calls per normal one while both wait' }),
  agingMinutes: Type.Integer({ minimum: 1, maximum: 1440, description: 'A ticket waiting this long is promoted' }),
  recallLimit: Type.Integer({ minimum: 0, maximum: 20, description: 'Recalls before a ticket becomes a no-show' }),
}, { additionalProperties: false });

const serviceFields = {
  name: Localized,
  targetWaitMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
  dailyCap: Nullable(Type.Integer({ minimum: 1, maximum: 99999 })),
  enabled: Type.Boolean(),
};
export const ServiceFieldsSchema = Type.Object(serviceFields, { additionalProperties: false });
export const NewServiceSchema = Type.Object({ departmentId: Id, code: Code, ...serviceFields }, { additionalProperties: false });

const departmentFields = { name: Localized, block: Block };
export const DepartmentFieldsSchema = Type.Object(departmentFields, { additionalProperties: false });
export const NewDepartmentSchema = Type.Object({
  code: Code, ...departmentFields,
  firstService: Type.Object({ code: Code, ...serviceFields }, { additionalProperties: false, description: 'A department offers at least one service' }),
}, { additionalProperties: false });

const WorkProfile = Type.Array(Type.Object({ serviceId: Id, weight: Type.Number({ exclusiveMinimum: 0, maximum: 100 }) }, { additionalProperties: false }), { maxItems: 200 });
const counterFields = { name: Text(100), departmentId: Id, services: WorkProfile };
export const CounterFieldsSchema = Type.Object(counterFields, { additionalProperties: false });
export const NewCounterSchema = Type.Object({ number: Type.Integer({ minimum: 1, maximum: 999 }), ...counterFields }, { additionalProperties: false });

const Password = Type.String({ minLength: 8, maxLength: 200, description: 'At least 8 characters' });
const userFields = { displayName: Text(100), role: RoleSchema, departmentId: Nullable(Id) };
export const UserFieldsSchema = Type.Object(userFields, { additionalProperties: false });
export const NewUserSchema = Type.Object({ username: Type.String({ pattern: '^[a-z0-9._-]{2,40}$' }), password: Password, ...userFields }, { additionalProperties: false });
export const PasswordSchema = Type.Object({ password: Password }, { additionalProperties: false });

export const NewDeviceSchema = Type.Object({ name: Text(100), kind: DeviceKindSchema, counterId: Nullable(Id) }, { additionalProperties: false });

const DeviceViewSchema = Type.Object({
  id: Type.Integer(), kind: DeviceKindSchema, name: Type.String(), counterId: Nullable(Type.Integer()),
  createdAt: Type.String(), revokedAt: Nullable(Type.String()), connected: Type.Boolean(), printAgentId: Nullable(Type.Integer()),
});
export const PrintAgentSchema = Type.Object({
  agentId: Type.Union([Id, Type.Null()], { description: 'An agent device: the kiosk\'s tickets print on its printer; null: on the server\'s own printer' }),
}, { additionalProperties: false });
export const DeviceCreatedSchema = Type.Object({ device: DeviceViewSchema, key: Type.String({ description: 'The device key: shown only in this answer' }) });

export const AdminViewSchema = Type.Object({
  center: CenterSettingsSchema,
  policy: CallPolicySchema,
  departments: Type.Array(Type.Object({
    id: Type.Integer(), code: Type.String(), name: Localized, block: Block,
    services: Type.Array(Type.Object({ id: Type.Integer(), code: Type.String(), ...serviceFields })),
  })),
  counters: Type.Array(Type.Object({
    id: Type.Integer(), number: Type.Integer(), name: Type.String(), departmentId: Type.Integer(),
    services: Type.Array(Type.Object({ serviceId: Type.Integer(), weight: Type.Number() })),
    state: CounterStateSchema, officer: Nullable(Type.String()),
  })),
  users: Type.Array(Type.Object({ id: Type.Integer(), username: Type.String(), displayName: Nullable(Type.String()), role: RoleSchema, departmentId: Nullable(Type.Integer()) })),
  devices: Type.Array(DeviceViewSchema),
});

// ---------------------------------------------------------------- dashboard

const DeviceStatusSchema = Type.Object({
  key: Type.String(), kind: literals(['kiosk', 'display', 'agent', 'printer', 'keypad', 'rating'] as const), name: Type.String(),
  state: literals(['online', 'offline', 'error', 'unknown'] as const), since: Nullable(Type.String()), detail: Type.Optional(Type.String()),
});
export const DeviceStatusListSchema = Type.Object({ devices: Type.Array(DeviceStatusSchema) });

const dashboardFigures = {
  waiting: Type.Integer(), longestWaitSeconds: Seconds, overTarget: Type.Integer({ description: 'Tickets waiting longer than their service target' }),
  served: Type.Integer(), noShow: Type.Integer(),
};
export const DashboardSchema = Type.Object({
  serverTime: Type.String(), businessDay: Type.String(),
  total: Type.Object(dashboardFigures),
  departments: Type.Array(Type.Object({
    id: Type.Integer(), code: Type.String(), name: Localized, ...dashboardFigures, countersOpen: Type.Integer(), countersPaused: Type.Integer(),
    services: Type.Array(Type.Object({ id: Type.Integer(), code: Type.String(), name: Localized, targetWaitMinutes: Type.Integer(), ...dashboardFigures })),
  })),
  counters: Type.Array(Type.Object({
    id: Type.Integer(), number: Type.Integer(), name: Type.String(), departmentId: Type.Integer(), state: CounterStateSchema,
    pauseReason: Nullable(PauseReasonSchema), officer: Nullable(Type.String()), current: Nullable(Type.String()),
  })),
  alerts: Type.Array(Type.Object({
    ticketId: Type.Integer(), number: Type.String(), departmentCode: Type.String(), serviceId: Type.Integer(), serviceName: Localized,
    priority: Nullable(PriorityGroupSchema), waitedSeconds: Type.Integer(), targetMinutes: Type.Integer(),
  })),
  devices: Type.Array(DeviceStatusSchema),
});

// ---------------------------------------------------------------- reports

export const ReportExportQuery = Type.Object({ ...StatsQuery.properties, format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]) }, { additionalProperties: false });

const reportFigures = {
  issued: Type.Integer(), called: Type.Integer(), served: Type.Integer(), noShow: Type.Integer(), transferred: Type.Integer(), expired: Type.Integer(),
  waitP50: Seconds, waitP90: Seconds, waitMax: Seconds, serviceP50: Seconds, serviceP90: Seconds,
  withinTarget: Nullable(Type.Number({ description: 'Share 0–1 of served tickets called within the service target' })),
  ratings: Type.Object({ 1: Type.Integer(), 2: Type.Integer(), 3: Type.Integer(), 4: Type.Integer() }),
  satisfaction: Nullable(Type.Number({ description: 'Mean rating mapped to 0–100 (1 → 0, 4 → 100)' })),
};
const ReportRowSchema = Type.Object({ id: Type.Integer(), code: Type.String(), label: Localized, departmentId: Nullable(Type.Integer()), ...reportFigures });
export const ReportSchema = Type.Object({
  from: Type.String(), to: Type.String(), timeZone: Type.String(),
  total: Type.Object(reportFigures),
  departments: Type.Array(ReportRowSchema), services: Type.Array(ReportRowSchema), counters: Type.Array(ReportRowSchema), officers: Type.Array(ReportRowSchema),
  hours: Type.Array(Type.Object({ hour: Type.Integer(), arrivals: Type.Integer(), waitP50: Seconds, waitP90: Seconds })),
});

export const adminSchemaChecks: [
  Fits<Static<typeof AdminViewSchema>, AdminView>,
  Fits<Static<typeof DeviceCreatedSchema>, DeviceCreated>,
  Fits<Static<typeof DashboardSchema>, Dashboard>,
  Fits<Static<typeof ReportSchema>, Report>,
] = [true, true, true, true];
