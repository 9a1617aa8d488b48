// The center's configuration: the file format of MOTCUA_CONFIG and of the admin export/import
// (GET/POST /api/admin/config).
import Type, { type Static } from 'typebox';
import { RatingScale } from './common.ts';
import { ProcedureCode, ProcedureKind } from './procedures.ts';

const Localized = Type.Object({ vi: Type.String({ minLength: 1, maxLength: 200 }), en: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
const Code = Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,15}$', description: 'Upper-case code, e.g. TP or LLTP' });
/** http(s)://host[:port][/path]: no query, no fragment. */
export const PUBLIC_URL_PATTERN = '^https?://[^\\s/?#]+(/[^\\s?#]*)?$';
/** The address citizens' phones reach the center at: the base of every link and QR code given to them. */
export const PublicUrl = Type.String({
  pattern: PUBLIC_URL_PATTERN, maxLength: 200,
  description: 'Base of every link and QR code given to citizens, e.g. https://motcua.tiengiang.gov.vn (overrides MOTCUA_PUBLIC_URL; none = that, or the address the kiosk reached)',
});

export const CenterConfig = Type.Object({
  center: Type.Object({
    name: Localized,
    timeZone: Type.String({ minLength: 1, default: 'Asia/Ho_Chi_Minh' }),
    dialect: Type.Union([Type.Literal('north'), Type.Literal('south')], { description: 'How numbers are read aloud (south: ngàn, lẻ)' }),
    englishAnnouncements: Type.Boolean(),
    kioskPriorityStep: Type.Boolean(),
    notice: Type.Optional(Localized),
    businessHours: Type.Optional(Type.Object({
      days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true, description: 'ISO weekdays: 1 = Monday … 7 = Sunday' }),
      opens: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'Local time issuing opens, HH:MM' }),
      closes: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'Local time issuing closes, HH:MM' }),
    }, { additionalProperties: false, description: 'When the kiosk issues tickets; none = always' })),
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
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
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
    name: Type.String({ minLength: 1, maxLength: 100 }),
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
