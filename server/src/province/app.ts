// The province hub: the same codebase in another role. A Fastify app on PostgreSQL with its own
// route table (PROVINCE_ROUTES): sites send their events with their key, anyone reads every site's
// live figures, the province supervisor reads reports across sites.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyReply, type FastifyRequest, type FastifyServerOptions, type HTTPMethods } from 'fastify';
import { ErrorBody, PROVINCE_ROUTES, refusalsOf, type ProvinceRouteKey, type ProvinceRouteSpec, type ProvinceSettings, type RouteSpec } from '@motcua/protocol';
import { DomainError, invalid, notFound } from '../domain/errors.ts';
import { provinceSettingsProblem } from '../domain/province-settings.ts';
import { errorBody, registerErrorHandling } from '../http/errors.ts';
import { validatorCompiler } from '../http/validation.ts';
import { hashSecret, hashPasswordNow } from '../security/crypto.ts';
import { ServerHealth } from '../services/health.ts';
import { assertRange } from '../services/reports.ts';
import { HubStore } from '../store/province/hub.ts';
import { provinceFigures } from '../store/province/reports.ts';
import { authorize } from './auth.ts';
import { provinceCsv, provinceXlsx } from './export.ts';
import { siteList, statsAnswer } from './figures.ts';
import { serveProvincePage } from './page.ts';
import { serveSupervisorPage } from './supervisor-page.ts';

export interface HubSite { code: string; name: string; key: string }

export interface HubOptions {
  databaseUrl: string;
  /** Sites to register (or update) at start: code, name and the key given to the site. */
  sites?: readonly HubSite[];
  /** The procedure catalog the province publishes (a CSV file's content, as the sites' import reads it). */
  catalogCsv?: string;
  /** Province supervisors to register (or update) at start. */
  supervisors?: readonly { username: string; password: string }[];
  clock?: () => Date;
  logger?: FastifyServerOptions['logger'];
}

export interface ProvinceHub {
  app: ReturnType<typeof createApp>;
  store: HubStore;
}

function createApp(logger: FastifyServerOptions['logger']) {
  return Fastify({
    logger: logger ?? false,
    trustProxy: false,
    frameworkErrors: (_error, _request, reply) => void (reply as FastifyReply).code(400).send(errorBody('malformed_request', 'The address is not valid.')),
  }).withTypeProvider<TypeBoxTypeProvider>();
}

export async function buildHub(options: HubOptions): Promise<ProvinceHub> {
  const clock = options.clock ?? (() => new Date());
  const store = await HubStore.open(options.databaseUrl);
  for (const s of options.sites ?? []) await store.upsertSite(s.code, s.name, hashSecret(s.key));
  for (const s of options.supervisors ?? []) await store.upsertSupervisor(s.username, hashPasswordNow(s.password));

  const app = createApp(options.logger);
  app.setValidatorCompiler(validatorCompiler);
  registerErrorHandling(app, new ServerHealth(clock));

  const catalog = options.catalogCsv ? { version: hashSecret(options.catalogCsv).slice(0, 16), format: 'csv' as const, content: Buffer.from(options.catalogCsv).toString('base64') } : null;
  // the version sites are told of in every ack: read once, then kept as this hub publishes
  let settingsVersion = (await store.settings())?.version ?? null;
  const stats = async (q: { from: string; to: string; site?: string }) => {
    assertRange(q.from, q.to);
    if (q.site && !(await store.site(q.site))) throw notFound('unknown_site', `No site ${q.site} in the province.`, `Tỉnh không có điểm tiếp nhận ${q.site}.`);
    return statsAnswer(q.from, q.to, await store.sites(), await provinceFigures(store.pool, q.from, q.to, q.site));
  };
  const handlers: { [K in ProvinceRouteKey]: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown> } = {
    'GET /api/province/sites': async (request) => {
      const { procedure } = request.query as { procedure?: string };
      const now = clock();
      return siteList(await store.sites(), await store.live(now, procedure), now);
    },
    'GET /api/province/stats': async (request) => stats(request.query as { from: string; to: string; site?: string }),
    'GET /api/province/stats/export': async (request, reply) => {
      const q = request.query as { from: string; to: string; site?: string; format: 'csv' | 'xlsx' };
      const answer = await stats(q);
      reply.header('content-disposition', `attachment; filename="motcua-toan-tinh-${q.from}-${q.to}.${q.format}"`);
      if (q.format === 'csv') return reply.type('text/csv; charset=utf-8').send(provinceCsv(answer));
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await provinceXlsx(answer));
    },
    'GET /api/province/catalog': async () => {
      if (!catalog) throw notFound('no_catalog', 'The province publishes no catalog.');
      return catalog;
    },
    'GET /api/province/settings': async () => {
      const published = await store.settings();
      if (!published) throw notFound('no_settings', 'The province publishes no settings yet.', 'Tỉnh chưa công bố cấu hình chung.');
      return published;
    },
    'PUT /api/province/settings': async (request) => {
      const settings = request.body as ProvinceSettings;
      const problem = provinceSettingsProblem(settings);
      if (problem) throw invalid('invalid_settings', `${problem.path}: ${problem.message}`, `Cấu hình chung của tỉnh không hợp lệ: ${problem.vi}.`);
      const published = await store.publishSettings(settings, request.provinceSupervisor!, clock());
      settingsVersion = published.version;
      request.log.info({ version: published.version, by: published.publishedBy }, 'province settings published');
      return published;
    },
    'POST /api/province/events': async (request) => {
      const site = request.provinceSite!;
      const body = request.body as { site: string; events: { seq: number; at: number; kind: 'ticket' | 'counter' | 'rating'; data: Record<string, unknown> }[] };
      if (body.site !== site) throw new DomainError('wrong_site', `This key is the key of site ${site}, not of ${body.site}.`, `Khóa này là của điểm ${site}, không phải của ${body.site}.`);
      for (let i = 1; i < body.events.length; i++) {
        if (body.events[i]!.seq <= body.events[i - 1]!.seq) throw new DomainError('invalid_request', 'events must come in increasing seq.', 'Các sự kiện phải theo thứ tự số tăng dần.');
      }
      const { ackedSeq } = await store.ingest(site, body.events, clock());
      return { ackedSeq, ...(catalog ? { catalogVersion: catalog.version } : {}), ...(settingsVersion ? { settingsVersion } : {}) };
    },
  };

  for (const key of Object.keys(PROVINCE_ROUTES) as ProvinceRouteKey[]) {
    const spec: ProvinceRouteSpec = PROVINCE_ROUTES[key];
    const [method, url] = key.split(' ') as [HTTPMethods, string];
    app.route({
      method, url,
      ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
      schema: {
        tags: [...spec.tags], summary: spec.summary,
        ...(spec.query ? { querystring: spec.query } : {}),
        ...(spec.body ? { body: spec.body } : {}),
        response: { 200: spec.answer, ...Object.fromEntries(refusalsOf({ ...spec, roles: spec.roles === 'anyone' ? 'anyone' : ['admin'] } as RouteSpec).map((s) => [s, ErrorBody])) },
      },
      ...(spec.roles === 'anyone' ? {} : { onRequest: async (request: FastifyRequest) => void (request.provinceSite = await authorize(store, request, spec.roles as readonly string[])) }),
      handler: async (request, reply) => handlers[key](request, reply),
    });
  }
  serveProvincePage(app);
  serveSupervisorPage(app);
  app.addHook('onClose', async () => store.close());
  return { app, store };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The site whose key signed the request (site routes). */
    provinceSite?: string | null;
    /** The province supervisor who signed the request (supervisor routes). */
    provinceSupervisor?: string;
  }
}
