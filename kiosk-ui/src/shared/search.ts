// Finding services by what a citizen types: any word of the name, in either language, with or
// without Vietnamese accents ("ly lich" finds "Lý lịch tư pháp", "dat dai" finds "Đất đai").
import type { CatalogDepartment, CatalogService } from '@motcua/protocol';

/** Lower case without diacritics: NFD, combining marks dropped, đ → d. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/đ/g, 'd');
}

/** The folded words of a text. */
export function words(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter(Boolean);
}

export interface ServiceMatch { service: CatalogService; department: CatalogDepartment }

/**
 * Services whose words cover every typed word (each typed word starts some word). Matches on the
 * service's own name come first, then those found through their department's name.
 */
export function findServices(departments: CatalogDepartment[], query: string): ServiceMatch[] {
  const terms = words(query);
  if (terms.length === 0) return [];
  const covers = (haystack: string[]) => terms.every((term) => haystack.some((word) => word.startsWith(term)));
  const byName: ServiceMatch[] = [];
  const byDepartment: ServiceMatch[] = [];
  for (const department of departments) {
    const departmentWords = [...words(department.name.vi), ...words(department.name.en)];
    for (const service of department.services) {
      const serviceWords = [...words(service.name.vi), ...words(service.name.en)];
      if (covers(serviceWords)) byName.push({ service, department });
      else if (covers([...serviceWords, ...departmentWords])) byDepartment.push({ service, department });
    }
  }
  return [...byName, ...byDepartment];
}
