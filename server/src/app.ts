// Builds the whole server: store, queue service, HTTP routes with OpenAPI, Socket.IO, device hub and
// the built UIs, on one Fastify instance. `buildServer` is what main.ts and every test call.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import helmet from 'helmet';
import { dirname, join } from 'node:path';
import type { CenterConfig } from '@motcua/protocol';
import type { Clock } from './domain/business-day.ts';
import { DomainError } from './domain/errors.ts';
import { DEFAULT_DEVICE_HUB_TIMES, DeviceHub, type DeviceHubTimes } from './devices/hub.ts';
import { PrinterWatch } from './devices/printer-watch.ts';
import { createPrinting, type PrintingOptions } from './devices/printing.ts';
import { publicBase, type App, type RouteContext } from './http/context.ts';
import { errorBody, registerErrorHandling } from './http/errors.ts';
import { describeApi } from './http/openapi.ts';
import { limitIssuing } from './http/rate-limit.ts';
import { withRedactedUrls } from './http/redact.ts';
import { validatorCompiler } from './http/validation.ts';
import { takeTurns } from './http/turns.ts';
import { registerRoutes } from './http/register.ts';
import { adminHandlers } from './http/routes/admin.ts';
import { appointmentHandlers } from './http/routes/appointments.ts';
import { auditHandlers } from './http/routes/audit.ts';
import { counterHandlers } from './http/routes/counters.ts';
import { dashboardHandlers } from './http/routes/dashboard.ts';
import { meHandlers } from './http/routes/me.ts';
import { procedureHandlers } from './http/routes/procedures.ts';
import { publicHandlers } from './http/routes/public.ts';
import { reportHandlers } from './http/routes/reports.ts';
import { ticketHandlers } from './http/routes/tickets.ts';
import { syncHandlers } from './http/routes/sync.ts';
import { serveUis } from './http/ui.ts';
import { holdDataDir } from './operations/lock.ts';
import { Operations } from './operations/service.ts';
import { SyncWorker, type SyncOptions } from './operations/sync.ts';
import { attachSocketIo } from './realtime/index.ts';
import { RealtimeHub, type IoServer } from './realtime/hub.ts';
import { AdminService, type AdminScreens } from './services/admin.ts';
import { AppointmentService } from './services/appointments.ts';
import { vapidKeys } from './services/notify/channels.ts';
import { DEFAULT_NOTIFIER, Notifier, type NotifierOptions } from './services/notify/notifier.ts';
import { AuditService } from './services/audit.ts';
import { AuthService } from './services/auth.ts';
import { DashboardService } from './services/dashboard.ts';
import { HelpRequests } from './services/help-requests.ts';
import { DeviceStatusBoard } from './services/device-status.ts';
import { ServerHealth } from './services/health.ts';
import { demoDossierSystem, httpDossierSystem } from './services/dossiers.ts';
import { OfficerService } from './services/officer.ts';
import { ProcedureService } from './services/procedures.ts';
import { QueueService } from './services/queue/index.ts';
import { ReportService } from './services/reports.ts';
import { Store } from './store/index.ts';
import { OfficerStore } from './store/officer.ts';

export interface ServerOptions {
  /** The SQLite file. */
  dbFile: string;
  /** Applied when the database is new, or when `configId` differs from the one applied last. */
  config: () => CenterConfig;
  /** Identifies the configuration's content (a hash of the file); none for the demo center. */
  configId?: string;
  clock?: Clock;
  /** Tickets per minute per kiosk key; 0 turns the limit off. */
  rateLimitPerMinute?: number;
  printing?: PrintingOptions;
  /** How long print jobs wait for device agents (tests shorten them). */
  deviceTimes?: Partial<DeviceHubTimes>;
  logger?: FastifyServerOptions['logger'];
  /** Where the built UIs are (kiosk-ui/dist, …); the repository root by default. */
  uiRoot?: string;
  /** The province's one-stop information system (MOTCUA_DOSSIER_URL); none: the built-in demo lookup. */
  dossierUrl?: string;
  /** Check every answer against its schema in the route table before sending it (tests). */
  checkAnswers?: boolean;
  /** MOTCUA_PUBLIC_URL: the base of citizens' links when the center settings name none. */
  publicUrl?: string;
  /** MOTCUA_TLS_CERT / MOTCUA_TLS_KEY (PEM): serve HTTPS, with HSTS. */
  https?: { cert: string | Buffer; key: string | Buffer };
  /** How often the nightly backup timer looks whether it is due (tests shorten it). */
  nightlyCheckMs?: number;
  /** How often sockets of users whose session ended are dropped (tests shorten it). */
  socketSweepMs?: number;
  /** How often the server asks its own printer's status (tests shorten it). */
  printerStatusMs?: number;
  /** How often the notifier looks at the queue, and its first retry's wait (tests shorten them). */
  notifier?: Partial<NotifierOptions>;
  /** MOTCUA_PROVINCE_URL and MOTCUA_SITE_KEY: the province hub this site sends its events to. */
  province?: SyncOptions;
}

export interface MotcuaServer {
  app: App;
  io: IoServer;
  store: Store;
  queue: QueueService;
  hub: RealtimeHub;
  auth: AuthService;
  operations: Operations;
}

/** Why a ticket has no print outcome after a restart: the server stopped while it printed. */
export const INTERRUPTED_PRINT = 'interrupted: the server stopped while this ticket was printing; print it again';

export const MAX_BODY_BYTES = 16 * 1024;
const REPO_ROOT = join(import.meta.dirname, '..', '..');

export async function buildServer(options: ServerOptions): Promise<MotcuaServer> {
  const clock = options.clock ?? (() => new Date());
  const store = Store.open(options.dbFile);
  const releaseDataDir = holdDataDir(dirname(options.dbFile));
  store.operations.settleInterruptedPrints(INTERRUPTED_PRINT, options.printing?.printer !== undefined);
  if (store.catalog.isEmpty() || (options.configId !== undefined && store.catalog.appliedConfigId() !== options.configId)) {
    store.catalog.applyConfig(options.config(), clock(), options.configId);
  }

  const hub = new RealtimeHub();
  const queue = new QueueService(store, clock, hub);
  queue.today();
  const auth = new AuthService(store, clock, hub);

  const app: App = Fastify({
    ...(options.https ? { https: options.https } : {}),
    logger: withRedactedUrls(options.logger ?? false),
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: false,
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      const body = errorBody(tooLong ? 'uri_too_long' : 'malformed_request', tooLong ? 'A part of the address is too long.' : 'The address is not valid.');
      void (reply as FastifyReply).code(tooLong ? 414 : 400).send(body);
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  takeTurns(app);
  app.setValidatorCompiler(validatorCompiler);
  app.decorateRequest('actor', null);
  const health = new ServerHealth(clock);
  registerErrorHandling(app, health);

  // Security headers from one helmet middleware, built once (@fastify/helmet built it again for every
  // request: 29 us of a ticket's 700 at 50 kiosks). Plain HTTP on a LAN is normal for a center: no
  // upgrade to https, and HSTS only when serving HTTPS.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: { 'upgrade-insecure-requests': null, 'img-src': ["'self'", 'data:', 'blob:'], 'media-src': ["'self'", 'blob:'] },
    },
    hsts: options.https ? { maxAge: 31_536_000 } : false,
  });
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)));
  await limitIssuing(app, options.rateLimitPerMinute ?? 120);
  await describeApi(app);

  const deviceStatus = new DeviceStatusBoard(store, clock);
  const devices = new DeviceHub(store, deviceStatus, clock, app.log, { ...DEFAULT_DEVICE_HUB_TIMES, ...options.deviceTimes });
  const printing = createPrinting(queue, hub, devices, options.printing ?? {}, store);
  queue.issuing.printOn(printing);
  const procedures = new ProcedureService(store, () => queue.catalog.data, options.dossierUrl ? httpDossierSystem(options.dossierUrl) : demoDossierSystem(() => queue.today()));
  // An admin change may retire services or import procedures: the search reads the catalog again.
  const adminScreens: AdminScreens = {
    catalogChanged: () => {
      procedures.reload();
      hub.catalogChanged();
    },
    disconnectRoom: (room) => hub.disconnectRoom(room),
  };
  const appointments = new AppointmentService(store, queue, clock, (id) => procedures.procedure(id));
  const vapid = vapidKeys((name, make) => store.appointments.secret(name, make), queue.settings.center.publicUrl ?? options.publicUrl);
  const notifier = new Notifier(store, queue, appointments, clock, app.log, { ...DEFAULT_NOTIFIER, ...options.notifier }, vapid);
  const ctx: RouteContext = {
    queue, procedures, appointments, notifier, auth, hub, printing, devices: deviceStatus, clock, health,
    officers: new OfficerService(new OfficerStore(store.db), queue, clock),
    reports: new ReportService(store, queue, clock),
    audit: new AuditService(store, () => queue.settings.center.timeZone),
    dashboard: new DashboardService(store, queue, deviceStatus, clock, new HelpRequests(clock, hub, (id) => deviceStatus.deviceName(id))),
    publicUrl: (request) => publicBase(request, queue.settings.center.publicUrl, options.publicUrl),
  };
  const operations = new Operations({
    store, dbFile: options.dbFile, clock, timeZone: () => queue.settings.center.timeZone, log: app.log, checkEveryMs: options.nightlyCheckMs,
  });
  const admin = new AdminService(store, queue, adminScreens, deviceStatus, clock);
  const sync = new SyncWorker(store.outbox, {
    ...options.province,
    inTransaction: () => store.db.inTransaction,
    // the province's procedures join the site's own (one of an agency the site lacks goes to its first
    // department: every site takes every procedure of the province); its counters and officers stay its own
    applyCatalog: async (catalog) => {
      const result = await procedures.import({ format: catalog.format, content: catalog.content, apply: true }, { anyAgency: true });
      if (result.applied) adminScreens.catalogChanged();
      return result.applied ? null : result.errors.length > 0 ? `${result.errors.length} rows do not fit this site, e.g. line ${result.errors[0]!.line}: ${result.errors[0]!.message}` : 'it holds no procedure';
    },
    // the province's call policy, hours and booking limits over the site's own (a value changed locally since stays)
    applySettings: async (published) => {
      try {
        const kept = admin.applyProvinceSettings(published);
        app.log.info({ version: published.version, kept }, 'province settings applied');
        return null;
      } catch (e) {
        if (e instanceof DomainError) return e.message;
        throw e;
      }
    },
  }, clock);
  registerRoutes(app, auth, {
    ...syncHandlers(sync),
    ...publicHandlers(ctx),
    ...procedureHandlers(procedures),
    ...meHandlers(ctx),
    ...ticketHandlers(ctx),
    ...appointmentHandlers(ctx),
    ...counterHandlers(ctx),
    ...reportHandlers(ctx),
    ...auditHandlers(ctx),
    ...dashboardHandlers(ctx),
    ...adminHandlers(admin, operations),
  }, { checkAnswers: options.checkAnswers ?? false });
  await serveUis(app, options.uiRoot ?? REPO_ROOT);

  const printers = new PrinterWatch(store, deviceStatus, printing, hub);
  const io = attachSocketIo(app, hub, queue, auth, deviceStatus, {
    publicUrl: () => queue.settings.center.publicUrl ?? options.publicUrl, sweepMs: options.socketSweepMs, kioskPrinter: (id) => printers.kioskState(id),
  });
  printers.start(options.printerStatusMs ?? 5000);
  notifier.start();
  devices.watch(io);
  operations.start();
  sync.start();
  app.addHook('onClose', async () => {
    await sync.stop();
    printers.stop();
    await notifier.stop();
    await operations.stop();
    await printing.close();
    queue.close();
    store.close();
    releaseDataDir();
  });
  return { app, io, store, queue, hub, auth, operations };
}
