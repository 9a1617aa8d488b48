// The receipt QR reader: the dossier code from every printed form, never the citizen ID number.
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import { normalizeDossierCode, parseReceiptQr } from './receipt-qr.ts';

const CODE = '000.00.12.H59-260105-0001';

describe('parseReceiptQr', () => {
  it('reads a plain dossier code, whatever its case and the spaces around it', () => {
    expect(parseReceiptQr(`  ${CODE.toLowerCase()} \n`)).toEqual({ dossierCode: CODE });
  });

  it('reads delimited fields in any order and drops the citizen ID number', () => {
    for (const text of [`${CODE}|1.001234|012345678901|20/01/2026`, `012345678901;20/01/2026;${CODE};1.001234.000.00.00.H59`, `${CODE}\t1.001234\t012345678901\t2026-01-20`]) {
      const read = parseReceiptQr(text);
      expect(read).toEqual({ dossierCode: CODE, procedureCode: '1.001234', appointmentDate: '2026-01-20' });
      expect(JSON.stringify(read)).not.toContain('012345678901');
    }
  });

  it('reads key=value pairs, JSON and links', () => {
    expect(parseReceiptQr(`MaHoSo=${CODE};CCCD=012345678901`).dossierCode).toBe(CODE);
    expect(parseReceiptQr(JSON.stringify({ maHoSo: CODE, maTTHC: '2.000407', soCCCD: '012345678901', ngayHenTra: '21/01/2026' })))
      .toEqual({ dossierCode: CODE, procedureCode: '2.000407', appointmentDate: '2026-01-21' });
    expect(parseReceiptQr(`https://dichvucong.example.gov.vn/tra-cuu?maHoSo=${CODE}`).dossierCode).toBe(CODE);
    expect(parseReceiptQr(`https://dichvucong.example.gov.vn/ho-so/${CODE}`).dossierCode).toBe(CODE);
  });

  it('refuses text without a dossier code with bad_dossier_code', () => {
    for (const text of ['hello', '012345678901', '1.001234|20/01/2026', '{"maHoSo": 12}']) {
      expect(() => parseReceiptQr(text)).toThrow(DomainError);
      try {
        parseReceiptQr(text);
      } catch (e) {
        expect((e as DomainError).code).toBe('bad_dossier_code');
      }
    }
  });

  it('normalizes a typed code and rejects what is not shaped like one', () => {
    expect(normalizeDossierCode(' 000.00.12.h59 - 260105 - 0001 ')).toBe(CODE);
    expect(normalizeDossierCode('12345')).toBeUndefined();
  });
});
