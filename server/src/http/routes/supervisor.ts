// Supervision (supervisor, admin): the live dashboard, device states, and reports with exports.
import Type from 'typebox';
import { DashboardSchema, DeviceStatusListSchema, ReportExportQuery, ReportSchema } from '@motcua/protocol/admin-schemas';
import { StatsQuery } from '@motcua/protocol/schemas';
import { buildDashboard } from '../../services/dashboard.ts';
import type { DeviceStatusBoard } from '../../services/device-status.ts';
import { buildReport, reportCsv, reportXlsx } from '../../services/reports.ts';
import { errors, guard, MANAGERS, type App, type RouteContext } from '../context.ts';

export function supervisorRoutes(app: App, ctx: RouteContext, devices: DeviceStatusBoard): void {
  const managers = guard(ctx, MANAGERS);

  app.get('/api/dashboard', {
    ...managers,
    schema: {
      tags: ['supervisor'],
      summary: 'Live figures per department and service (waiting, longest wait, over target, served and no-shows today), counters with officers and pause reasons, alerts over target, devices',
      response: { 200: DashboardSchema, ...errors(401, 403) },
    },
  }, async () => buildDashboard(ctx.queue, devices, ctx.clock));

  app.get('/api/devices/status', {
    ...managers,
    schema: { tags: ['supervisor'], summary: 'Every active device key and printer with its state (online, offline, error) and since when', response: { 200: DeviceStatusListSchema, ...errors(401, 403) } },
  }, async () => ({ devices: devices.list(ctx.queue.today()) }));

  app.get('/api/reports', {
    ...managers,
    schema: {
      tags: ['reports'],
      summary: 'Report for business days from..to: by department, service, counter and officer, and by hour of day (center time zone); times in seconds',
      querystring: StatsQuery, response: { 200: ReportSchema, ...errors(400, 401, 403) },
    },
  }, async (request) => buildReport(ctx.queue, request.query.from, request.query.to));

  app.get('/api/reports/export', {
    ...managers,
    schema: {
      tags: ['reports'],
      summary: 'The same report as a file: CSV (UTF-8 with BOM, times in seconds) or XLSX (times in minutes)',
      querystring: ReportExportQuery,
      response: { 200: Type.Unsafe<string | Buffer>({ type: 'string', format: 'binary', description: 'The CSV or XLSX file' }), ...errors(400, 401, 403) },
    },
  }, async (request, reply) => {
    const { from, to, format } = request.query;
    const report = buildReport(ctx.queue, from, to);
    const name = `motcua-bao-cao-${from}-${to}.${format}`;
    reply.header('content-disposition', `attachment; filename="${name}"`);
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(reportCsv(report));
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await reportXlsx(report));
  });
}
