// The procedures catalog: import the national procedures database's export (CSV or XLSX; columns
// Mã thủ tục, Tên thủ tục, Lĩnh vực, Cơ quan thực hiện), first as a preview of what it adds and
// changes with every bad row named by line and column, then applied only when no row is bad.
import { useState, type ChangeEvent } from 'react';
import type { ProcedureImportRequest, ProcedureImportResult } from '@motcua/protocol';
import { errorMessage, useLang } from '../shared/index.ts';
import { useAdmin } from './useAdmin.ts';

interface Chosen { name: string; request: Omit<ProcedureImportRequest, 'apply'>; result: ProcedureImportResult }

/** The file as base64 (the import's JSON body). */
async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ProceduresTab() {
  const { t } = useLang();
  const { api } = useAdmin();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (name: string, request: Chosen['request'], apply: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      setChosen({ name, request, result: await api('POST /api/procedures/import', { body: { ...request, apply } }) });
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const format = /\.xlsx$/i.test(file.name) ? 'xlsx' : /\.csv$/i.test(file.name) ? 'csv' : null;
    if (!format) {
      setFailure(t(`${file.name}: hãy chọn tệp .csv hoặc .xlsx.`, `${file.name}: choose a .csv or .xlsx file.`));
      return;
    }
    await send(file.name, { format, content: await base64(file) }, false);
  };

  const result = chosen?.result;
  return (
    <div className="stack procedures-tab">
      <section className="card stack">
        <h2>{t('Nhập danh mục thủ tục hành chính', 'Import the procedures catalog')}</h2>
        <p>{t('Tệp xuất từ Cơ sở dữ liệu quốc gia về thủ tục hành chính (CSV hoặc XLSX) với các cột Mã thủ tục, Tên thủ tục, Lĩnh vực, Cơ quan thực hiện; có thể thêm Tên tiếng Anh, Mã dịch vụ, Loại. Xem trước rồi mới áp dụng; nếu có dòng sai thì không áp dụng dòng nào.', 'An export of the national procedures database (CSV or XLSX) with the columns Mã thủ tục, Tên thủ tục, Lĩnh vực, Cơ quan thực hiện; optionally Tên tiếng Anh, Mã dịch vụ, Loại. Preview first, then apply; if any row is bad, no row is applied.')}</p>
        <label className="btn file-button">{t('Chọn tệp…', 'Choose a file…')}
          <input type="file" name="procedures" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={busy} onChange={(e) => void choose(e)} /></label>
        {failure && <p className="error" role="alert">{failure}</p>}
      </section>
      {chosen && result && (
        <section className="card stack" data-testid="import-preview">
          <h2>{chosen.name}</h2>
          <p className={result.errors.length > 0 ? 'error' : result.applied ? 'done' : undefined} role="status">
            {result.applied
              ? t(`Đã áp dụng: thêm ${result.added}, sửa ${result.changed}, giữ nguyên ${result.unchanged}.`, `Applied: ${result.added} added, ${result.changed} changed, ${result.unchanged} unchanged.`)
              : result.errors.length > 0
                ? t(`${result.errors.length} lỗi: sửa tệp rồi chọn lại. Chưa áp dụng dòng nào.`, `${result.errors.length} errors: correct the file and choose it again. Nothing was applied.`)
                : t(`${result.rows} dòng: sẽ thêm ${result.added}, sửa ${result.changed}, giữ nguyên ${result.unchanged}.`, `${result.rows} rows: ${result.added} to add, ${result.changed} to change, ${result.unchanged} unchanged.`)}
          </p>
          {result.errors.length > 0 && (
            <table className="admin-table import-errors">
              <thead><tr><th>{t('Dòng', 'Line')}</th><th>{t('Cột', 'Column')}</th><th>{t('Lỗi', 'Problem')}</th></tr></thead>
              <tbody>{result.errors.map((e, i) => <tr key={i}><td>{e.line}</td><td>{e.column}</td><td>{t(e.messageVi, e.message)}</td></tr>)}</tbody>
            </table>
          )}
          {result.changes.length > 0 && (
            <table className="admin-table import-changes">
              <thead><tr><th>{t('Dòng', 'Line')}</th><th></th><th>{t('Mã', 'Code')}</th><th>{t('Tên thủ tục', 'Procedure')}</th><th>{t('Dịch vụ', 'Service')}</th></tr></thead>
              <tbody>{result.changes.map((c) => (
                <tr key={c.line}><td>{c.line}</td><td>{c.change === 'add' ? t('thêm', 'add') : t('sửa', 'change')}</td><td>{c.code}</td><td>{c.name}</td><td>{c.departmentCode}/{c.serviceCode}</td></tr>
              ))}</tbody>
            </table>
          )}
          {!result.applied && result.errors.length === 0 && result.added + result.changed > 0 && (
            <button type="button" className="btn primary" disabled={busy} onClick={() => void send(chosen.name, chosen.request, true)}>{t('Áp dụng', 'Apply')}</button>
          )}
        </section>
      )}
    </div>
  );
}
