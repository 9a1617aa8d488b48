// What every route module receives: the typed Fastify instance and the services behind it.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { RealtimeHub } from '../realtime/hub.ts';
import type { AppointmentService } from '../services/appointments.ts';
import type { AuditService } from '../services/audit.ts';
import type { AuthService } from '../services/auth.ts';
import type { DashboardService } from '../services/dashboard.ts';
import type { DeviceStatusBoard } from '../services/device-status.ts';
import type { ServerHealth } from '../services/health.ts';
import type { Notifier } from '../services/notify/notifier.ts';
import type { OfficerService } from '../services/officer.ts';
import type { ProcedureService } from '../services/procedures.ts';
import type { Printing, QueueService } from '../services/queue/index.ts';
import type { ReportService } from '../services/reports.ts';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

export interface RouteContext {
  queue: QueueService;
  procedures: ProcedureService;
  appointments: AppointmentService;
  notifier: Notifier;
  auth: AuthService;
  hub: RealtimeHub;
  printing: Printing;
  devices: DeviceStatusBoard;
  officers: OfficerService;
  reports: ReportService;
  audit: AuditService;
  dashboard: DashboardService;
  health: ServerHealth;
  clock: () => Date;
  /** The base of every link and QR code given to citizens (see publicBase). */
  publicUrl(request: FastifyRequest): string;
}

/**
 * The address citizens' links start with: the center's public address (admin setting), else
 * MOTCUA_PUBLIC_URL, else the address this request reached the server at (a LAN address, which a
 * phone on 4G cannot open: set one of the first two).
 */
export function publicBase(request: FastifyRequest, setting: string | undefined, fromEnvironment: string | undefined): string {
  const base = setting ?? fromEnvironment ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`;
  return base.replace(/\/+$/, '');
}
