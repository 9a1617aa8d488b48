// The procedures catalog as a service: the search behind GET /api/procedures, the import of the
// national database's export (preview, or apply when no row is bad), and reading a receipt for a
// return ticket (the QR or the typed code, then the dossier system).
import type { Dossier, Procedure, ProcedureImportRequest, ProcedureImportResult, ProcedureQuery, ReturnTicketRequest } from '@motcua/protocol';
import { CatalogSearch } from '@motcua/search';
import { conflict, invalid, notFound } from '../domain/errors.ts';
import { checkImport, importChanges, parseCsv, type ImportDepartment } from '../domain/procedure-import.ts';
import { normalizeDossierCode, parseReceiptQr } from '../domain/receipt-qr.ts';
import type { CatalogData, ProcedureRecord, Store } from '../store/index.ts';
import type { DossierSystem } from './dossiers.ts';

/** The most errors and changes an import answer lists. */
const LISTED = 500;

/** Where a return ticket goes and what it carries. */
export interface ReturnLine { serviceId: number; procedureCode: string; dossierCode: string }

export class ProcedureService {
  private search!: CatalogSearch;
  private byId = new Map<number, ProcedureRecord>();

  constructor(
    private readonly store: Store,
    private readonly catalog: () => CatalogData,
    private readonly dossiers: DossierSystem,
  ) {
    this.reload();
  }

  /** Reads the catalog again (after an import or a configuration change). */
  reload(): void {
    const all = this.store.procedures.all();
    this.byId = new Map(all.map((p) => [p.id, p]));
    const departments = new Map(this.catalog().departments.map((d) => [d.id, d.code]));
    this.search = new CatalogSearch(all.map((p) => ({ kind: 'procedure', id: p.id, code: p.code, name: p.name, field: p.field, departmentCode: departments.get(p.departmentId) ?? '' })));
  }

  list(query: ProcedureQuery): { procedures: Procedure[]; total: number } {
    const hits = this.search.search(query.q ?? '', query.departmentCode ? { departmentCode: query.departmentCode } : {});
    return {
      procedures: hits.slice(0, query.limit ?? 20).map((h) => {
        const p = this.byId.get(h.id)!;
        return { id: p.id, code: p.code, name: p.name, field: p.field, departmentCode: h.departmentCode, serviceId: p.serviceId, kind: p.kind };
      }),
      total: hits.length,
    };
  }

  /** A procedure on offer, for issuing its ticket. */
  procedure(id: number): ProcedureRecord {
    const p = this.byId.get(id);
    if (!p) throw notFound('unknown_procedure', `No procedure with id ${id}. GET /api/procedures lists them.`);
    return p;
  }

  /** `anyAgency`: a procedure of an agency the center has no department for goes to its first department (the province's catalog). */
  async import(request: ProcedureImportRequest, { anyAgency = false } = {}): Promise<ProcedureImportResult> {
    const sheet = await readSheet(request.format, Buffer.from(request.content, 'base64'));
    const data = this.catalog();
    const departments: ImportDepartment[] = data.departments.map((d) => ({ ...d, services: data.services.filter((s) => s.departmentId === d.id && s.enabled) }));
    const { procedures, errors } = checkImport(sheet, departments, anyAgency ? departments.find((d) => d.services.length > 0) : undefined);
    const codeOfDepartment = new Map(data.departments.map((d) => [d.id, d.code]));
    const codeOfService = new Map(data.services.map((s) => [s.id, s.code]));
    const stored = new Map([...this.byId.values()].map((p) => [p.code, {
      code: p.code, name: p.name, field: p.field, kind: p.kind, departmentCode: codeOfDepartment.get(p.departmentId) ?? '', serviceCode: codeOfService.get(p.serviceId) ?? '',
    }]));
    const changes = importChanges(procedures, stored);
    const count = (c: string) => changes.filter((x) => x.change === c).length;
    const applied = request.apply && errors.length === 0 && procedures.length > 0;
    if (applied) {
      const departmentId = new Map(data.departments.map((d) => [d.code, d.id]));
      const serviceId = new Map(data.services.map((s) => [`${s.departmentId}/${s.code}`, s.id]));
      this.store.procedures.write(procedures.map((p) => {
        const dept = departmentId.get(p.departmentCode)!;
        return { code: p.code, name: p.name, field: p.field, kind: p.kind, departmentId: dept, serviceId: serviceId.get(`${dept}/${p.serviceCode}`)! };
      }), { retireOthers: false });
      this.reload();
    }
    return {
      applied, rows: procedures.length + new Set(errors.filter((e) => e.line > 1).map((e) => e.line)).size,
      added: count('add'), changed: count('change'), unchanged: count('same'),
      errors: errors.slice(0, LISTED), changes: changes.filter((c) => c.change !== 'same').slice(0, LISTED),
    };
  }

  /**
   * Reads the receipt and asks the dossier system: the line a return ticket joins when the result is
   * ready; otherwise the refusal (not ready with its due date, collected, rejected, unknown, down).
   */
  async returnLine(request: ReturnTicketRequest): Promise<ReturnLine> {
    const receipt = 'qr' in request ? parseReceiptQr(request.qr) : { dossierCode: normalizeDossierCode(request.dossierCode) };
    if (!receipt.dossierCode) throw invalid('bad_dossier_code', 'This is not a dossier code: it looks like 000.00.12.H59-260105-0001 (office, date, number).');
    const dossier = await this.dossiers.lookup(receipt.dossierCode);
    const dueDate = dossier.dueDate?.slice(0, 10) ?? ('appointmentDate' in receipt ? receipt.appointmentDate : undefined);
    refuseUnlessReady(dossier, dueDate);
    return { serviceId: this.returnService(dossier), procedureCode: dossier.procedureCode, dossierCode: dossier.code };
  }

  /** The service of the dossier's procedure; for a procedure the center does not list, its department's first service. */
  private returnService(dossier: Dossier): number {
    const procedure = [...this.byId.values()].find((p) => p.code === dossier.procedureCode);
    if (procedure) return procedure.serviceId;
    const data = this.catalog();
    const department = data.departments.find((d) => d.code === dossier.departmentCode);
    const service = department && data.services.find((s) => s.departmentId === department.id && s.enabled);
    if (!service) throw notFound('dossier_not_found', `Dossier ${dossier.code} belongs to department ${dossier.departmentCode}, which this center does not have. Please ask at the information desk.`, `Hồ sơ ${dossier.code} thuộc cơ quan không có tại trung tâm này. Vui lòng hỏi tại quầy hướng dẫn.`);
    return service.id;
  }
}

function refuseUnlessReady(dossier: Dossier, dueDate: string | undefined): void {
  if (dossier.status === 'ready') return;
  if (dossier.status === 'returned') throw conflict('result_already_returned', `The result of dossier ${dossier.code} was already returned. Take a ticket to ask at the counter if needed.`);
  if (dossier.status === 'rejected') throw conflict('dossier_rejected', `Dossier ${dossier.code} was not accepted. Take a ticket to ask at the counter.`);
  const [y, m, d] = (dueDate ?? '').split('-');
  const when = dueDate ? { en: ` It is due on ${d}/${m}/${y}.`, vi: ` Ngày hẹn trả kết quả: ${d}/${m}/${y}.` } : { en: '', vi: '' };
  throw conflict('result_not_ready', `The result of dossier ${dossier.code} is not ready yet.${when.en}`, `Hồ sơ ${dossier.code} chưa có kết quả.${when.vi}`).with(dueDate ? { dueDate } : {});
}

/** The rows of the file's first sheet, every cell as text; 400 bad_import_file when it cannot be read. */
async function readSheet(format: ProcedureImportRequest['format'], bytes: Buffer): Promise<string[][]> {
  if (format === 'csv') return parseCsv(bytes.toString('utf8'));
  const { default: ExcelJS } = await import('exceljs'); // loaded on first use: it weighs about 28 MB
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalid('bad_import_file', 'The file is not an XLSX workbook. Save it as .xlsx or .csv (UTF-8) and try again.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid('bad_import_file', 'The workbook has no sheet.');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).text ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}
