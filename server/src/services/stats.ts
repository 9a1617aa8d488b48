// GET /api/stats: the figures of the domain, grouped by department and service of the catalog.
import { invalid } from '../domain/errors.ts';
import { figures, groupBy } from '../domain/stats.ts';
import type { QueueService } from './queue.ts';

export function buildStats(queue: QueueService, from: string, to: string) {
  if (from > to) throw invalid('bad_range', `"from" (${from}) is after "to" (${to}).`);
  const facts = queue.store.stats.facts(from, to);
  const byDepartment = groupBy(facts, (f) => f.departmentId);
  const byService = groupBy(facts, (f) => f.serviceId);
  const { departments, services } = queue.catalog.data;
  return {
    from, to,
    departments: departments.map((d) => ({
      departmentId: d.id, code: d.code, name: d.name, ...figures(byDepartment.get(d.id) ?? []),
      services: services.filter((s) => s.departmentId === d.id).map((s) => ({ serviceId: s.id, code: s.code, name: s.name, ...figures(byService.get(s.id) ?? []) })),
    })),
  };
}
