// What a supervisor does on the floor (/counter/supervisor/act): close a counter its officer left
// open (the ticket in hand back to the front of its line, or finished), change a waiting ticket's
// priority group with a reason, print a ticket again, and have a kiosk print through a device agent.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { PRIORITY_GROUPS, PRIORITY_LABELS, type CloseTicketChoice, type Dashboard, type DashboardCounter, type DeviceStatus, type PriorityGroup, type Ticket } from '@motcua/protocol';
import { errorMessage, Modal, NOT_BLANK, useApi, useLang, validityMessages } from '../shared/index.ts';
import './act.css';

/** A keyed device's id, from its status key `device:<id>`. */
const deviceId = (d: DeviceStatus) => Number(d.key.slice('device:'.length));

export function Act() {
  const { t } = useLang();
  const api = useApi();
  const [dash, setDash] = useState<Dashboard | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [closing, setClosing] = useState<DashboardCounter | null>(null);
  const [counterId, setCounterId] = useState<number | null>(null);
  const [waiting, setWaiting] = useState<Ticket[]>([]);
  const [changing, setChanging] = useState<Ticket | null>(null);

  const refresh = useCallback(async () => {
    try {
      const d = await api('GET /api/dashboard');
      setDash(d);
      const id = counterId ?? d.counters[0]?.id ?? null;
      if (id !== null) setWaiting((await api('GET /api/counters/:id/queue', { params: { id } })).waiting);
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    }
  }, [api, counterId]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- refresh sets state only after its fetch resolves (react#34905)
    void refresh();
  }, [refresh]);

  const done = (text: string) => {
    setMessage({ ok: true, text });
    void refresh();
  };
  const failed = (e: unknown) => setMessage({ ok: false, text: errorMessage(e) });
  const reprint = (ticket: Ticket) => api('POST /api/tickets/:id/reprint', { params: { id: ticket.id } }).then(
    (s) => setMessage({ ok: s.status === 'printed', text: s.status === 'printed' ? t(`Đã in lại phiếu ${ticket.number}.`, `Ticket ${ticket.number} printed again.`) : t(`Không in được phiếu ${ticket.number}: ${s.reason ?? ''}`, `Ticket ${ticket.number} did not print: ${s.reason ?? ''}`) }),
    failed,
  );
  const kiosks = dash?.devices.filter((d) => d.kind === 'kiosk') ?? [];
  const agents = dash?.devices.filter((d) => d.kind === 'agent') ?? [];

  return (
    <main className="sv-main act">
      {message && <p className={message.ok ? 'sv-ok' : 'sv-alert'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      <section className="card">
        <h2>{t('Quầy đang mở', 'Open counters')}</h2>
        <p className="quiet">{t('Đóng quầy mà cán bộ đã rời đi: quầy không còn hiện “Sẵn sàng” và không làm sai thời gian chờ dự kiến.', 'Close a counter its officer left: it no longer shows “Ready” nor skews the waiting-time forecast.')}</p>
        <ul className="counter-list act-counters">
          {dash?.counters.filter((c) => c.state !== 'closed').map((c) => (
            <li key={c.id} data-counter={c.number}>
              <strong>{t(`Quầy ${c.number}`, `Counter ${c.number}`)}</strong> <bdi>{c.officer ?? t('(không có cán bộ)', '(no officer)')}</bdi>
              {c.current && <span className="chip">{t(`Đang giữ số ${c.current}`, `Holding ${c.current}`)}</span>}
              <button type="button" className="btn small" onClick={() => setClosing(c)}>{t('Đóng quầy', 'Close counter')}</button>
            </li>
          ))}
        </ul>
      </section>

      <section className="card">
        <h2>{t('Phiếu đang chờ', 'Waiting tickets')}</h2>
        <label className="field">
          <span>{t('Hàng chờ của quầy', 'Line of counter')}</span>
          <select name="counter" value={counterId ?? dash?.counters[0]?.id ?? ''} onChange={(e) => setCounterId(Number(e.target.value))}>
            {dash?.counters.map((c) => <option key={c.id} value={c.id}>{t(`Quầy ${c.number}`, `Counter ${c.number}`)}</option>)}
          </select>
        </label>
        <div className="table-wrap">
          <table className="svc-table">
            <thead><tr><th>{t('Số', 'Number')}</th><th>{t('Ưu tiên', 'Priority')}</th><th /></tr></thead>
            <tbody>
              {waiting.map((w) => (
                <tr key={w.id} data-ticket={w.number}>
                  <td>{w.number}</td>
                  <td>{w.priority ? t(PRIORITY_LABELS[w.priority]) : '—'}</td>
                  <td className="row">
                    <button type="button" className="btn small" onClick={() => setChanging(w)}>{t('Đổi ưu tiên', 'Change priority')}</button>
                    <button type="button" className="btn small" onClick={() => void reprint(w)}>{t('In lại', 'Print again')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {waiting.length === 0 && <p className="quiet">{t('Không có phiếu nào đang chờ quầy này.', 'No ticket waits for this counter.')}</p>}
        </div>
      </section>

      <section className="card">
        <h2>{t('Máy in của máy lấy số', 'Kiosk printers')}</h2>
        <ul className="device-list">
          {kiosks.map((k) => (
            <li key={k.key}>
              <bdi>{k.name}</bdi>
              <select aria-label={t(`In phiếu của ${k.name} qua`, `Print the tickets of ${k.name} on`)} defaultValue=""
                onChange={(e) => api('PUT /api/admin/devices/:id/print-agent', { params: { id: deviceId(k) }, body: { agentId: e.target.value ? Number(e.target.value) : null } })
                  .then(() => done(t(`${k.name} in qua máy đã chọn.`, `${k.name} prints on the chosen printer.`)), failed)}>
                <option value="">{t('Máy in của máy chủ', 'The server\'s printer')}</option>
                {agents.map((a) => <option key={a.key} value={deviceId(a)}>{a.name}</option>)}
              </select>
            </li>
          ))}
        </ul>
      </section>

      {closing && (
        <CloseDialog counter={closing} onClose={() => setClosing(null)} onDone={(choice) => {
          setClosing(null);
          api('POST /api/counters/:id/close', { params: { id: closing.id }, ...(choice ? { body: { ticket: choice } } : {}) })
            .then(() => done(t(`Đã đóng quầy ${closing.number}.`, `Counter ${closing.number} closed.`)), failed);
        }} />
      )}
      {changing && (
        <PriorityDialog ticket={changing} onClose={() => setChanging(null)} onDone={(priority, reason) => {
          setChanging(null);
          api('POST /api/tickets/:id/priority', { params: { id: changing.id }, body: { priority, reason } })
            .then((r) => done(t(`Phiếu ${r.ticket.number} đã được đổi nhóm ưu tiên.`, `Ticket ${r.ticket.number}'s priority changed.`)), failed);
        }} />
      )}
    </main>
  );
}

function CloseDialog({ counter, onClose, onDone }: { counter: DashboardCounter; onClose(): void; onDone(choice: CloseTicketChoice | undefined): void }) {
  const { t } = useLang();
  const [choice, setChoice] = useState<CloseTicketChoice>('requeue');
  return (
    <Modal title={t(`Đóng quầy ${counter.number}`, `Close counter ${counter.number}`)} onClose={onClose}>
      <p>{t('Cán bộ sẽ rời khỏi quầy này.', 'The officer is signed out of this counter.')}</p>
      {counter.current && (
        <fieldset>
          <legend>{t(`Phiếu số ${counter.current} đang ở quầy:`, `Ticket ${counter.current} is at the counter:`)}</legend>
          <label><input type="radio" name="ticket" checked={choice === 'requeue'} onChange={() => setChoice('requeue')} /> {t('Trả về đầu hàng chờ', 'Back to the front of its line')}</label>
          <label><input type="radio" name="ticket" checked={choice === 'finish'} onChange={() => setChoice('finish')} /> {t('Kết thúc phiếu', 'Finish it')}</label>
        </fieldset>
      )}
      <div className="row">
        <button type="button" className="btn" onClick={onClose}>{t('Hủy', 'Cancel')}</button>
        <button type="button" className="btn primary" onClick={() => onDone(counter.current ? choice : undefined)}>{t('Đóng quầy', 'Close counter')}</button>
      </div>
    </Modal>
  );
}

function PriorityDialog({ ticket, onClose, onDone }: { ticket: Ticket; onClose(): void; onDone(priority: PriorityGroup | null, reason: string): void }) {
  const { t } = useLang();
  const [priority, setPriority] = useState<PriorityGroup | ''>(ticket.priority ?? '');
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onDone(priority || null, reason.trim());
  };
  return (
    <Modal title={t(`Đổi nhóm ưu tiên của phiếu ${ticket.number}`, `Change the priority of ticket ${ticket.number}`)} onClose={onClose}>
      <form onSubmit={submit} {...validityMessages(t)}>
        <label className="field">
          <span>{t('Nhóm ưu tiên', 'Priority group')}</span>
          <select name="priority" value={priority} onChange={(e) => setPriority(e.target.value as PriorityGroup | '')}>
            <option value="">{t('Không ưu tiên', 'None')}</option>
            {PRIORITY_GROUPS.map((g) => <option key={g} value={g}>{t(PRIORITY_LABELS[g])}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('Lý do (bắt buộc, ghi vào nhật ký)', 'Reason (required, kept in the audit log)')}</span>
          <input name="reason" required pattern={NOT_BLANK} minLength={3} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <div className="row">
          <button type="button" className="btn" onClick={onClose}>{t('Hủy', 'Cancel')}</button>
          <button type="submit" className="btn primary">{t('Đổi ưu tiên', 'Change priority')}</button>
        </div>
      </form>
    </Modal>
  );
}
