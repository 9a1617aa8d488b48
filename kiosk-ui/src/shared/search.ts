// The kiosk's search over the procedures, services and departments of the center, run in the page
// as the citizen types (the shared search of @motcua/search: accents, case, codes, acronyms, one
// typo, words typed without spaces; only the entries holding the most typed words), with the hits
// grouped by department in the order of each department's best hit.
import type { CatalogDepartment, CatalogService, Procedure } from '@motcua/protocol';
import { CatalogSearch, groupByDepartment, type SearchEntry } from '@motcua/search';

/** What a ticket is asked for: a service of a department, and the procedure when one was chosen. */
export interface ServiceMatch { service: CatalogService; department: CatalogDepartment; procedure?: Procedure }

export type SearchHit =
  | { kind: 'department'; department: CatalogDepartment }
  | { kind: 'service' | 'procedure'; match: ServiceMatch };

export interface HitGroup { department: CatalogDepartment; hits: SearchHit[] }

/** At most this many hits are shown: the best ones; more words narrow them down. */
export const SHOWN_HITS = 20;

export class KioskSearch {
  private readonly search: CatalogSearch;
  private readonly departments = new Map<string, CatalogDepartment>();
  private readonly services = new Map<number, { service: CatalogService; department: CatalogDepartment }>();
  private readonly procedures = new Map<number, Procedure>();

  constructor(departments: readonly CatalogDepartment[], procedures: readonly Procedure[]) {
    const entries: SearchEntry[] = [];
    for (const department of departments) {
      this.departments.set(department.code, department);
      entries.push({ kind: 'department', id: department.id, code: department.code, name: department.name, departmentCode: department.code });
      for (const service of department.services) {
        this.services.set(service.id, { service, department });
        entries.push({ kind: 'service', id: service.id, code: service.code, name: service.name, departmentCode: department.code });
      }
    }
    for (const p of procedures) {
      if (!this.services.has(p.serviceId)) continue; // its service is not on offer now
      this.procedures.set(p.id, p);
      entries.push({ kind: 'procedure', id: p.id, code: p.code, name: p.name, field: p.field, departmentCode: p.departmentCode });
    }
    this.search = new CatalogSearch(entries);
  }

  /** The best hits for what was typed, grouped by department; nothing for an empty query. */
  find(query: string): HitGroup[] {
    if (query.trim() === '') return [];
    const hits = this.search.search(query).slice(0, SHOWN_HITS);
    return groupByDepartment(hits).map(({ departmentCode, hits: entries }) => ({
      department: this.departments.get(departmentCode)!,
      hits: entries.map((e) => this.hit(e)),
    }));
  }

  private hit(e: SearchEntry): SearchHit {
    if (e.kind === 'department') return { kind: 'department', department: this.departments.get(e.code)! };
    if (e.kind === 'service') return { kind: 'service', match: this.services.get(e.id)! };
    const procedure = this.procedures.get(e.id)!;
    return { kind: 'procedure', match: { ...this.services.get(procedure.serviceId)!, procedure } };
  }
}
