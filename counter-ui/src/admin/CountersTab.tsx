// Counters: number, name, department and work profile (the services it calls, with weights).
import { useState } from 'react';
import type { AdminCounterView, CounterFields } from '@motcua/protocol';
import { NOT_BLANK, useLang } from '../shared/index.ts';
import { COUNTER_STATE_LABELS } from '../officer/text.ts';
import { ConfirmDialog, FormDialog, NumberField } from './fields.tsx';
import { useAdmin } from './useAdmin.ts';

type Dialog = { kind: 'edit'; counter?: AdminCounterView } | { kind: 'retire'; counter: AdminCounterView };

export function CountersTab() {
  const { t } = useLang();
  const { view, api, change } = useAdmin();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const services = new Map(view.departments.flatMap((d) => d.services).map((s) => [s.id, s]));
  const departments = new Map(view.departments.map((d) => [d.id, d]));
  return (
    <div className="stack">
      <div className="row spread">
        <p className="muted">{t('Trọng số cao hơn được gọi trước khi chờ như nhau. Chỉ đổi phòng ban hoặc ngừng quầy khi quầy đã đóng.', 'A higher weight is called first at equal waits. Change the department of, or retire, closed counters only.')}</p>
        <button type="button" className="btn primary" onClick={() => setDialog({ kind: 'edit' })}>{t('+ Thêm quầy', '+ Add counter')}</button>
      </div>
      <table className="admin-table card">
        <thead><tr><th>{t('Số', 'No.')}</th><th>{t('Tên', 'Name')}</th><th>{t('Phòng ban', 'Department')}</th><th>{t('Lĩnh vực phục vụ (trọng số)', 'Services (weight)')}</th><th>{t('Trạng thái', 'State')}</th><th /></tr></thead>
        <tbody>
          {view.counters.map((c) => (
            <tr key={c.id}>
              <td className="num">{c.number}</td>
              <td>{c.name}</td>
              <td>{departments.get(c.departmentId)?.code}</td>
              <td className="profile">{c.services.map((p) => <span key={p.serviceId} className="tag">{services.get(p.serviceId)?.name.vi ?? p.serviceId} ×{p.weight}</span>)}</td>
              <td>{t(COUNTER_STATE_LABELS[c.state])}{c.officer && <><br /><span className="muted">{c.officer}</span></>}</td>
              <td className="actions">
                <button type="button" className="btn small" onClick={() => setDialog({ kind: 'edit', counter: c })}>{t('Sửa', 'Edit')}</button>
                <button type="button" className="btn small danger" onClick={() => setDialog({ kind: 'retire', counter: c })}>{t('Ngừng', 'Retire')}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {dialog?.kind === 'edit' && <CounterDialog counter={dialog.counter} onClose={close} />}
      {dialog?.kind === 'retire' && (
        <ConfirmDialog title={t(`Ngừng quầy ${dialog.counter.number}?`, `Retire counter ${dialog.counter.number}?`)} onClose={close}
          message={t('Quầy không còn hiện trên màn hình và không gọi số được nữa. Số liệu cũ vẫn còn trong báo cáo.', 'The counter leaves the displays and can no longer call. Its past figures stay in the reports.')}
          confirm={() => change(() => api('POST /api/admin/counters/:id/retire', { params: { id: dialog.counter.id } }), t(`Đã ngừng quầy ${dialog.counter.number}.`, `Counter ${dialog.counter.number} retired.`))} />
      )}
    </div>
  );
}

function CounterDialog({ counter, onClose }: { counter?: AdminCounterView; onClose(): void }) {
  const { t } = useLang();
  const { view, api, change } = useAdmin();
  const nextNumber = Math.max(0, ...view.counters.map((c) => c.number)) + 1;
  const [number, setNumber] = useState<number | null>(counter?.number ?? nextNumber);
  const [fields, setFields] = useState<CounterFields>(counter
    ? { name: counter.name, departmentId: counter.departmentId, services: counter.services }
    : { name: `Quầy ${nextNumber}`, departmentId: view.departments[0]!.id, services: [] });
  const department = view.departments.find((d) => d.id === fields.departmentId)!;
  const weight = (serviceId: number) => fields.services.find((s) => s.serviceId === serviceId)?.weight;
  const setWeight = (serviceId: number, w: number | undefined) => setFields({
    ...fields,
    services: [...fields.services.filter((s) => s.serviceId !== serviceId), ...(w === undefined ? [] : [{ serviceId, weight: w }])],
  });
  // The number field is required: the browser does not submit the form while it is empty.
  const submit = () => change(
    () => (counter ? api('PUT /api/admin/counters/:id', { params: { id: counter.id }, body: fields }) : api('POST /api/admin/counters', { body: { number: number!, ...fields } })),
    t(`Đã lưu quầy ${number}.`, `Counter ${number} saved.`),
  );
  return (
    <FormDialog title={counter ? t(`Sửa quầy ${counter.number}`, `Edit counter ${counter.number}`) : t('Thêm quầy', 'Add counter')} submit={submit} onClose={onClose}>
      <div className="pair">
        {!counter && <NumberField name="number" label={t('Số quầy', 'Counter number')} min={1} max={999} value={number} onChange={setNumber} />}
        <label className="field"><span>{t('Tên hiển thị', 'Display name')}</span><input name="name" required pattern={NOT_BLANK} maxLength={100} value={fields.name} onChange={(e) => setFields({ ...fields, name: e.target.value })} /></label>
      </div>
      <label className="field"><span>{t('Phòng ban', 'Department')}</span>
        <select name="department" value={fields.departmentId} onChange={(e) => setFields({ ...fields, departmentId: Number(e.target.value), services: [] })}>
          {view.departments.map((d) => <option key={d.id} value={d.id}>{t(d.name)}</option>)}
        </select></label>
      <fieldset className="profile-edit">
        <legend>{t('Lĩnh vực quầy phục vụ và trọng số', 'Services this counter calls, with weights')}</legend>
        {department.services.map((s) => (
          <div key={s.id} className="row profile-row">
            <label className="check"><input type="checkbox" name={`svc-${s.code}`} checked={weight(s.id) !== undefined} onChange={(e) => setWeight(s.id, e.target.checked ? 1 : undefined)} />{t(s.name)}</label>
            {weight(s.id) !== undefined && (
              <label className="weight">{t('trọng số', 'weight')}
                <input type="number" min={0.1} max={100} step={0.1} required value={weight(s.id)} onChange={(e) => setWeight(s.id, Number(e.target.value))} /></label>
            )}
          </div>
        ))}
      </fieldset>
    </FormDialog>
  );
}
