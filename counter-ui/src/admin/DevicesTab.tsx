// Device keys of kiosks, wall displays and device agents: a key is shown once, when issued; a
// revoked key is refused at once and its screens are disconnected.
import { useState } from 'react';
import type { AdminDeviceView, DeviceCreated, DeviceKind, NewDeviceBody } from '@motcua/protocol';
import { DEVICE_KINDS } from '@motcua/protocol';
import { Modal, NOT_BLANK, useLang } from '../shared/index.ts';
import { ConfirmDialog, FormDialog } from './fields.tsx';
import { useAdmin } from './useAdmin.ts';

const KIND_LABELS: Record<DeviceKind, { vi: string; en: string }> = {
  kiosk: { vi: 'Kiosk lấy số', en: 'Ticket kiosk' },
  display: { vi: 'Màn hình / máy tính bảng', en: 'Display / tablet' },
  agent: { vi: 'Máy trạm thiết bị (máy in, bàn phím)', en: 'Device agent (printer, keypad)' },
};
const PAGE: Record<DeviceKind, string | null> = { kiosk: '/kiosk', display: '/display', agent: null };

type Dialog = { kind: 'new' } | { kind: 'created'; created: DeviceCreated } | { kind: 'revoke'; device: AdminDeviceView };

export function DevicesTab() {
  const { t } = useLang();
  const { view, api, change } = useAdmin();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const counters = new Map(view.counters.map((c) => [c.id, c.number]));
  return (
    <div className="stack">
      <div className="row spread">
        <p className="muted">{t('Mỗi thiết bị có một khóa riêng, chỉ hiện một lần khi cấp. Thu hồi khóa thì thiết bị bị ngắt ngay.', 'Each device has its own key, shown once when issued. Revoking a key disconnects the device at once.')}</p>
        <button type="button" className="btn primary" onClick={() => setDialog({ kind: 'new' })}>{t('+ Cấp khóa thiết bị', '+ Issue a device key')}</button>
      </div>
      <table className="admin-table card">
        <thead><tr><th>{t('Tên', 'Name')}</th><th>{t('Loại', 'Kind')}</th><th>{t('Quầy', 'Counter')}</th><th>{t('Cấp ngày', 'Issued')}</th><th>{t('Tình trạng', 'State')}</th><th /></tr></thead>
        <tbody>
          {view.devices.map((d) => (
            <tr key={d.id} className={d.revokedAt ? 'disabled' : undefined}>
              <td>{d.name}</td>
              <td>{t(KIND_LABELS[d.kind])}</td>
              <td>{d.counterId === null ? '—' : counters.get(d.counterId) ?? '—'}</td>
              <td>{d.createdAt.slice(0, 10)}</td>
              <td>{d.revokedAt ? t(`Đã thu hồi ${d.revokedAt.slice(0, 10)}`, `Revoked ${d.revokedAt.slice(0, 10)}`) : d.connected ? <b className="good">{t('Đang kết nối', 'Connected')}</b> : t('Chưa kết nối', 'Not connected')}</td>
              <td className="actions">
                {!d.revokedAt && <button type="button" className="btn small danger" onClick={() => setDialog({ kind: 'revoke', device: d })}>{t('Thu hồi khóa', 'Revoke key')}</button>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {dialog?.kind === 'new' && <NewDeviceDialog onClose={close} onCreated={(created) => setDialog({ kind: 'created', created })} />}
      {dialog?.kind === 'created' && <KeyDialog created={dialog.created} onClose={close} />}
      {dialog?.kind === 'revoke' && (
        <ConfirmDialog title={t(`Thu hồi khóa của “${dialog.device.name}”?`, `Revoke the key of “${dialog.device.name}”?`)} onClose={close}
          message={t('Thiết bị bị ngắt kết nối ngay và không dùng khóa này được nữa.', 'The device is disconnected at once and cannot use this key again.')}
          confirm={() => change(() => api('POST /api/admin/devices/:id/revoke', { params: { id: dialog.device.id } }), t(`Đã thu hồi khóa của “${dialog.device.name}”.`, `Key of “${dialog.device.name}” revoked.`))} />
      )}
    </div>
  );
}

function NewDeviceDialog({ onClose, onCreated }: { onClose(): void; onCreated(c: DeviceCreated): void }) {
  const { t } = useLang();
  const { view, api, change } = useAdmin();
  const [body, setBody] = useState<NewDeviceBody>({ name: '', kind: 'display', counterId: null });
  const submit = async () => {
    let created: DeviceCreated | undefined;
    const ok = await change(async () => {
      created = await api('POST /api/admin/devices', { body });
    }, t(`Đã cấp khóa cho “${body.name}”.`, `Key issued for “${body.name}”.`));
    if (ok && created) onCreated(created);
    return false;
  };
  return (
    <FormDialog title={t('Cấp khóa thiết bị', 'Issue a device key')} submit={submit} onClose={onClose} submitLabel={t('Cấp khóa', 'Issue key')}>
      <label className="field"><span>{t('Tên thiết bị (nơi đặt)', 'Device name (where it is)')}</span>
        <input name="name" required pattern={NOT_BLANK} maxLength={100} value={body.name} onChange={(e) => setBody({ ...body, name: e.target.value })} /></label>
      <div className="pair">
        <label className="field"><span>{t('Loại', 'Kind')}</span>
          <select name="kind" value={body.kind} onChange={(e) => setBody({ ...body, kind: e.target.value as DeviceKind })}>
            {DEVICE_KINDS.map((k) => <option key={k} value={k}>{t(KIND_LABELS[k])}</option>)}
          </select></label>
        <label className="field"><span>{t('Gắn với quầy (bàn phím, hộp đánh giá)', 'Bound to a counter (keypad, rating box)')}</span>
          <select name="counter" value={body.counterId ?? ''} onChange={(e) => setBody({ ...body, counterId: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">{t('(không)', '(none)')}</option>
            {view.counters.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select></label>
      </div>
    </FormDialog>
  );
}

function KeyDialog({ created, onClose }: { created: DeviceCreated; onClose(): void }) {
  const { t } = useLang();
  const page = PAGE[created.device.kind];
  const link = page ? `${window.location.origin}${page}?key=${encodeURIComponent(created.key)}` : null;
  return (
    <Modal title={t(`Khóa của “${created.device.name}”`, `Key of “${created.device.name}”`)} onClose={onClose}>
      <p className="notice">{t('Chép khóa này ngay: nó chỉ hiện một lần. Máy chủ chỉ lưu bản băm của khóa.', 'Copy this key now: it is shown only once. The server keeps only its hash.')}</p>
      <output className="device-key" aria-label={t('Khóa thiết bị', 'Device key')}>{created.key}</output>
      {link && <p>{t('Mở trang này trên thiết bị:', 'Open this page on the device:')} <code className="device-link">{link}</code></p>}
      <div className="row">
        <button type="button" className="btn" onClick={() => void navigator.clipboard?.writeText(link ?? created.key)}>{t('Chép', 'Copy')}</button>
        <button type="button" className="btn primary" onClick={onClose}>{t('Đã chép, đóng', 'Copied, close')}</button>
      </div>
    </Modal>
  );
}
