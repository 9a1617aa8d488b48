// The province: what a site sends the province hub (its outbox events, in order of its sequence
// numbers), what the hub answers (live figures of every site, reports across sites), and the site's
// own view of its sync (GET /api/sync/status).
import Type, { type Static } from 'typebox';
import { CallPolicySettings } from './admin.ts';
import { BusinessHours } from './catalog.ts';
import { Day, IsoTime, literals, Nullable } from './common.ts';
import { AppointmentSettings } from './config.ts';
import { ProcedureCode } from './procedures.ts';

export const SiteCode = Type.String({ pattern: '^[A-Z0-9][A-Z0-9_-]{0,31}$', description: 'The site\'s code at the province, e.g. TG-HUB1 or TG-XA-MYPHONG' });

export const PROVINCE_EVENT_KINDS = ['ticket', 'counter', 'rating'] as const;
export const ProvinceEventKind = literals(PROVINCE_EVENT_KINDS);
export type ProvinceEventKind = Static<typeof ProvinceEventKind>;
export const ProvinceEvent = Type.Object({
  seq: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'The site\'s sequence number: the hub orders a site\'s events by it, never by clocks' }),
  at: Type.Integer({ minimum: 0, description: 'When the site wrote it, ms since the epoch (informational)' }),
  kind: ProvinceEventKind,
  data: Type.Record(Type.String(), Type.Unknown(), { description: 'Public fields of the ticket, counter or rating after the change: no personal data' }),
}, { additionalProperties: false });
export type ProvinceEvent = Static<typeof ProvinceEvent>;

export const PROVINCE_BATCH_MAX = 1000;
export const EventBatch = Type.Object({
  site: SiteCode,
  events: Type.Array(ProvinceEvent, { maxItems: PROVINCE_BATCH_MAX, description: 'In increasing seq; may be empty (asks the hub what it holds)' }),
}, { additionalProperties: false });
export type EventBatch = Static<typeof EventBatch>;

export const EventAck = Type.Object({
  ackedSeq: Type.Integer({ minimum: 0, description: 'The highest sequence number the hub holds for the site: the site deletes its events up to it' }),
  catalogVersion: Type.Optional(Type.String({ description: 'The version of the catalog the province publishes: a site holding another fetches it (GET /api/province/catalog)' })),
  settingsVersion: Type.Optional(Type.Integer({ minimum: 1, description: 'The version of the settings the province publishes: a site holding an older one fetches them (GET /api/province/settings)' })),
});
export type EventAck = Static<typeof EventAck>;

export const ProvinceCatalog = Type.Object({
  version: Type.String(),
  format: Type.Literal('csv'),
  content: Type.String({ description: 'The procedures, as the file POST /api/procedures/import takes (base64): code, name, field, department' }),
});
export type ProvinceCatalog = Static<typeof ProvinceCatalog>;

/** Appointment settings a province sets for all its sites: the per-service slots stay each site's own (its services differ). */
const { services: _siteServices, ...provinceAppointmentFields } = AppointmentSettings.properties;
export const ProvinceAppointmentSettings = Type.Object(provinceAppointmentFields, { additionalProperties: false });

export const ProvinceSettings = Type.Object({
  policy: Type.Optional(CallPolicySettings),
  businessHours: Type.Optional(BusinessHours),
  appointments: Type.Optional(ProvinceAppointmentSettings),
}, {
  additionalProperties: false,
  description: 'What the province sets for every site; an absent part (or field) stays each site\'s own. A site applies each value unless its admin changed that value locally since the province\'s last version (the local value wins); holidays join the site\'s own; counters, officers, departments and per-service settings stay the site\'s',
});
export type ProvinceSettings = Static<typeof ProvinceSettings>;

export const PublishedSettings = Type.Object({
  version: Type.Integer({ minimum: 1, description: 'Increases by one at each publication' }),
  publishedAt: IsoTime,
  publishedBy: Type.String(),
  settings: ProvinceSettings,
}, { additionalProperties: false });
export type PublishedSettings = Static<typeof PublishedSettings>;

export const ProvinceSite = Type.Object({
  code: SiteCode,
  name: Type.String(),
  online: Type.Boolean({ description: 'The site reached the hub in the last minute' }),
  lastSeenAt: Nullable(IsoTime),
  lagSeconds: Nullable(Type.Number({ description: 'How far behind the site\'s last stored event was when it arrived' })),
  departments: Type.Array(Type.Object({
    code: Type.String(),
    waiting: Type.Integer({ minimum: 0 }),
    overTarget: Type.Integer({ minimum: 0, description: 'Of them, waiting longer than their service\'s target wait' }),
    serving: Type.Integer({ minimum: 0, description: 'Counters open (or paused) now' }),
    etaMinutes: Nullable(Type.Integer({ minimum: 0, description: 'Waiting × recent service time ÷ open counters; none without an open counter or a recent service' })),
  })),
});
export type ProvinceSite = Static<typeof ProvinceSite>;
export const ProvinceSites = Type.Array(ProvinceSite);
export type ProvinceSites = Static<typeof ProvinceSites>;

export const ProvinceSitesQuery = Type.Object({
  procedure: Type.Optional(ProcedureCode),
}, { additionalProperties: false });
export type ProvinceSitesQuery = Static<typeof ProvinceSitesQuery>;

export const ProvinceStatsQuery = Type.Object({
  from: Day, to: Day,
  site: Type.Optional(SiteCode),
}, { additionalProperties: false });
export type ProvinceStatsQuery = Static<typeof ProvinceStatsQuery>;
export const ProvinceExportQuery = Type.Object({
  from: Day, to: Day,
  site: Type.Optional(SiteCode),
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
}, { additionalProperties: false });
export type ProvinceExportQuery = Static<typeof ProvinceExportQuery>;

const provinceFigures = {
  issued: Type.Integer(), served: Type.Integer(), noShow: Type.Integer(),
  waitP50: Nullable(Type.Integer()), waitP90: Nullable(Type.Integer()),
};
export const ProvinceStats = Type.Object({
  from: Type.String(), to: Type.String(),
  sites: Type.Array(Type.Object({
    code: SiteCode, name: Type.String(), ...provinceFigures,
    departments: Type.Array(Type.Object({ code: Type.String(), ...provinceFigures })),
  })),
  total: Type.Object(provinceFigures),
});
export type ProvinceStats = Static<typeof ProvinceStats>;

export const SyncStatus = Type.Object({
  provinceUrl: Nullable(Type.String(), { description: 'MOTCUA_PROVINCE_URL; none: the site does not sync' }),
  pending: Type.Integer({ minimum: 0, description: 'Events the hub has not acknowledged yet' }),
  ackedSeq: Type.Integer({ minimum: 0 }),
  lastError: Type.Optional(Type.String()),
  catalogVersion: Nullable(Type.String()),
  settingsVersion: Nullable(Type.Integer({ description: 'The version of the province\'s settings the site applied; none before the first' })),
});
export type SyncStatus = Static<typeof SyncStatus>;
