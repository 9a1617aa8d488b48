// Departments and their services: names in both languages, number blocks, target waits, daily caps,
// on/off; add, edit and retire. The kiosk and displays follow at once.
import { useState } from 'react';
import type { AdminDepartmentView, AdminServiceView, DepartmentFields, ServiceFields } from '@motcua/protocol';
import { useLang } from '../shared/index.ts';
import { ConfirmDialog, FormDialog, LocalizedFields, NumberField } from './fields.tsx';
import { useAdmin } from './useAdmin.ts';

type Dialog =
  | { kind: 'department'; department?: AdminDepartmentView }
  | { kind: 'service'; department: AdminDepartmentView; service?: AdminServiceView }
  | { kind: 'retire-department'; department: AdminDepartmentView }
  | { kind: 'retire-service'; service: AdminServiceView };

const NEW_SERVICE: ServiceFields & { code: string } = { code: '', name: { vi: '', en: '' }, targetWaitMinutes: 15, dailyCap: null, enabled: true };

export function CatalogTab() {
  const { t } = useLang();
  const { view } = useAdmin();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  // a service no counter serves is not on offer: the kiosk leaves it out and issuing refuses it
  const served = new Set(view.counters.flatMap((c) => c.services.map((s) => s.serviceId)));
  return (
    <div className="stack">
      <div className="row spread">
        <p className="muted">{t('Mã (code) không đổi được sau khi tạo. Ngừng một lĩnh vực khi không còn phiếu đang chờ.', 'Codes cannot change after creation. Retire a service once no ticket of it is live.')}</p>
        <button type="button" className="btn primary" onClick={() => setDialog({ kind: 'department' })}>{t('+ Thêm phòng ban', '+ Add department')}</button>
      </div>
      {view.departments.map((d) => (
        <section key={d.id} className="card dept-admin" aria-label={t(d.name)}>
          <header className="row spread">
            <div>
              <h2>{t(d.name)} <span className="code">{d.code}</span></h2>
              <p className="muted">{t('Dải số', 'Number block')} {d.block.start}–{d.block.end} · {t(d.name.en, d.name.vi)}</p>
            </div>
            <div className="row">
              <button type="button" className="btn small" onClick={() => setDialog({ kind: 'service', department: d })}>{t('+ Thêm lĩnh vực', '+ Add service')}</button>
              <button type="button" className="btn small" onClick={() => setDialog({ kind: 'department', department: d })}>{t('Sửa', 'Edit')}</button>
              <button type="button" className="btn small danger" onClick={() => setDialog({ kind: 'retire-department', department: d })}>{t('Ngừng', 'Retire')}</button>
            </div>
          </header>
          <table className="admin-table">
            <thead><tr><th>{t('Mã', 'Code')}</th><th>{t('Tên', 'Name')}</th><th>{t('Chỉ tiêu chờ', 'Target wait')}</th><th>{t('Giới hạn/ngày', 'Daily cap')}</th><th>{t('Trạng thái', 'State')}</th><th /></tr></thead>
            <tbody>
              {d.services.map((s) => (
                <tr key={s.id} className={s.enabled ? undefined : 'disabled'}>
                  <td className="code">{s.code}</td>
                  <td>{s.name.vi}<br /><span className="muted">{s.name.en}</span></td>
                  <td>{s.targetWaitMinutes} {t('phút', 'min')}</td>
                  <td>{s.dailyCap ?? t('không', 'none')}</td>
                  <td>{!s.enabled ? t('Tạm ngừng', 'Off') : served.has(s.id) ? t('Đang nhận', 'On offer')
                    : <span className="unserved">{t('Chưa có quầy phục vụ: chưa hiện trên kiosk (thêm vào một quầy ở thẻ “Quầy”)', 'No counter serves it: not on the kiosk yet (add it to a counter under “Counters”)')}</span>}</td>
                  <td className="actions">
                    <button type="button" className="btn small" onClick={() => setDialog({ kind: 'service', department: d, service: s })}>{t('Sửa', 'Edit')}</button>
                    <button type="button" className="btn small danger" onClick={() => setDialog({ kind: 'retire-service', service: s })}>{t('Ngừng', 'Retire')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {dialog?.kind === 'department' && <DepartmentDialog department={dialog.department} onClose={close} />}
      {dialog?.kind === 'service' && <ServiceDialog department={dialog.department} service={dialog.service} onClose={close} />}
      {dialog?.kind === 'retire-department' && <RetireDialog route="POST /api/admin/departments/:id/retire" id={dialog.department.id} name={t(dialog.department.name)} onClose={close}
        note={t('Các quầy của phòng ban cũng ngừng theo.', 'Its counters are retired too.')} />}
      {dialog?.kind === 'retire-service' && <RetireDialog route="POST /api/admin/services/:id/retire" id={dialog.service.id} name={t(dialog.service.name)} onClose={close}
        note={t('Các quầy thôi phục vụ lĩnh vực này.', 'Counters stop serving it.')} />}
    </div>
  );
}

interface RetireProps { route: 'POST /api/admin/departments/:id/retire' | 'POST /api/admin/services/:id/retire'; id: number; name: string; note: string; onClose(): void }

function RetireDialog({ route, id, name, note, onClose }: RetireProps) {
  const { t } = useLang();
  const { api, change } = useAdmin();
  return (
    <ConfirmDialog title={t(`Ngừng “${name}”?`, `Retire “${name}”?`)} message={`${note} ${t('Số liệu cũ vẫn còn trong báo cáo.', 'Its past figures stay in the reports.')}`}
      confirm={() => change(() => api(route, { params: { id } }), t(`Đã ngừng “${name}”.`, `“${name}” retired.`))} onClose={onClose} />
  );
}

function DepartmentDialog({ department, onClose }: { department?: AdminDepartmentView; onClose(): void }) {
  const { t } = useLang();
  const { api, change } = useAdmin();
  const [code, setCode] = useState(department?.code ?? '');
  const [fields, setFields] = useState<DepartmentFields>(department ? { name: department.name, block: department.block } : { name: { vi: '', en: '' }, block: { start: 5001, end: 5999 } });
  const [first, setFirst] = useState(NEW_SERVICE);
  const submit = () => change(
    () => (department
      ? api('PUT /api/admin/departments/:id', { params: { id: department.id }, body: fields })
      : api('POST /api/admin/departments', { body: { code, ...fields, firstService: first } })),
    t(`Đã lưu phòng ban “${fields.name.vi}”.`, `Department “${fields.name.en}” saved.`),
  );
  return (
    <FormDialog title={department ? t('Sửa phòng ban', 'Edit department') : t('Thêm phòng ban', 'Add department')} submit={submit} onClose={onClose}>
      {!department && <CodeField value={code} onChange={setCode} />}
      <LocalizedFields label={{ vi: 'Tên phòng ban', en: 'Department name' }} value={fields.name} onChange={(name) => setFields({ ...fields, name })} />
      <div className="pair">
        <NumberField label={t('Số đầu của dải số', 'First number of the block')} min={1} max={99999} value={fields.block.start} onChange={(v) => setFields({ ...fields, block: { ...fields.block, start: v ?? 1 } })} />
        <NumberField label={t('Số cuối của dải số', 'Last number of the block')} min={1} max={99999} value={fields.block.end} onChange={(v) => setFields({ ...fields, block: { ...fields.block, end: v ?? 1 } })} />
      </div>
      {!department && (
        <fieldset className="stack">
          <legend>{t('Lĩnh vực đầu tiên', 'First service')}</legend>
          <CodeField value={first.code} onChange={(c) => setFirst({ ...first, code: c })} />
          <ServiceFieldsInputs value={first} onChange={(v) => setFirst({ ...first, ...v })} />
        </fieldset>
      )}
    </FormDialog>
  );
}

function ServiceDialog({ department, service, onClose }: { department: AdminDepartmentView; service?: AdminServiceView; onClose(): void }) {
  const { t } = useLang();
  const { api, change } = useAdmin();
  const [code, setCode] = useState(service?.code ?? '');
  const [fields, setFields] = useState<ServiceFields>(service ?? NEW_SERVICE);
  const body: ServiceFields = { name: fields.name, targetWaitMinutes: fields.targetWaitMinutes, dailyCap: fields.dailyCap, enabled: fields.enabled };
  const submit = () => change(
    () => (service ? api('PUT /api/admin/services/:id', { params: { id: service.id }, body }) : api('POST /api/admin/services', { body: { departmentId: department.id, code, ...body } })),
    t(`Đã lưu lĩnh vực “${fields.name.vi}”.`, `Service “${fields.name.en}” saved.`),
  );
  return (
    <FormDialog title={`${service ? t('Sửa lĩnh vực', 'Edit service') : t('Thêm lĩnh vực', 'Add service')} — ${t(department.name)}`} submit={submit} onClose={onClose}>
      {!service && <CodeField value={code} onChange={setCode} />}
      <ServiceFieldsInputs value={fields} onChange={setFields} />
    </FormDialog>
  );
}

function ServiceFieldsInputs({ value, onChange }: { value: ServiceFields; onChange(v: ServiceFields): void }) {
  const { t } = useLang();
  return (
    <>
      <LocalizedFields label={{ vi: 'Tên lĩnh vực', en: 'Service name' }} value={value.name} onChange={(name) => onChange({ ...value, name })} />
      <div className="pair">
        <NumberField name="targetWaitMinutes" label={t('Chỉ tiêu thời gian chờ (phút)', 'Target wait (minutes)')} min={1} max={1440} value={value.targetWaitMinutes} onChange={(v) => onChange({ ...value, targetWaitMinutes: v ?? 15 })} />
        <NumberField name="dailyCap" label={t('Số phiếu tối đa mỗi ngày (trống = không giới hạn)', 'Tickets per day at most (empty = no cap)')} min={1} max={99999} required={false} value={value.dailyCap} onChange={(v) => onChange({ ...value, dailyCap: v })} />
      </div>
      <label className="check"><input type="checkbox" checked={value.enabled} onChange={(e) => onChange({ ...value, enabled: e.target.checked })} />{t('Đang nhận hồ sơ (hiện trên kiosk khi có quầy phục vụ)', 'On offer (shown on the kiosk once a counter serves it)')}</label>
    </>
  );
}

function CodeField({ value, onChange }: { value: string; onChange(v: string): void }) {
  const { t } = useLang();
  return (
    <label className="field"><span>{t('Mã (chữ in hoa, không dấu, ví dụ LLTP)', 'Code (capital letters, e.g. LLTP)')}</span>
      <input name="code" required pattern="[A-Z][A-Z0-9_]{0,15}" value={value} onChange={(e) => onChange(e.target.value.toUpperCase())} /></label>
  );
}
