// The catalog in memory, indexed for the queue service; rebuilt when an admin changes it.
import { notFound } from '../domain/errors.ts';
import type { Catalog } from '@motcua/protocol';
import type { CatalogData, Counter, Department, Service } from '../store/index.ts';

export class CatalogIndex {
  readonly departments = new Map<number, Department>();
  readonly services = new Map<number, Service>();
  readonly counters = new Map<number, Counter>();

  constructor(readonly data: CatalogData) {
    for (const d of data.departments) this.departments.set(d.id, d);
    for (const s of data.services) if (this.departments.has(s.departmentId)) this.services.set(s.id, s);
    for (const c of data.counters) this.counters.set(c.id, c);
  }

  department(id: number): Department {
    const d = this.departments.get(id);
    if (!d) throw notFound('unknown_department', `No department with id ${id}.`);
    return d;
  }

  service(id: number): Service {
    const s = this.services.get(id);
    if (!s) throw notFound('unknown_service', `No service with id ${id}. GET /api/catalog lists the services on offer.`, 'Không tìm thấy dịch vụ này. Vui lòng chọn lại dịch vụ.');
    return s;
  }

  counter(id: number): Counter {
    const c = this.counters.get(id);
    if (!c) throw notFound('unknown_counter', `No counter with id ${id}. GET /api/catalog lists the counters.`);
    return c;
  }

  /** Counters whose work profile includes a service. */
  countersServing(serviceId: number): Counter[] {
    return this.data.counters.filter((c) => c.services.some((s) => s.serviceId === serviceId));
  }

  /** The public catalog of CONTRACT.md: the services on offer (enabled, and in some counter's work profile: issuing refuses the others), with the counters serving each. */
  toPublic(waiting: Map<number, number>): Catalog {
    return {
      departments: this.data.departments.map((d) => ({
        id: d.id,
        code: d.code,
        name: d.name,
        waiting: waiting.get(d.id) ?? 0,
        services: this.data.services.filter((s) => s.departmentId === d.id && s.enabled).flatMap((s) => {
          const counterNumbers = this.countersServing(s.id).map((c) => c.number);
          return counterNumbers.length === 0 ? [] : [{ id: s.id, code: s.code, name: s.name, counterNumbers }];
        }),
      })),
      counters: this.data.counters.map((c) => ({ id: c.id, number: c.number, name: c.name, departmentId: c.departmentId })),
    };
  }
}
