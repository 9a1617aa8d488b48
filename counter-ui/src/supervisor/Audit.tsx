// The audit log (/counter/supervisor/audit): who did what, when, at which counter and to which
// ticket, for a date range, filtered by username, counter number and action; CSV export. Actions and
// details in words (the protocol's audit-words.ts, as the CSV has them too), the action's code in the cell's tooltip.
import { useCallback, useState, type FormEvent } from 'react';
import { actionLabel, detailText, type AuditQuery } from '@motcua/protocol';
import { errorMessage, useApi, useLang, useSession, validityMessages } from '../shared/index.ts';
import { DayField, RANGE_LABELS, rangeProblem } from '../shared/DayField.tsx';
import { useAsked } from './asked.ts';
import { download } from './download.ts';
import { isoDay } from './format.ts';
import './act.css';

const TZ = 'Asia/Ho_Chi_Minh';
/** The families of actions, as the filter offers them. */
const ACTIONS: { value: string; label: { vi: string; en: string } }[] = [
  { value: '', label: { vi: 'Mọi thao tác', en: 'Every action' } },
  { value: 'ticket', label: { vi: 'Phiếu (gọi, phục vụ, chuyển…)', en: 'Tickets (call, serve, transfer…)' } },
  { value: 'counter', label: { vi: 'Quầy (mở, tạm dừng, đóng)', en: 'Counters (open, pause, close)' } },
  { value: 'supervisor', label: { vi: 'Giám sát viên', en: 'Supervisors' } },
  { value: 'ticket.priority', label: { vi: 'Đổi nhóm ưu tiên', en: 'Priority changes' } },
  { value: 'ticket.rate', label: { vi: 'Đánh giá', en: 'Ratings' } },
  { value: 'auth', label: { vi: 'Đăng nhập', en: 'Sign-ins' } },
  { value: 'admin', label: { vi: 'Quản trị', en: 'Administration' } },
];

/** The query of the form: empty filters left out. */
function queryOf(form: { from: string; to: string; user: string; counter: string; action: string }): AuditQuery {
  return {
    from: form.from, to: form.to,
    ...(form.user.trim() ? { user: form.user.trim() } : {}),
    ...(form.counter ? { counter: Number(form.counter) } : {}),
    ...(form.action ? { action: form.action } : {}),
  };
}

export function Audit() {
  const { t, lang } = useLang();
  const api = useApi();
  const { token } = useSession();
  const [form, setForm] = useState(() => ({ from: isoDay(TZ), to: isoDay(TZ), user: '', counter: '', action: '' }));
  const askLog = useCallback((query: AuditQuery) => api('GET /api/audit', { query }), [api]);
  const { answer: log, error, busy, askFor, setError } = useAsked(askLog, { from: isoDay(TZ), to: isoDay(TZ) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = rangeProblem(form);
    if (problem) setError(t(problem));
    else askFor(queryOf(form));
  };
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });
  const time = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: TZ, dateStyle: 'short', timeStyle: 'medium' });

  return (
    <main className="sv-main audit">
      <form className="card report-form" onSubmit={submit} {...validityMessages(t)}>
        <DayField name="from" label={t(RANGE_LABELS.from)} value={form.from} onChange={(value) => set('from')({ target: { value } })} />
        <DayField name="to" label={t(RANGE_LABELS.to)} value={form.to} onChange={(value) => set('to')({ target: { value } })} />
        <label className="field"><span>{t('Tên đăng nhập', 'Username')}</span><input name="user" value={form.user} onChange={set('user')} placeholder="officer01" /></label>
        <label className="field"><span>{t('Quầy số', 'Counter')}</span><input type="number" name="counter" min={1} value={form.counter} onChange={set('counter')} /></label>
        <label className="field">
          <span>{t('Thao tác', 'Action')}</span>
          <select name="action" value={form.action} onChange={set('action')}>
            {ACTIONS.map((a) => <option key={a.value} value={a.value}>{t(a.label)}</option>)}
          </select>
        </label>
        <button type="submit" className="btn primary" disabled={busy}>{busy ? t('Đang tìm…', 'Searching…') : t('Xem nhật ký', 'Show log')}</button>
        <div className="row exports">
          <button type="button" className="btn" disabled={!log} onClick={() => download('GET /api/audit/export', token, { ...queryOf(form), lang }).catch((e: unknown) => setError(errorMessage(e)))}>
            {t('Tải CSV', 'Download CSV')}
          </button>
        </div>
      </form>
      {error && <p className="sv-alert" role="alert">{error}</p>}
      {log && (
        <section className="card">
          <h2>{t(`Nhật ký: ${log.entries.length} mục`, `Audit log: ${log.entries.length} entries`)}</h2>
          {log.truncated && <p className="quiet">{t('Chỉ hiện 5.000 mục mới nhất: hãy thu hẹp bộ lọc.', 'Only the newest 5,000 entries are shown: narrow the filters.')}</p>}
          <div className="table-wrap">
            <table className="svc-table audit-table">
              <thead>
                <tr><th>{t('Thời điểm', 'At')}</th><th>{t('Người thực hiện', 'Actor')}</th><th>{t('Thao tác', 'Action')}</th><th>{t('Phiếu', 'Ticket')}</th><th>{t('Quầy', 'Counter')}</th><th>{t('Chi tiết', 'Detail')}</th></tr>
              </thead>
              <tbody>
                {log.entries.map((e, i) => (
                  <tr key={i}>
                    <td>{time.format(new Date(e.at))}</td>
                    <td><bdi>{e.actor}</bdi>{e.device && <span className="quiet"> · <bdi>{e.device}</bdi></span>}</td>
                    <td title={e.action}>{t(actionLabel(e.action))}</td>
                    <td>{e.ticketNumber ?? ''}</td>
                    <td>{e.counterNumber ?? ''}</td>
                    <td className="detail"><bdi>{detailText(e.detail, lang)}</bdi></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </main>
  );
}
