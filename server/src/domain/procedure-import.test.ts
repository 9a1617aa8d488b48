// The import's row checks: columns found by their Vietnamese headings, every bad row named by line
// and column, the changes each good row makes.
import { describe, expect, it } from 'vitest';
import { checkImport, importChanges, parseCsv, type ImportDepartment } from './procedure-import.ts';

const DEPARTMENTS: ImportDepartment[] = [
  { code: 'TP', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' }, services: [{ code: 'LLTP', name: { vi: 'Lý lịch tư pháp', en: 'Judicial record' } }, { code: 'HT', name: { vi: 'Hộ tịch', en: 'Civil status' } }] },
  { code: 'YT', name: { vi: 'Sở Y tế', en: 'Department of Health' }, services: [{ code: 'KCB', name: { vi: 'Khám bệnh, chữa bệnh', en: 'Medical practice' } }] },
];
const HEADER = 'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes, CRLF and a BOM; semicolons when the header uses them', () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi"""\r\n1,2,3\n')).toEqual([['a', 'b, c', 'say "hi"'], ['1', '2', '3']]);
    expect(parseCsv('a;b\n"x, y";z')).toEqual([['a', 'b'], ['x, y', 'z']]);
  });
});

describe('checkImport', () => {
  it('maps good rows to departments and the services named like their fields', () => {
    const sheet = parseCsv(`${HEADER}\n1.001234,"Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",Lý lịch tư pháp,Sở Tư pháp tỉnh Tiền Giang\n2.000123,Đăng ký khai sinh có yếu tố nước ngoài,Hộ tịch,TP`);
    const { procedures, errors } = checkImport(sheet, DEPARTMENTS);
    expect(errors).toEqual([]);
    expect(procedures.map((p) => [p.line, p.code, p.departmentCode, p.serviceCode, p.kind])).toEqual([[2, '1.001234', 'TP', 'LLTP', 'submit'], [3, '2.000123', 'TP', 'HT', 'submit']]);
  });

  it('names every bad row by line, column and why', () => {
    const sheet = parseCsv(`${HEADER}\n1.001234,Tên,Lý lịch tư pháp,Sở Tư pháp\nABC,Tên,Hộ tịch,Sở Tư pháp\n1.001234,Tên,Hộ tịch,Sở Xây dựng\n1.000999,,Hộ tịch,Sở Y tế`);
    const { errors } = checkImport(sheet, DEPARTMENTS);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[3, 'Mã thủ tục'], [4, 'Mã thủ tục'], [4, 'Cơ quan thực hiện'], [5, 'Tên thủ tục']]);
    expect(errors[1]!.message).toContain('line 2');
    expect(errors[2]!.messageVi).toContain('Sở Xây dựng');
  });

  it('places a row of an agency no department is in the department given for other agencies (the province\'s catalog)', () => {
    const sheet = parseCsv(`${HEADER}\n1.001234,Cấp phép xây dựng,Xây dựng,Sở Xây dựng\n1.000999,Khai sinh,Hộ tịch,Sở Tư pháp`);
    const { procedures, errors } = checkImport(sheet, DEPARTMENTS, DEPARTMENTS[1]);
    expect(errors).toEqual([]);
    expect(procedures.map((p) => [p.code, p.departmentCode, p.serviceCode])).toEqual([['1.001234', 'YT', 'KCB'], ['1.000999', 'TP', 'HT']]);
  });

  it('asks for the missing required columns on line 1', () => {
    const { errors } = checkImport([['Mã thủ tục', 'Tên thủ tục']], DEPARTMENTS);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[1, 'Lĩnh vực'], [1, 'Cơ quan thực hiện']]);
  });

  it('tells which rows add, change or keep a procedure', () => {
    const { procedures } = checkImport(parseCsv(`${HEADER}\n1.000001,A,Hộ tịch,TP\n1.000002,B,Hộ tịch,TP\n1.000003,C,Hộ tịch,TP`), DEPARTMENTS);
    const stored = new Map([
      ['1.000002', { code: '1.000002', name: { vi: 'B', en: 'B' }, field: 'Hộ tịch', departmentCode: 'TP', serviceCode: 'HT', kind: 'submit' as const }],
      ['1.000003', { code: '1.000003', name: { vi: 'old', en: 'old' }, field: 'Hộ tịch', departmentCode: 'TP', serviceCode: 'HT', kind: 'submit' as const }],
    ]);
    expect(importChanges(procedures, stored).map((c) => c.change)).toEqual(['add', 'same', 'change']);
  });
});
