// The province. On a site: GET /api/sync/status (admin), how its outbox stands with the hub. On the
// province hub (`npm run province`, its own route table, not the site's): live figures of every site
// (anyone: the public /province page), reports across sites (the province supervisor), and the
// events sites send (their site key).
import Type from 'typebox';
import { EventAck, EventBatch, ProvinceCatalog, ProvinceExportQuery, ProvinceSites, ProvinceSitesQuery, ProvinceStats, ProvinceStatsQuery, ProvinceSettings, PublishedSettings, SyncStatus } from '../shapes/province.ts';
import { defineRoutes, type RouteSpec } from './spec.ts';

export const syncRoutes = defineRoutes({
  'GET /api/sync/status': {
    roles: ['admin'], tags: ['admin'], answer: SyncStatus,
    summary: 'The site\'s sync with the province hub: its address, events not yet acknowledged, the last acknowledged sequence number, the last error, the versions of the province\'s catalog and settings held',
  },
});

/** Who may call a hub route: a site by its key, the province supervisor, or anyone. */
export type ProvinceRole = 'site' | 'province-supervisor';
export interface ProvinceRouteSpec extends Omit<RouteSpec, 'roles'> { roles: readonly ProvinceRole[] | 'anyone' }

const defineProvinceRoutes = <const T extends Record<`${'GET' | 'POST' | 'PUT'} /api/province/${string}`, ProvinceRouteSpec>>(routes: T): T => routes;

export const PROVINCE_ROUTES = defineProvinceRoutes({
  'GET /api/province/sites': {
    roles: 'anyone', tags: ['province'], query: ProvinceSitesQuery, answer: ProvinceSites,
    summary: 'Every site with its waiting tickets, open counters and estimated wait per department, online or when last seen; with procedure=, only that procedure\'s waiting tickets (where is it quickest to submit it today)',
  },
  'GET /api/province/stats': {
    roles: ['province-supervisor'], tags: ['province'], query: ProvinceStatsQuery, answer: ProvinceStats, refusals: [404],
    summary: 'Per site and department for business days from..to: issued, served, no-show, waits (seconds, nearest-rank percentiles); and the province total',
  },
  'GET /api/province/stats/export': {
    roles: ['province-supervisor'], tags: ['province'], query: ProvinceExportQuery, file: true, refusals: [404],
    answer: Type.Unsafe<string | Uint8Array>({ type: 'string', format: 'binary', description: 'The CSV or XLSX file' }),
    summary: 'The same report as a file: CSV (UTF-8 with BOM, waits in seconds) or XLSX (waits in minutes)',
  },
  'GET /api/province/catalog': {
    roles: ['site'], tags: ['province'], answer: ProvinceCatalog, refusals: [404],
    summary: 'The procedure catalog the province publishes, with its version: a site applies it beside its own counters, officers and procedures, and reports the version it holds',
  },
  'GET /api/province/settings': {
    roles: ['site', 'province-supervisor'], tags: ['province'], answer: PublishedSettings, refusals: [404],
    summary: 'The settings the province publishes to its sites (call policy, business hours, appointment limits), with their version',
  },
  'PUT /api/province/settings': {
    roles: ['province-supervisor'], tags: ['province'], body: ProvinceSettings, answer: PublishedSettings,
    summary: 'Publishes new settings to every site (the next version): each site takes them on its next sync, applies them over its own configuration (a value its admin changed locally since the last version stays; its counters, officers and per-service settings stay its own), audits the change and reports the version in GET /api/sync/status. Invalid settings are refused and change nothing',
  },
  'POST /api/province/events': {
    roles: ['site'], tags: ['province'], body: EventBatch, answer: EventAck, bodyLimit: 1024 * 1024,
    summary: 'A site\'s events in order of its sequence numbers; stored once each by (site, seq), so a batch sent twice changes nothing. Answers the highest sequence number held',
  },
});
export type ProvinceRoutes = typeof PROVINCE_ROUTES;
export type ProvinceRouteKey = keyof ProvinceRoutes;
