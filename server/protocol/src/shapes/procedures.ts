// Administrative procedures (thủ tục hành chính) as the kiosk finds them, the results-return
// request made from a receipt's QR code, and the import of the national procedures database's
// spreadsheet export (preview and apply).
import Type, { type Static } from 'typebox';
import { literals, LocalizedText } from './common.ts';

export const PROCEDURE_KINDS = ['submit', 'return', 'guidance'] as const;
export const ProcedureKind = literals(PROCEDURE_KINDS, { description: 'submit a dossier, return (collect a result), guidance (help to file online)' });
export type ProcedureKind = Static<typeof ProcedureKind>;
/** How screens and reports name the kinds of visit; `service`: a ticket chosen by service, without a procedure. */
export const VISIT_KIND_LABELS: Record<ProcedureKind | 'service', { vi: string; en: string }> = {
  submit: { vi: 'Nộp hồ sơ', en: 'Submit a dossier' },
  return: { vi: 'Nhận kết quả', en: 'Collect a result' },
  guidance: { vi: 'Hướng dẫn nộp trực tuyến', en: 'Help to file online' },
  service: { vi: 'Chọn theo dịch vụ', en: 'Chosen by service' },
};

/** A national procedure code: `1.001234` (the long local form `1.001234.000.00.00.H59` is read as its first part). */
export const PROCEDURE_CODE_PATTERN = '^[0-9]\\.[0-9]{6}$';
export const ProcedureCode = Type.String({ pattern: PROCEDURE_CODE_PATTERN, description: 'National procedure code, e.g. 1.001234' });

export const Procedure = Type.Object({
  id: Type.Integer(),
  code: ProcedureCode,
  name: LocalizedText,
  field: Type.String({ description: 'Lĩnh vực: the field of the procedure, e.g. "Lý lịch tư pháp"' }),
  departmentCode: Type.String(),
  serviceId: Type.Integer({ description: 'The service whose line a ticket for this procedure joins' }),
  kind: ProcedureKind,
});
export type Procedure = Static<typeof Procedure>;

export const ProcedureQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Words, a code or an acronym (LLTP); accents, case and one typo do not matter' })),
  departmentCode: Type.Optional(Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,15}$' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 20 })),
}, { additionalProperties: false });
export type ProcedureQuery = Static<typeof ProcedureQuery>;

export const ProcedureList = Type.Object({
  procedures: Type.Array(Procedure, { description: 'Best match first (without q: by department, then code)' }),
  total: Type.Integer({ description: 'How many match in all (the list stops at limit)' }),
});
export type ProcedureList = Static<typeof ProcedureList>;

/** A dossier code as Circular 01/2023/TT-VPCP prints it: issuing office, YYMMDD, serial (e.g. 000.00.12.H59-260115-0001). */
export const DOSSIER_CODE_PATTERN = '^[A-Z0-9][A-Z0-9.]{1,39}-[0-9]{6}-[0-9]{4,6}$';

export const ReturnTicketRequest = Type.Union([
  Type.Object({ qr: Type.String({ minLength: 1, maxLength: 1000, description: "The receipt's QR text as the scanner typed it" }) }, { additionalProperties: false }),
  Type.Object({ dossierCode: Type.String({ minLength: 1, maxLength: 60, description: 'The dossier code typed by the citizen (case and spaces do not matter)' }) }, { additionalProperties: false }),
], { description: 'Either the QR text or the dossier code' });
export type ReturnTicketRequest = Static<typeof ReturnTicketRequest>;

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export const ProcedureImportRequest = Type.Object({
  format: literals(IMPORT_FORMATS),
  content: Type.String({ minLength: 1, description: 'The file, base64-encoded' }),
  apply: Type.Boolean({ description: 'false: only a preview; true: apply, unless a row is bad (then nothing is applied)' }),
}, { additionalProperties: false });
export type ProcedureImportRequest = Static<typeof ProcedureImportRequest>;

export const ImportRowError = Type.Object({
  line: Type.Integer({ description: 'Line of the file (the header is line 1)' }),
  column: Type.String({ description: 'The column heading, e.g. "Mã thủ tục"' }),
  message: Type.String(),
  messageVi: Type.String(),
});
export type ImportRowError = Static<typeof ImportRowError>;

export const ImportChange = Type.Object({
  line: Type.Integer(),
  change: literals(['add', 'change', 'same'] as const),
  code: Type.String(),
  name: Type.String(),
  departmentCode: Type.String(),
  serviceCode: Type.String(),
  kind: ProcedureKind,
});
export type ImportChange = Static<typeof ImportChange>;

export const ProcedureImportResult = Type.Object({
  applied: Type.Boolean({ description: 'Whether the rows were written (never when a row is bad)' }),
  rows: Type.Integer(),
  added: Type.Integer(),
  changed: Type.Integer(),
  unchanged: Type.Integer(),
  errors: Type.Array(ImportRowError, { description: 'Every bad row, each naming its line and column (at most 500)' }),
  changes: Type.Array(ImportChange, { description: 'The rows that add or change a procedure (at most 500)' }),
});
export type ProcedureImportResult = Static<typeof ProcedureImportResult>;

export const DOSSIER_STATUSES = ['received', 'processing', 'ready', 'returned', 'rejected'] as const;
export const DossierStatus = literals(DOSSIER_STATUSES);
export type DossierStatus = Static<typeof DossierStatus>;
/** What the province's one-stop information system answers for GET <MOTCUA_DOSSIER_URL>/dossiers/<code>. */
export const Dossier = Type.Object({
  code: Type.String(),
  procedureCode: Type.String(),
  departmentCode: Type.String(),
  status: DossierStatus,
  dueDate: Type.Optional(Type.String({ description: 'The appointment date of the result: YYYY-MM-DD, or a date-time' })),
});
export type Dossier = Static<typeof Dossier>;
