// /api/reports/** and /api/stats: reports for business days from..to, as JSON or as a file.
import { reportCsv, reportXlsx } from '../../services/reports.ts';
import type { RouteContext } from '../context.ts';
import type { Handlers } from '../register.ts';

export function reportHandlers(ctx: RouteContext): Handlers<'GET /api/stats' | 'GET /api/reports' | 'GET /api/reports/export' | 'GET /api/reports/appointments'> {
  return {
    'GET /api/stats': async (request) => ctx.reports.stats(request.query.from, request.query.to),
    'GET /api/reports': async (request) => ctx.reports.report(request.query.from, request.query.to),
    'GET /api/reports/appointments': async (request) => ctx.appointments.report(request.query.from, request.query.to),
    'GET /api/reports/export': async (request, reply) => {
      const { from, to, format } = request.query;
      const report = ctx.reports.report(from, to);
      reply.header('content-disposition', `attachment; filename="motcua-bao-cao-${from}-${to}.${format}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(reportCsv(report));
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await reportXlsx(report));
    },
  };
}
