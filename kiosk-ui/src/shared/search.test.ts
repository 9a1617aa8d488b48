import { describe, expect, it } from 'vitest';
import type { CatalogDepartment } from '@motcua/protocol';
import { findServices, fold } from './search.ts';
import { applyTone, TONES, tonePreview } from './tones.ts';

const [SAC, HUYEN, HOI, NGA, NANG] = TONES;

const departments: CatalogDepartment[] = [
  {
    id: 1, code: 'TP', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' },
    services: [
      { id: 1, code: 'LLTP', name: { vi: 'Lý lịch tư pháp', en: 'Judicial record' } },
      { id: 2, code: 'HT', name: { vi: 'Hộ tịch', en: 'Civil status' } },
    ],
  },
  {
    id: 3, code: 'TNMT', name: { vi: 'Sở Tài nguyên và Môi trường', en: 'Department of Natural Resources and Environment' },
    services: [{ id: 9, code: 'DD', name: { vi: 'Đất đai', en: 'Land' } }],
  },
];
const names = (query: string) => findServices(departments, query).map((m) => m.service.name.vi);

describe('search', () => {
  it('folds Vietnamese to plain lower-case letters, đ included', () => {
    expect(fold('Lý lịch tư pháp')).toBe('ly lich tu phap');
    expect(fold('ĐẤT ĐAI')).toBe('dat dai');
    expect(fold('Lý lịch'.normalize('NFD'))).toBe('ly lich');
  });

  it('finds a service by any words of its name, with or without accents, in either language', () => {
    expect(names('ly lich')).toEqual(['Lý lịch tư pháp']);
    expect(names('lịch')).toEqual(['Lý lịch tư pháp']);
    expect(names('  TU   phap ')).toEqual(['Lý lịch tư pháp', 'Hộ tịch']);
    expect(names('dat')).toEqual(['Đất đai']);
    expect(names('judicial')).toEqual(['Lý lịch tư pháp']);
    expect(names('ho tich')).toEqual(['Hộ tịch']);
  });

  it('ranks matches on the service name before matches through the department name', () => {
    expect(names('phap')[0]).toBe('Lý lịch tư pháp');
    expect(names('moi truong')).toEqual(['Đất đai']);
  });

  it('finds nothing for an empty query or a word no name has', () => {
    expect(names('')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(names('passport')).toEqual([]);
    expect(names('ly xyz')).toEqual([]);
  });
});

describe('tone keys', () => {
  it('put the tone on the vowel that carries it', () => {
    expect(applyTone('ly', SAC)).toBe('lý');
    expect(applyTone('lich', NANG)).toBe('lịch');
    expect(applyTone('ly lich', NANG)).toBe('ly lịch');
    expect(applyTone('hô', NANG)).toBe('hộ');
    expect(applyTone('hoa', SAC)).toBe('hóa');
    expect(applyTone('qua', SAC)).toBe('quá');
    expect(applyTone('gia', HUYEN)).toBe('già');
    expect(applyTone('ngươi', HUYEN)).toBe('người');
    expect(applyTone('thuân', NANG)).toBe('thuận');
    expect(applyTone('khuyu', HOI)).toBe('khuỷu');
    expect(applyTone('Viêt', NANG)).toBe('Việt');
  });

  it('replace a tone already there', () => {
    expect(applyTone('lý', NGA)).toBe('lỹ');
    expect(applyTone('hộ', SAC)).toBe('hố');
  });

  it('do nothing, and show no preview, where the last word has no vowel yet', () => {
    expect(applyTone('', SAC)).toBe('');
    expect(applyTone('ly ', SAC)).toBe('ly ');
    expect(applyTone('th', SAC)).toBe('th');
    expect(tonePreview('ly ', SAC)).toBeNull();
    expect(tonePreview('lich', NANG)).toBe('ị');
  });
});
