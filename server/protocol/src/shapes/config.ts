// The center's configuration: the file format of MOTCUA_CONFIG and of the admin export/import
// (GET/POST /api/admin/config).
import Type, { type Static } from 'typebox';
import { BusinessHours } from './catalog.ts';
import { HHMM, NameText, RatingScale } from './common.ts';
import { ProcedureCode, ProcedureKind } from './procedures.ts';

const Localized = Type.Object({ vi: NameText(200), en: NameText(200) }, { additionalProperties: false });
const Code = Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,15}$', description: 'Upper-case code, e.g. TP or LLTP' });
/** http(s)://host[:port][/path]: no query, no fragment. */
export const PUBLIC_URL_PATTERN = '^https?://[^\\s/?#]+(/[^\\s?#]*)?$';
/** The address citizens' phones reach the center at: the base of every link and QR code given to them. */
export const PublicUrl = Type.String({
  pattern: PUBLIC_URL_PATTERN, maxLength: 200,
  description: 'Base of every link and QR code given to citizens, e.g. https://motcua.tiengiang.gov.vn (overrides MOTCUA_PUBLIC_URL; none = that, or the address the kiosk reached)',
});

const SlotSize = Type.Object({
  slotMinutes: Type.Integer({ minimum: 5, maximum: 240 }),
  capacity: Type.Integer({ minimum: 0, maximum: 500, description: 'Citizens per slot; 0: the service takes no bookings' }),
}, { additionalProperties: false });

/** Booking of appointments: the limits per citizen, the check-in window, when a citizen is told the turn is near, and the slots of each service. */
export const AppointmentSettings = Type.Object({
  perPersonPerDay: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, description: 'Bookings of one ID number on one day (2)' })),
  perPersonPerService: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, description: 'Bookings of one ID number for one service (field) on one day (1)' })),
  checkInEarlyMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240, description: 'Check-in opens this long before the slot (30)' })),
  checkInLateMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240, description: 'Check-in closes this long after the slot\'s start (15)' })),
  daysAhead: Type.Optional(Type.Integer({ minimum: 0, maximum: 60, description: 'Booking opens for today and this many working days after (6)' })),
  nearAhead: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, description: 'A citizen is told the turn is near with at most this many ahead (3)…' })),
  nearMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240, description: '…or this many minutes of forecast wait (10)' })),
  slot: Type.Optional(SlotSize),
  services: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,15}/[A-Z][A-Z0-9_]{0,15}$' }), SlotSize, {
    description: 'By "DEPARTMENT/SERVICE" code: the slot length and capacity of that service; the others take `slot` (30 minutes, 2 citizens)',
  })),
}, { additionalProperties: false });
export type AppointmentSettings = Static<typeof AppointmentSettings>;

/** How citizens are told: an SMS gateway over HTTP, Zalo ZNS. Sending never blocks a queue action. */
export const NotificationSettings = Type.Object({
  sms: Type.Optional(Type.Object({
    url: Type.String({ pattern: '^https?://', maxLength: 500, description: 'The SMS gateway: a POST here for each message' }),
    body: Type.String({ maxLength: 2000, description: 'The body sent, with {phone} and {message} replaced (JSON-escaped), e.g. {"to":"{phone}","text":"{message}","brandname":"MOTCUA"}' }),
    contentType: Type.Optional(Type.String({ maxLength: 100, description: 'application/json unless said' })),
    headers: Type.Optional(Type.Record(Type.String(), Type.String({ maxLength: 500 }), { description: 'e.g. an Authorization header of the gateway' })),
  }, { additionalProperties: false })),
  zalo: Type.Optional(Type.Object({
    url: Type.String({ pattern: '^https?://', maxLength: 500, description: 'The ZNS send endpoint (https://business.openapi.zalo.me/message/template)' }),
    accessToken: Type.String({ maxLength: 1000 }),
    templateId: Type.String({ maxLength: 100 }),
  }, { additionalProperties: false })),
}, { additionalProperties: false });
export type NotificationSettings = Static<typeof NotificationSettings>;

/** Officers' lunch in turns: the forecast of waits counts on each counter losing its lunch in that window. */
export const LunchTurns = Type.Object({
  from: HHMM,
  until: HHMM,
  minutes: Type.Integer({ minimum: 5, maximum: 240, description: 'How long each officer pauses for lunch, minutes' }),
}, { additionalProperties: false, description: 'Officers pause for lunch in turns between from and until (center local time), each for about `minutes`: waits forecast before noon count on it' });
export type LunchTurns = Static<typeof LunchTurns>;

export const CenterConfig = Type.Object({
  center: Type.Object({
    name: Localized,
    timeZone: Type.String({ minLength: 1, default: 'Asia/Ho_Chi_Minh' }),
    dialect: Type.Union([Type.Literal('north'), Type.Literal('south')], { description: 'How numbers are read aloud (south: ngàn, lẻ)' }),
    englishAnnouncements: Type.Boolean(),
    kioskPriorityStep: Type.Boolean(),
    notice: Type.Optional(Localized),
    businessHours: Type.Optional(BusinessHours),
    lunchTurns: Type.Optional(LunchTurns),
    appointments: Type.Optional(AppointmentSettings),
    notifications: Type.Optional(NotificationSettings),
    publicUrl: Type.Optional(PublicUrl),
    ratingScale: Type.Optional(RatingScale),
    officerRatingsInIndex: Type.Optional(Type.Boolean({ description: 'Ratings an officer entered count in the satisfaction index (default false)' })),
  }, { additionalProperties: false }),
  policy: Type.Object({
    maxPriorityPerNormal: Type.Integer({ minimum: 0, maximum: 20 }),
    agingMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
    recallLimit: Type.Integer({ minimum: 0, maximum: 20 }),
    
  }, { additionalProperties: false }),
  departments: Type.Array(Type.Object({
    code: Code,
    name: Localized,
    block: Type.Object({ start: Type.Integer({ minimum: 1, maximum: 99999 }), end: Type.Integer({ minimum: 1, maximum: 99999 }) }, { additionalProperties: false }),
    services: Type.Array(Type.Object({
      code: Code,
      name: Localized,
      targetWaitMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 1440 })),
      dailyCap: Type.Optional(Type.Integer({ minimum: 1 })),
      enabled: Type.Optional(Type.Boolean()),
    }, { additionalProperties: false }), { minItems: 1 }),
  }, { additionalProperties: false }), { minItems: 1 }),
  counters: Type.Array(Type.Object({
    number: Type.Integer({ minimum: 1, maximum: 999 }),
    name: Type.Optional(NameText(100)),
    department: Code,
    /** Work profile: service code → weight (higher is called first). */
    services: Type.Record(Type.String(), Type.Number({ exclusiveMinimum: 0, maximum: 100 })),
  }, { additionalProperties: false })),
  users: Type.Array(Type.Object({
    username: Type.String({ pattern: '^[a-z0-9._-]{2,40}$' }),
    displayName: Type.Optional(Type.String({ maxLength: 100 })),
    role: Type.Union([Type.Literal('officer'), Type.Literal('supervisor'), Type.Literal('admin')]),
    department: Type.Optional(Code),
    passwordHash: Type.String({ pattern: '^scrypt\\$' , description: 'scrypt$N$r$p$salt$hash, made by `npm run hash-password -w server`' }),
  }, { additionalProperties: false })),
  procedures: Type.Optional(Type.Array(Type.Object({
    code: ProcedureCode,
    name: Type.Object({ vi: Type.String({ minLength: 1, maxLength: 500 }), en: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false }),
    field: Type.String({ minLength: 1, maxLength: 200, description: 'Lĩnh vực, e.g. "Hộ tịch"' }),
    department: Code,
    service: Type.String({ description: 'The code of the service (of that department) whose line it queues into' }),
    kind: ProcedureKind,
  }, { additionalProperties: false }), { description: 'The procedures catalog, matched by code; none = the procedures stored stay as they are' })),
  devices: Type.Array(Type.Object({
    name: NameText(100),
    kind: Type.Union([Type.Literal('kiosk'), Type.Literal('display'), Type.Literal('agent')]),
    keyHash: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'sha256 hex of the device key' }),
    counter: Type.Optional(Type.Integer({ minimum: 1 })),
    printsThrough: Type.Optional(Type.String({
      minLength: 1, maxLength: 100,
      description: 'For a kiosk: the name of the agent (a device of kind agent in this file) whose printer prints its tickets; none = the server\'s own printer (MOTCUA_PRINTER)',
    })),
  }, { additionalProperties: false })),
}, { additionalProperties: false });

export type CenterConfig = Static<typeof CenterConfig>;
export type DepartmentConfig = CenterConfig['departments'][number];
