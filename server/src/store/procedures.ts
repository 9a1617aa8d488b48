// The procedures catalog (thủ tục hành chính): read into memory for searching, written from the
// configuration or an import, matched by national code. Retired procedures stay for old tickets.
import type { LocalizedText, ProcedureKind } from '@motcua/protocol';
import type { Db } from './db.ts';

export interface ProcedureRecord {
  id: number;
  code: string;
  name: LocalizedText;
  field: string;
  departmentId: number;
  serviceId: number;
  kind: ProcedureKind;
}

/** A procedure to write: its department and service by id. */
export type ProcedureInput = Omit<ProcedureRecord, 'id'>;

interface Row { id: number; code: string; name_vi: string; name_en: string; field: string; department_id: number; service_id: number; kind: ProcedureKind }

export class ProcedureStore {
  private readonly q;

  constructor(private readonly db: Db) {
    this.q = {
      // only procedures whose service is still on offer in a department still open
      all: db.prepare<[], Row>(`SELECT p.* FROM procedures p JOIN services s ON s.id = p.service_id JOIN departments d ON d.id = p.department_id
        WHERE p.retired = 0 AND s.retired = 0 AND d.retired = 0 ORDER BY d.sort, p.sort, p.code`),
      byCode: db.prepare<[string], Row>('SELECT * FROM procedures WHERE code = ?'),
      upsert: db.prepare(`INSERT INTO procedures (code, name_vi, name_en, field, department_id, service_id, kind, sort, retired)
        VALUES (@code, @nameVi, @nameEn, @field, @departmentId, @serviceId, @kind, @sort, 0)
        ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en, field = excluded.field, department_id = excluded.department_id,
          service_id = excluded.service_id, kind = excluded.kind, sort = excluded.sort, retired = 0`),
      retireOthers: db.prepare<[string]>('UPDATE procedures SET retired = 1 WHERE code NOT IN (SELECT value FROM json_each(?))'),
    };
  }

  all(): ProcedureRecord[] {
    return this.q.all.all().map(toRecord);
  }

  /** Any procedure with this code, retired or not (a ticket's procedure in reports). */
  byCode(code: string): ProcedureRecord | undefined {
    const row = this.q.byCode.get(code);
    return row && toRecord(row);
  }

  /**
   * Adds or changes procedures by code; with `retireOthers` (a whole catalog, as in a configuration)
   * those not named are retired. Runs inside the caller's transaction when there is one.
   */
  write(procedures: readonly ProcedureInput[], options: { retireOthers: boolean }): void {
    this.db.transaction(() => {
      procedures.forEach((p, sort) => this.q.upsert.run({
        code: p.code, nameVi: p.name.vi, nameEn: p.name.en, field: p.field, departmentId: p.departmentId, serviceId: p.serviceId, kind: p.kind, sort,
      }));
      if (options.retireOthers) this.q.retireOthers.run(JSON.stringify(procedures.map((p) => p.code)));
    })();
  }
}

function toRecord(r: Row): ProcedureRecord {
  return { id: r.id, code: r.code, name: { vi: r.name_vi, en: r.name_en }, field: r.field, departmentId: r.department_id, serviceId: r.service_id, kind: r.kind };
}
