// The live dashboard: what waits now per department and service, for how long, what is over its
// target, the counters needed in the hours ahead, the counters with their officers, the devices,
// and today's visits by kind and procedure.
// Refetched on every push of the queue stream (at most once a second), on every change of a device,
// and every 15 seconds, as waits grow without any push. A full disk shows first.
import { useCallback, useEffect, useRef, useState } from 'react';
import { PAUSE_LABELS, type Dashboard as DashboardData, type DashboardDepartment, type DashboardFigures, type DeviceStatus } from '@motcua/protocol';
import { ConnectionMark, errorMessage, useApi, useLang, useLiveQueue, useSession, type Connection } from '../shared/index.ts';
import { COUNTER_STATE_LABELS } from '../officer/text.ts';
import { clock, minutes } from './format.ts';
import { BookedLoad } from './BookedLoad.tsx';
import { HelpCalls } from './HelpCalls.tsx';
import { Staffing } from './Staffing.tsx';
import { VisitMix } from './VisitMix.tsx';

const REFRESH_MS = 15_000;
const MIN_GAP_MS = 1_000;

function useDashboard(): { data: DashboardData | null; error: string | null; connection: Connection; timeZone: string; refresh(): void } {
  const api = useApi();
  const { token, ended } = useSession();
  const live = useLiveQueue({ token, on: { refused: ended } });
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const last = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(() => {
    clearTimeout(pending.current);
    const wait = Math.max(0, last.current + MIN_GAP_MS - Date.now());
    pending.current = setTimeout(() => {
      last.current = Date.now();
      api('GET /api/dashboard').then((d) => {
        setData(d);
        setError(null);
      }, (e: unknown) => setError(errorMessage(e)));
    }, wait);
  }, [api]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      clearInterval(timer);
      clearTimeout(pending.current);
    };
  }, [refresh]);
  useEffect(refresh, [live.state?.seq, refresh]);
  // A device or printer changed state, or a kiosk calls for staff (to supervisors only): at once, not at the next poll.
  useEffect(() => {
    const socket = live.socket;
    if (!socket) return;
    const events = ['device:changed', 'help:requested', 'help:dismissed'] as const;
    for (const event of events) socket.on(event, refresh);
    return () => {
      for (const event of events) socket.off(event, refresh);
    };
  }, [live.socket, refresh]);

  return { data, error, connection: live.connection, timeZone: live.state?.snapshot?.center?.timeZone ?? 'Asia/Ho_Chi_Minh', refresh };
}

export function Dashboard() {
  const { t } = useLang();
  const { data, error, connection, timeZone, refresh } = useDashboard();
  if (!data) return <main className="sv-main">{error ? <p className="error" role="alert">{error}</p> : <p className="loading">{t('Đang tải…', 'Loading…')}</p>}</main>;
  return (
    <main className="sv-main dashboard">
      <div className="row spread">
        <Totals figures={data.total} />
        <div className="row">
          <ConnectionMark connection={connection} />
          <span className="muted">{t('Cập nhật', 'Updated')} {clock(data.serverTime, timeZone)}</span>
        </div>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {data.diskFullSince && (
        <p className="sv-alert disk-full" role="alert">
          {t(`Ổ đĩa máy chủ đã đầy từ ${clock(data.diskFullSince, timeZone)}: không lưu được phiếu và thao tác mới. Hãy giải phóng dung lượng hoặc báo quản trị viên.`,
            `The server's disk is full since ${clock(data.diskFullSince, timeZone)}: new tickets and actions cannot be saved. Free space or call the administrator.`)}
        </p>
      )}
      <HelpCalls requests={data.helpRequests} timeZone={timeZone} onChange={refresh} />
      <Alerts data={data} />
      <div className="dash-grid">
        <section className="dash-departments" aria-label={t('Phòng ban', 'Departments')}>
          {data.departments.map((d) => <DepartmentCard key={d.id} department={d} />)}
          <Staffing data={data} />
        </section>
        <aside className="stack">
          <Counters data={data} />
          <Devices devices={data.devices} timeZone={timeZone} />
          <BookedLoad hours={data.bookedHours} />
          <VisitMix timeZone={timeZone} />
        </aside>
      </div>
    </main>
  );
}

function Totals({ figures }: { figures: DashboardFigures }) {
  const { t } = useLang();
  const items: [string, string, string?][] = [
    [t('Đang chờ', 'Waiting'), String(figures.waiting)],
    [t('Chờ lâu nhất', 'Longest wait'), `${minutes(figures.longestWaitSeconds)} ${t('phút', 'min')}`],
    [t('Quá chỉ tiêu', 'Over target'), String(figures.overTarget), figures.overTarget > 0 ? 'bad' : undefined],
    [t('Đã phục vụ hôm nay', 'Served today'), String(figures.served)],
    [t('Vắng mặt', 'No-shows'), String(figures.noShow)],
  ];
  return (
    <dl className="totals">
      {items.map(([label, value, tone]) => (
        <div key={label} className={tone}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Alerts({ data }: { data: DashboardData }) {
  const { t } = useLang();
  if (data.alerts.length === 0) return <p className="sv-ok">{t('Không có phiếu nào chờ quá chỉ tiêu.', 'No ticket is waiting longer than its target.')}</p>;
  const shown = data.alerts.slice(0, 6);
  return (
    <p className="sv-alert" role="alert">
      <strong>{t(`${data.alerts.length} phiếu chờ quá chỉ tiêu:`, `${data.alerts.length} tickets over their target wait:`)}</strong>{' '}
      {shown.map((a) => (
        <span key={a.ticketId} className="alert-item">
          <b>{a.number}</b> {t(a.serviceName)} — {minutes(a.waitedSeconds)}/{a.targetMinutes} {t('phút', 'min')}
        </span>
      ))}
      {data.alerts.length > shown.length && <span className="alert-item">{t(`và ${data.alerts.length - shown.length} phiếu khác`, `and ${data.alerts.length - shown.length} more`)}</span>}
    </p>
  );
}

function DepartmentCard({ department: d }: { department: DashboardDepartment }) {
  const { t } = useLang();
  const active = d.services.filter((s) => s.waiting > 0 || s.served > 0 || s.noShow > 0);
  const quiet = d.services.length - active.length;
  return (
    <article className={`card dept${d.overTarget > 0 ? ' over' : ''}`} aria-label={t(d.name)}>
      <header className="row spread">
        <h2>{t(d.name)}</h2>
        <span className="chips">
          <span className="chip open">{t(`${d.countersOpen} quầy mở`, `${d.countersOpen} open`)}</span>
          {d.countersPaused > 0 && <span className="chip paused">{t(`${d.countersPaused} tạm dừng`, `${d.countersPaused} paused`)}</span>}
        </span>
      </header>
      <table className="svc-table">
        <thead>
          <tr>
            <th>{t('Lĩnh vực', 'Service')}</th>
            <th>{t('Chờ', 'Waiting')}</th>
            <th>{t('Lâu nhất (phút)', 'Longest (min)')}</th>
            <th>{t('Quá CT', 'Over')}</th>
            <th>{t('Đã xong', 'Served')}</th>
            <th>{t('Vắng', 'No-show')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="dept-total">
            <td>{t('Tổng', 'Total')}</td>
            <td>{d.waiting}</td>
            <td>{minutes(d.longestWaitSeconds)}</td>
            <td className={d.overTarget > 0 ? 'bad' : undefined}>{d.overTarget}</td>
            <td>{d.served}</td>
            <td>{d.noShow}</td>
          </tr>
          {active.map((s) => (
            <tr key={s.id} className={s.overTarget > 0 ? 'over' : undefined}>
              <td title={t(`Chỉ tiêu chờ ${s.targetWaitMinutes} phút`, `Target wait ${s.targetWaitMinutes} min`)}>{t(s.name)}</td>
              <td>{s.waiting}</td>
              <td>{minutes(s.longestWaitSeconds)}</td>
              <td className={s.overTarget > 0 ? 'bad' : undefined}>{s.overTarget}</td>
              <td>{s.served}</td>
              <td>{s.noShow}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {quiet > 0 && <p className="muted quiet">{t(`${quiet} lĩnh vực khác chưa có phiếu hôm nay`, `${quiet} other services without tickets today`)}</p>}
    </article>
  );
}

function Counters({ data }: { data: DashboardData }) {
  const { t } = useLang();
  const departments = new Map(data.departments.map((d) => [d.id, d.code]));
  return (
    <section className="card">
      <h2>{t('Quầy', 'Counters')}</h2>
      <ul className="counter-list">
        {data.counters.map((c) => (
          <li key={c.id} className={c.state}>
            <span className="num">{c.number}</span>
            <span className="dep muted">{departments.get(c.departmentId)}</span>
            <span className="state">
              {t(COUNTER_STATE_LABELS[c.state])}
              {c.state === 'paused' && c.pauseReason && `: ${t(PAUSE_LABELS[c.pauseReason])}`}
            </span>
            {c.state === 'paused' && c.pauseNote && <span className="pause-note" dir="auto" title={c.pauseNote}>{c.pauseNote}</span>}
            {c.officer && <span className="who">{c.officer}</span>}
            <span className="current">{c.current ?? ''}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const DEVICE_STATE: Record<DeviceStatus['state'], { vi: string; en: string }> = {
  online: { vi: 'Hoạt động', en: 'Online' },
  offline: { vi: 'Mất kết nối', en: 'Offline' },
  error: { vi: 'Lỗi', en: 'Fault' },
  unknown: { vi: 'Chưa rõ', en: 'Unknown' },
};

/** "Máy tính bảng quầy 1", "… quầy 2", "… quầy 3" → "Máy tính bảng quầy 1–3": names that differ only by a final number. */
function condense(names: string[]): string[] {
  const groups = new Map<string, number[]>();
  const out: string[] = [];
  for (const name of names) {
    const m = /^(.*\D)(\d+)$/.exec(name);
    if (!m) out.push(name);
    else groups.set(m[1]!, [...(groups.get(m[1]!) ?? []), Number(m[2])]);
  }
  for (const [prefix, numbers] of groups) {
    const sorted = [...numbers].sort((a, b) => a - b);
    const run = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
    out.push(sorted.length > 2 && run ? `${prefix}${sorted[0]}–${sorted.at(-1)}` : sorted.map((n) => `${prefix}${n}`).join(', '));
  }
  return out;
}

const SEVERITY: Record<DeviceStatus['state'], number> = { error: 0, offline: 1, unknown: 2, online: 3 };

function Devices({ devices, timeZone }: { devices: DeviceStatus[]; timeZone: string }) {
  const { t } = useLang();
  // Devices that went offline while the server ran are listed with the time; never-seen ones are summed up.
  const listed = devices.filter((d) => d.state !== 'offline' || d.since !== null).sort((a, b) => SEVERITY[a.state] - SEVERITY[b.state]);
  const offline = devices.filter((d) => d.state === 'offline' && d.since === null);
  return (
    <section className="card">
      <h2>{t('Thiết bị', 'Devices')}</h2>
      <ul className="device-list">
        {listed.map((d) => (
          <li key={d.key} className={d.state}>
            <span className="dot" aria-hidden="true" />
            <span className="name">{d.name}</span>
            <span className="state">
              {t(DEVICE_STATE[d.state])}
              {d.since && <span className="muted"> {t('từ', 'since')} {clock(d.since, timeZone)}</span>}
              {d.detail && <span className="detail"> — {d.detail}</span>}
            </span>
          </li>
        ))}
        {offline.length > 0 && (
          <li className="offline">
            <span className="dot" aria-hidden="true" />
            <span className="name">{t(`Chưa kết nối từ khi máy chủ khởi động (${offline.length})`, `Not connected since the server started (${offline.length})`)}</span>
            <span className="state offline-names">
              {condense(offline.map((d) => d.name)).join(', ')}
            </span>
          </li>
        )}
      </ul>
    </section>
  );
}
