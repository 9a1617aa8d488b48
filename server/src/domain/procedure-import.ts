// The import of the national procedures database's spreadsheet export: reading CSV text, finding
// the columns by their Vietnamese headings (accents and case do not matter), checking each row and
// naming every bad one by line, column and why, and telling what the rows would add or change.
// Nothing here writes: the caller applies the rows only when no row is bad. Pure.
import type { ImportChange, ImportRowError, LocalizedText, ProcedureKind } from '@motcua/protocol';
import { fold } from '@motcua/search';

/** The columns: the first four are required (the national database's own headings). */
const COLUMNS = {
  code: 'Mã thủ tục',
  name: 'Tên thủ tục',
  field: 'Lĩnh vực',
  agency: 'Cơ quan thực hiện',
  nameEn: 'Tên tiếng Anh',
  service: 'Mã dịch vụ',
  kind: 'Loại',
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ['code', 'name', 'field', 'agency'];

const KINDS: Record<string, ProcedureKind> = {
  submit: 'submit', nop: 'submit', 'nop ho so': 'submit', 'tiep nhan': 'submit',
  return: 'return', tra: 'return', 'tra ket qua': 'return',
  guidance: 'guidance', 'huong dan': 'guidance', 'ho tro': 'guidance',
};

export interface ImportDepartment { code: string; name: LocalizedText; services: { code: string; name: LocalizedText }[] }
export interface ImportedProcedure { line: number; code: string; name: LocalizedText; field: string; departmentCode: string; serviceCode: string; kind: ProcedureKind }
export interface ImportCheck { procedures: ImportedProcedure[]; errors: ImportRowError[] }

/**
 * Rows of RFC 4180 CSV text (quoted fields, doubled quotes, CRLF or LF); a BOM is skipped. The
 * delimiter is the one of `,` `;` and tab found most in the first line (spreadsheets differ by locale).
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  const firstLine = s.slice(0, s.search(/\r|\n|$/));
  const delimiter = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const err = (line: number, column: Column, message: string, messageVi: string): ImportRowError => ({ line, column: COLUMNS[column], message, messageVi });

/** Where each column is, from the heading row; the missing required ones as errors on line 1. */
function locateColumns(header: readonly string[]): { at: Partial<Record<Column, number>>; errors: ImportRowError[] } {
  const folded = header.map((h) => fold(h).replace(/\s+/g, ' ').trim());
  const at: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const i = folded.indexOf(fold(COLUMNS[column]));
    if (i >= 0) at[column] = i;
  }
  const errors = REQUIRED.filter((c) => at[c] === undefined).map((c) => err(1, c, `The heading row lacks the column "${COLUMNS[c]}".`, `Dòng tiêu đề thiếu cột "${COLUMNS[c]}".`));
  return { at, errors };
}

/** A department named by its code, its name, or its name followed by more ("Sở Tư pháp tỉnh Tiền Giang"). */
function findDepartment(departments: readonly ImportDepartment[], agency: string): ImportDepartment | undefined {
  const a = fold(agency).replace(/\s+/g, ' ').trim();
  return departments.find((d) => fold(d.code) === a || fold(d.name.vi) === a || fold(d.name.en) === a)
    ?? departments.find((d) => a.startsWith(`${fold(d.name.vi)} `));
}

/** The service a row queues into: its Mã dịch vụ, else the one named like its field, else the department's first. */
function findService(d: ImportDepartment, serviceCode: string, field: string): ImportDepartment['services'][number] | undefined {
  if (serviceCode) return d.services.find((s) => s.code === serviceCode.toUpperCase());
  const f = fold(field);
  return d.services.find((s) => fold(s.name.vi) === f) ?? d.services.find((s) => f.includes(fold(s.name.vi)) || fold(s.name.vi).includes(f)) ?? d.services[0];
}

/**
 * Checks every row of a sheet (the first row holds the headings; line numbers count from it as 1).
 * `otherAgencies`: where a row goes whose agency no department is (the province's catalog at a site
 * that lacks that department: the site still takes the procedure); none: such a row is an error.
 */
export function checkImport(sheet: readonly (readonly string[])[], departments: readonly ImportDepartment[], otherAgencies?: ImportDepartment): ImportCheck {
  const [header = [], ...body] = sheet;
  const { at, errors } = locateColumns(header);
  if (errors.length > 0) return { procedures: [], errors };
  const procedures: ImportedProcedure[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const line = i + 2;
    const cell = (c: Column) => (at[c] === undefined ? '' : (cells[at[c]] ?? '').trim());
    if (cells.every((c) => c.trim() === '')) return;
    const before = errors.length;
    const rawCode = cell('code');
    const code = /^([0-9]\.[0-9]{6})(\.[0-9A-Z.]+)?$/i.exec(rawCode)?.[1];
    if (!code) errors.push(err(line, 'code', `"${rawCode}" is not a national procedure code such as 1.001234.`, `"${rawCode}" không phải mã thủ tục quốc gia (dạng 1.001234).`));
    else if (seen.has(code)) errors.push(err(line, 'code', `Code ${code} is also on line ${seen.get(code)}.`, `Mã ${code} đã có ở dòng ${seen.get(code)}.`));
    else seen.set(code, line);
    const name = cell('name');
    if (!name || name.length > 500) errors.push(err(line, 'name', name ? 'The name is longer than 500 characters.' : 'The name is empty.', name ? 'Tên dài quá 500 ký tự.' : 'Tên thủ tục bị trống.'));
    const field = cell('field');
    if (!field || field.length > 200) errors.push(err(line, 'field', field ? 'The field is longer than 200 characters.' : 'The field is empty.', field ? 'Lĩnh vực dài quá 200 ký tự.' : 'Lĩnh vực bị trống.'));
    const agency = cell('agency');
    const department = findDepartment(departments, agency) ?? otherAgencies;
    if (!department) {
      const known = departments.map((d) => d.name.vi).join(', ');
      errors.push(err(line, 'agency', `No department of the center is "${agency}" (known: ${known}).`, `Trung tâm không có cơ quan "${agency}" (có: ${known}).`));
    }
    const service = department && findService(department, cell('service'), field);
    if (department && !service) errors.push(err(line, 'service', `${department.name.en} has no service "${cell('service')}".`, `${department.name.vi} không có dịch vụ "${cell('service')}".`));
    const kindText = fold(cell('kind'));
    const kind = kindText === '' ? 'submit' : KINDS[kindText];
    if (!kind) errors.push(err(line, 'kind', `"${cell('kind')}" is not a kind: submit, return or guidance.`, `"${cell('kind')}" không phải loại hợp lệ: nộp, trả hoặc hướng dẫn.`));
    if (errors.length > before || !code || !department || !service || !kind) return;
    procedures.push({ line, code, name: { vi: name, en: cell('nameEn') || name }, field, departmentCode: department.code, serviceCode: service.code, kind });
  });
  return { procedures, errors };
}

/** What each row does to the stored catalog (matched by code). */
export function importChanges(procedures: readonly ImportedProcedure[], stored: ReadonlyMap<string, Omit<ImportedProcedure, 'line'>>): ImportChange[] {
  return procedures.map((p) => {
    const old = stored.get(p.code);
    const same = old !== undefined && old.name.vi === p.name.vi && old.name.en === p.name.en && old.field === p.field
      && old.departmentCode === p.departmentCode && old.serviceCode === p.serviceCode && old.kind === p.kind;
    return { line: p.line, change: old === undefined ? 'add' : same ? 'same' : 'change', code: p.code, name: p.name.vi, departmentCode: p.departmentCode, serviceCode: p.serviceCode, kind: p.kind };
  });
}
