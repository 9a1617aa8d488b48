import { describe, expect, it } from 'vitest';
import type { CatalogDepartment, Procedure } from '@motcua/protocol';
import { KioskSearch } from './search.ts';
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
const procedures: Procedure[] = [
  { id: 7, code: '2.000407', name: { vi: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', en: 'Issuing a judicial record certificate' }, field: 'Lý lịch tư pháp', departmentCode: 'TP', serviceId: 1, kind: 'submit' },
  { id: 8, code: '1.004207', name: { vi: 'Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất', en: 'Reissuing a lost land use right certificate' }, field: 'Đất đai', departmentCode: 'TNMT', serviceId: 9, kind: 'submit' },
  { id: 9, code: '1.009999', name: { vi: 'Thủ tục của dịch vụ đã ngừng', en: 'A procedure of a retired service' }, field: 'Khác', departmentCode: 'TP', serviceId: 99, kind: 'submit' },
];
const search = new KioskSearch(departments, procedures);
const names = (query: string) => search.find(query).flatMap((g) => g.hits.map((h) => (h.kind === 'department' ? h.department.name.vi : h.match.procedure?.code ?? h.match.service.name.vi)));

describe('search', () => {
  it('finds services and procedures by any words, with or without accents, in either language', () => {
    expect(names('ly lich')).toEqual(expect.arrayContaining(['Lý lịch tư pháp', '2.000407']));
    expect(names('lịch')).toEqual(expect.arrayContaining(['Lý lịch tư pháp', '2.000407']));
    expect(names('dat dai')).toEqual(expect.arrayContaining(['Đất đai', '1.004207']));
    expect(names('judicial')).toEqual(expect.arrayContaining(['Lý lịch tư pháp', '2.000407']));
    expect(names('ho tich')).toEqual(['Hộ tịch']);
  });

  it('finds a procedure by its code or an acronym, and a department by its name', () => {
    expect(names('2.000407')).toEqual(['2.000407']);
    expect(names('LLTP')).toEqual(expect.arrayContaining(['Lý lịch tư pháp', '2.000407']));
    expect(names('moi truong')).toContain('Sở Tài nguyên và Môi trường');
  });

  it('groups hits by department and leaves out procedures whose service is not on offer', () => {
    expect(search.find('cap').map((g) => g.department.code).sort()).toEqual(['TNMT', 'TP']);
    expect(names('dich vu da ngung')).toEqual([]);
  });

  it('finds words typed without their spaces, and lists only what holds every word once something does', () => {
    const health: CatalogDepartment = { id: 2, code: 'YT', name: { vi: 'Sở Y tế', en: 'Department of Health' }, services: [{ id: 5, code: 'KCB', name: { vi: 'Khám bệnh, chữa bệnh', en: 'Medical practice licences' } }] };
    const civil = (id: number, code: string, vi: string): Procedure => ({ id, code, name: { vi, en: vi }, field: 'Hộ tịch', departmentCode: 'TP', serviceId: 2, kind: 'submit' });
    const center = new KioskSearch([...departments, health], [
      ...procedures,
      civil(20, '2.000505', 'Đăng ký khai sinh có yếu tố nước ngoài'),
      civil(21, '2.000568', 'Đăng ký lại khai sinh có yếu tố nước ngoài'),
      civil(22, '2.000512', 'Đăng ký kết hôn có yếu tố nước ngoài'),
      civil(23, '2.000582', 'Cấp Giấy xác nhận tình trạng hôn nhân'),
      // each holds "khai" or "sinh", or one of them with a letter changed ("khám", "tỉnh")
      { id: 24, code: '1.001821', name: { vi: 'Cấp mới giấy phép hành nghề đối với chức danh hộ sinh', en: 'Midwife practice licence' }, field: 'Khám bệnh, chữa bệnh', departmentCode: 'YT', serviceId: 5, kind: 'submit' },
      { id: 25, code: '1.004487', name: { vi: 'Tính tiền cấp quyền khai thác khoáng sản', en: 'Mining rights fee' }, field: 'Đất đai', departmentCode: 'TNMT', serviceId: 9, kind: 'submit' },
    ]);
    const codes = (query: string) => center.find(query).flatMap((g) => g.hits.map((h) => (h.kind === 'procedure' ? h.match.procedure!.code : h.kind)));
    expect(codes('khai sinh')).toEqual(['2.000505', '2.000568']);
    expect(codes('khaisinh')).toEqual(['2.000505', '2.000568']);
    expect(codes('khaisi')).toEqual(['2.000505', '2.000568']); // as it is being typed
    expect(codes('dangky khaisinh')).toEqual(['2.000505', '2.000568']);
    expect(codes('kethon')).toEqual(['2.000512']);
    expect(codes('ket hon')).toEqual(['2.000512']);
    expect(codes('khai sinhh')).toEqual(['2.000505', '2.000568']); // a typo: still the right ones, alone
  });

  it('finds nothing for an empty query or a word no name has', () => {
    expect(names('')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(names('passport')).toEqual([]);
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
