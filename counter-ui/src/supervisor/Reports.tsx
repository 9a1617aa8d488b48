// Reports for a date range: by department, service, counter, officer, kind of visit and procedure (top 20); arrivals and waits by
// hour of day; CSV and XLSX exports of the same figures.
import { useCallback, useState, type FormEvent } from 'react';
import type { DayRange, Report, ReportFigures, ReportGroup, ReportRow } from '@motcua/protocol';
import { RATING_LABELS, ratingLabel } from '@motcua/protocol';
import { errorMessage, useApi, useLang, useSession, validityMessages } from '../shared/index.ts';
import { DayField, RANGE_LABELS, rangeProblem } from '../shared/DayField.tsx';
import { useAsked } from './asked.ts';
import { download } from './download.ts';
import { decimal, isoDay, minSec, share } from './format.ts';
import { AppointmentTable } from './Appointments.tsx';
import { HourChart } from './HourChart.tsx';
import { StaffingReport } from './StaffingReport.tsx';

const TZ = 'Asia/Ho_Chi_Minh';
const GROUPS: { id: ReportGroup; label: { vi: string; en: string } }[] = [
  { id: 'departments', label: { vi: 'Phòng ban', en: 'Departments' } },
  { id: 'services', label: { vi: 'Lĩnh vực', en: 'Services' } },
  { id: 'counters', label: { vi: 'Quầy', en: 'Counters' } },
  { id: 'officers', label: { vi: 'Cán bộ', en: 'Officers' } },
  { id: 'kinds', label: { vi: 'Loại lượt đến', en: 'Kinds of visit' } },
  { id: 'procedures', label: { vi: 'Thủ tục (20 nhiều nhất)', en: 'Procedures (top 20)' } },
];

export function Reports() {
  const { t } = useLang();
  const api = useApi();
  const { token } = useSession();
  const [from, setFrom] = useState(() => isoDay(TZ, -6));
  const [to, setTo] = useState(() => isoDay(TZ));
  const [group, setGroup] = useState<ReportGroup>('departments');
  const askReport = useCallback((query: DayRange) => api('GET /api/reports', { query }), [api]);
  const { answer: report, error, busy, askFor, setError } = useAsked(askReport, { from: isoDay(TZ, -6), to: isoDay(TZ) });
  const ask = (f: string, tt: string) => askFor({ from: f, to: tt });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A day that does not exist is said as a reversed range is, and nothing is asked.
    const problem = rangeProblem({ from, to });
    if (problem) setError(t(problem));
    else ask(from, to);
  };
  const preset = (days: number) => {
    const f = isoDay(TZ, -(days - 1));
    const tt = isoDay(TZ);
    setFrom(f);
    setTo(tt);
    ask(f, tt);
  };
  const exportFile = (format: 'csv' | 'xlsx') => {
    if (!report) return;
    download('GET /api/reports/export', token, { from: report.from, to: report.to, format }).catch((e: unknown) => setError(errorMessage(e)));
  };

  return (
    <main className="sv-main reports">
      <form className="card report-form" onSubmit={submit} {...validityMessages(t)}>
        <DayField name="from" label={t(RANGE_LABELS.from)} value={from} onChange={setFrom} />
        <DayField name="to" label={t(RANGE_LABELS.to)} value={to} onChange={setTo} />
        <button type="submit" className="btn primary" disabled={busy}>{busy ? t('Đang tính…', 'Working…') : t('Xem báo cáo', 'Show report')}</button>
        <div className="row presets">
          <button type="button" className="btn small" onClick={() => preset(1)}>{t('Hôm nay', 'Today')}</button>
          <button type="button" className="btn small" onClick={() => preset(7)}>{t('7 ngày', '7 days')}</button>
          <button type="button" className="btn small" onClick={() => preset(30)}>{t('30 ngày', '30 days')}</button>
        </div>
        <div className="row exports">
          <button type="button" className="btn" onClick={() => exportFile('xlsx')} disabled={!report}>{t('Tải Excel (XLSX)', 'Download Excel (XLSX)')}</button>
          <button type="button" className="btn" onClick={() => exportFile('csv')} disabled={!report}>{t('Tải CSV', 'Download CSV')}</button>
        </div>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {report && (
        <>
          <Summary report={report} />
          <section className="card">
            <div className="row spread">
              <h2>{t('Lượt đến và thời gian chờ theo giờ trong ngày', 'Arrivals and waits by hour of day')}</h2>
              <span className="muted">{report.from} – {report.to} ({report.timeZone})</span>
            </div>
            <HourChart hours={report.hours} />
          </section>
          <StaffingReport report={report} />
          <section className="card">
            <div className="row spread">
              <div className="tabs" role="tablist">
                {GROUPS.map((g) => (
                  <button key={g.id} type="button" role="tab" aria-selected={g.id === group} className={g.id === group ? 'active' : ''} onClick={() => setGroup(g.id)}>{t(g.label)}</button>
                ))}
              </div>
              <span className="muted">{t('Thời gian: phút:giây; P50/P90 theo hạng gần nhất', 'Times in minutes:seconds; nearest-rank P50/P90')}</span>
            </div>
            <FigureTable rows={report[group]} total={report.total} showIssued={group === 'departments' || group === 'services'} />
          </section>
          <AppointmentTable from={report.from} to={report.to} />
        </>
      )}
    </main>
  );
}

function Summary({ report }: { report: Report }) {
  const { t, lang } = useLang();
  const r = report.total;
  const rated = r.ratings['1'] + r.ratings['2'] + r.ratings['3'] + r.ratings['4'];
  const items: [string, string][] = [
    [t('Phiếu phát ra', 'Tickets issued'), String(r.issued)],
    [t('Đã phục vụ', 'Served'), String(r.served)],
    [t('Vắng mặt', 'No-shows'), String(r.noShow)],
    [t('Chờ P50 / P90', 'Wait P50 / P90'), `${minSec(r.waitP50)} / ${minSec(r.waitP90)}`],
    [t('Phục vụ P50 / P90', 'Service P50 / P90'), `${minSec(r.serviceP50)} / ${minSec(r.serviceP90)}`],
    [t('Trong chỉ tiêu', 'Within target'), share(r.withinTarget, lang)],
    [t('Chỉ số hài lòng', 'Satisfaction'), r.satisfaction === null ? '—' : `${decimal(r.satisfaction, lang)}/100`],
  ];
  return (
    <section className="card">
      <dl className="totals">
        {items.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
      </dl>
      <p className="muted ratings-line">
        {t(`${rated} lượt đánh giá:`, `${rated} ratings:`)}{' '}
        {([4, 3, 2, 1] as const).map((s) => `${t(RATING_LABELS[s])} ${r.ratings[s]}`).join(' · ')}
        {r.ratingsFive && ` · ${t('thang 5 mức', '5-level scale')}: ${([5, 4, 3, 2, 1] as const).map((s) => `${t(ratingLabel(s, 5))} ${r.ratingsFive![s]}`).join(' · ')}`}
        {' '}— {t('chỉ số = điểm trung bình quy về thang 0–100 (mức thấp nhất → 0, cao nhất → 100)', 'index = mean score on a 0–100 scale (lowest level → 0, highest → 100)')}
      </p>
      <p className="muted ratings-source" data-testid="ratings-source">
        {t(`Công dân tự đánh giá: ${r.ratingsByCitizens} · cán bộ nhập thay: ${r.ratingsByOfficers}`, `Entered by citizens: ${r.ratingsByCitizens} · by officers: ${r.ratingsByOfficers}`)}
        {r.ratingsByOfficers > 0 && ` (${t('không tính vào chỉ số, trừ khi trung tâm cài đặt khác', 'left out of the index unless the center says otherwise')})`}
      </p>
    </section>
  );
}

function FigureTable({ rows, total, showIssued }: { rows: ReportRow[]; total: ReportFigures; showIssued: boolean }) {
  const { t, lang } = useLang();
  const cells = (r: ReportFigures) => [
    ...(showIssued ? [r.issued] : []), r.called, r.served, r.noShow, r.transferred, r.expired,
    minSec(r.waitP50), minSec(r.waitP90), minSec(r.waitMax), minSec(r.serviceP50), minSec(r.serviceP90),
    share(r.withinTarget, lang), r.satisfaction === null ? '—' : decimal(r.satisfaction, lang),
  ];
  const heads = [
    ...(showIssued ? [t('Phát ra', 'Issued')] : []), t('Đã gọi', 'Called'), t('Phục vụ', 'Served'), t('Vắng', 'No-show'), t('Chuyển', 'Transferred'), t('Hết hạn', 'Expired'),
    t('Chờ P50', 'Wait P50'), t('Chờ P90', 'Wait P90'), t('Chờ max', 'Wait max'), t('Phục vụ P50', 'Service P50'), t('Phục vụ P90', 'Service P90'),
    t('Trong CT', 'In target'), t('Hài lòng', 'Satisfaction'),
  ];
  return (
    <div className="table-wrap">
      <table className="figures">
        <thead><tr><th>{t('Tên', 'Name')}</th>{heads.map((h) => <th key={h}>{h}</th>)}</tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}><th scope="row">{t(r.label)}</th>{cells(r).map((c, i) => <td key={i}>{c}</td>)}</tr>
          ))}
        </tbody>
        {showIssued && (
          <tfoot><tr><th scope="row">{t('Toàn trung tâm', 'Whole center')}</th>{cells(total).map((c, i) => <td key={i}>{c}</td>)}</tr></tfoot>
        )}
      </table>
      {rows.length === 0 && <p className="muted">{t('Chưa có phiếu nào trong khoảng ngày này.', 'No tickets in this date range.')}</p>}
    </div>
  );
}
