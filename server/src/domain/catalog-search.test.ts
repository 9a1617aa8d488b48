// The shared catalog search: accents, case, codes, acronyms, one typo, ranking and grouping.
import { describe, expect, it } from 'vitest';
import { CatalogSearch, fold, groupByDepartment, type SearchEntry } from '@motcua/search';

const p = (id: number, code: string, vi: string, field: string, departmentCode: string): SearchEntry => ({ kind: 'procedure', id, code, name: { vi, en: vi }, field, departmentCode });
const ENTRIES: SearchEntry[] = [
  p(1, '2.000407', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 'Lý lịch tư pháp', 'TP'),
  p(2, '2.000414', 'Đăng ký khai sinh có yếu tố nước ngoài', 'Hộ tịch', 'TP'),
  p(3, '1.000507', 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'Lao động nước ngoài', 'LDTBXH'),
  { kind: 'service', id: 9, code: 'LLTP', name: { vi: 'Lý lịch tư pháp', en: 'Judicial record' }, departmentCode: 'TP' },
];
const search = new CatalogSearch(ENTRIES);
const ids = (q: string) => search.search(q).map((e) => `${e.kind}:${e.id}`);

describe('CatalogSearch', () => {
  it('folds accents, đ and case', () => {
    expect(fold('Đăng KÝ Lý lịch')).toBe('dang ky ly lich');
  });

  it('finds with or without diacritics, by acronym, by code and with one typo', () => {
    expect(ids('ly lich tu phap')).toEqual(expect.arrayContaining(['procedure:1', 'service:9']));
    expect(ids('lý lịch')[0]).toMatch(/:(1|9)$/);
    expect(ids('LLTP')).toEqual(expect.arrayContaining(['procedure:1', 'service:9']));
    expect(ids('2.000414')[0]).toBe('procedure:2');
    expect(ids('000414')[0]).toBe('procedure:2');
    expect(ids('khai sinhh')).toContain('procedure:2');
    expect(ids('giay phep lao dong')[0]).toBe('procedure:3');
  });

  it('lists everything for an empty query and filters by department and kind', () => {
    expect(search.search('')).toHaveLength(4);
    expect(search.search('', { departmentCode: 'LDTBXH' }).map((e) => e.id)).toEqual([3]);
    expect(search.search('ly lich', { kinds: ['service'] }).map((e) => e.id)).toEqual([9]);
  });

  it('groups hits by department in the order of their best hit', () => {
    expect(groupByDepartment(search.search('nuoc ngoai')).map((g) => g.departmentCode).sort()).toEqual(['LDTBXH', 'TP']);
  });
});
