// /api/audit and /api/audit/export: the audit log for supervisors and admins, as JSON or CSV.
import { auditCsv } from '../../services/audit.ts';
import type { RouteContext } from '../context.ts';
import type { Handlers } from '../register.ts';

export function auditHandlers(ctx: RouteContext): Handlers<'GET /api/audit' | 'GET /api/audit/export'> {
  return {
    'GET /api/audit': async (request) => ctx.audit.search(request.query),
    'GET /api/audit/export': async (request, reply) => {
      const { query } = request;
      reply.header('content-disposition', `attachment; filename="motcua-nhat-ky-${query.from}-${query.to}.csv"`);
      return reply.type('text/csv; charset=utf-8').send(auditCsv(query, ctx.audit.search(query)));
    },
  };
}
