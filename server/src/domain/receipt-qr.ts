// Reading the QR code of a dossier receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả, Circular
// 01/2023/TT-VPCP: dossier code, procedure code, citizen ID number, appointment date). Provinces
// print it in several ways, so the reader is tolerant. It accepts:
//   - the dossier code alone: `000.00.12.H59-260115-0001` (any case, spaces around);
//   - fields joined by `|`, `;`, `,`, tabs or new lines, in any order:
//     `000.00.12.H59-260115-0001|1.001234|012345678901|20/01/2026`;
//   - `key=value` or `key: value` pairs (keys such as maHoSo, MaHoSo, dossierCode, code);
//   - JSON (`{"maHoSo": "...", "maTTHC": "...", "ngayHenTra": "..."}`);
//   - a link whose query holds one of those keys, or whose last path part is the code.
// The dossier code is the field shaped like one (office code, YYMMDD, serial); a procedure code is
// `1.001234`; a date is DD/MM/YYYY or YYYY-MM-DD. Anything else, the citizen ID number included, is
// dropped here and never returned, stored or shown. Pure.
import { DOSSIER_CODE_PATTERN } from '@motcua/protocol';
import { invalid } from './errors.ts';

export interface ReceiptCode {
  dossierCode: string;
  procedureCode?: string;
  /** The appointment date printed on the receipt, YYYY-MM-DD. */
  appointmentDate?: string;
}

const DOSSIER = new RegExp(DOSSIER_CODE_PATTERN);
/** A procedure code, also as the first part of its long local form (1.001234.000.00.00.H59). */
const PROCEDURE_PREFIX = /^([0-9]\.[0-9]{6})(?:\.[0-9A-Z.]+)?$/;
const DOSSIER_KEYS = /^(ma_?ho_?so|so_?ho_?so|dossier_?code|dossier|code|mhs)$/i;

/** A typed or scanned dossier code, upper case without spaces; undefined when it is not shaped like one. */
export function normalizeDossierCode(text: string): string | undefined {
  const code = text.trim().replace(/\s+/g, '').toUpperCase();
  return DOSSIER.test(code) ? code : undefined;
}

/** Splits the QR text into candidate values, each keyed when the text named it. */
function fields(text: string): { key?: string; value: string }[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (parsed && typeof parsed === 'object') {
        return Object.entries(parsed).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([key, v]) => ({ key, value: String(v) }));
      }
    } catch {
      // not JSON after all: read it as delimited text
    }
  }
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      const url = new URL(trimmed);
      return [...[...url.searchParams].map(([key, value]) => ({ key, value })), ...url.pathname.split('/').filter(Boolean).map((value) => ({ value: decodeURIComponent(value) }))];
    } catch {
      // a broken link: read it as delimited text
    }
  }
  return trimmed.split(/[|;,\t\r\n]+/).map((part) => {
    const pair = /^\s*([A-Za-z_]{2,30})\s*[=:]\s*(.*)$/.exec(part);
    return pair ? { key: pair[1], value: pair[2]! } : { value: part };
  });
}

/** YYYY-MM-DD from DD/MM/YYYY, DD-MM-YYYY or YYYY-MM-DD; undefined for anything else. */
function date(value: string): string | undefined {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const vn = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(v);
  return vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : undefined;
}

/** Reads a receipt's QR text; 400 bad_dossier_code when no dossier code is in it. */
export function parseReceiptQr(text: string): ReceiptCode {
  const all = fields(text);
  const keyed = all.find((f) => f.key && DOSSIER_KEYS.test(f.key) && normalizeDossierCode(f.value));
  const dossierCode = normalizeDossierCode((keyed ?? all.find((f) => normalizeDossierCode(f.value)))?.value ?? '');
  if (!dossierCode) {
    throw invalid('bad_dossier_code', 'No dossier code in the scanned text. Scan the QR code of the receipt again, or type the dossier code printed on it.');
  }
  const result: ReceiptCode = { dossierCode };
  const procedureCode = all.map((f) => PROCEDURE_PREFIX.exec(f.value.trim())?.[1]).find((v) => v !== undefined);
  if (procedureCode) result.procedureCode = procedureCode;
  const appointment = all.map((f) => date(f.value)).find((d) => d !== undefined);
  if (appointment) result.appointmentDate = appointment;
  return result;
}
