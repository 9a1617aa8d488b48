// The procedures catalog: the kiosk's search (anyone) and the import of the national procedures
// database's spreadsheet export (admin; preview, then apply).
import { ProcedureImportRequest, ProcedureImportResult, ProcedureList, ProcedureQuery } from '../shapes/procedures.ts';
import { defineRoutes } from './spec.ts';

/** An XLSX export of 1,500 procedures, base64-encoded, with room to spare. */
export const PROCEDURE_IMPORT_BYTES = 8 * 1024 * 1024;

export const procedureRoutes = defineRoutes({
  'GET /api/procedures': {
    roles: 'anyone', tags: ['public'],
    summary: 'Procedures (thủ tục hành chính), best match first: words, a code (1.001234) or an acronym (LLTP), with or without accents or spaces (khaisinh), one typo tolerated; only those holding the most typed words whole',
    description: 'Without `q`: every procedure (of `departmentCode` if given) by department, then code. `limit` (default 20, at most 5000) cuts the list; `total` counts every match.',
    query: ProcedureQuery, answer: ProcedureList,
  },
  'POST /api/procedures/import': {
    roles: ['admin'], tags: ['admin'],
    summary: 'Import the national procedures database\'s export (CSV or XLSX; columns Mã thủ tục, Tên thủ tục, Lĩnh vực, Cơ quan thực hiện): a preview, or apply',
    description: [
      'Optional columns: Tên tiếng Anh (English name; default the Vietnamese one), Mã dịch vụ (the service code in that department; default the service named like the field, else the department\'s first), Loại (nộp/trả/hướng dẫn or submit/return/guidance; default submit).',
      'Cơ quan thực hiện names a department by its name or code. Each bad row is named by line and column; when any row is bad nothing is applied (`applied: false`).',
      'Procedures are matched by code: new ones are added, known ones changed; procedures the file does not name are kept.',
    ].join(' '),
    body: ProcedureImportRequest, answer: ProcedureImportResult, bodyLimit: PROCEDURE_IMPORT_BYTES,
  },
});
