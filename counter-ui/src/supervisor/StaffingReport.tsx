// Staffing in a report: per department and hour of day, the counters actually open beside those the
// advice said were needed (for the arrivals it forecast before the day), means per day of the range.
import type { Report } from '@motcua/protocol';
import { useLang } from '../shared/index.ts';
import { decimal, hourLabel } from './format.ts';

export function StaffingReport({ report }: { report: Report }) {
  const { t, lang } = useLang();
  const hours = report.staffing[0]?.hours.map((h) => h.hour) ?? [];
  if (hours.length === 0) return null;
  const n = (v: number) => decimal(v, lang);
  return (
    <section className="card staffing" aria-labelledby="staffing-report-title">
      <div className="row spread">
        <h2 id="staffing-report-title">{t('Số quầy mở so với số quầy cần (dự báo)', 'Counters open against counters needed (forecast)')}</h2>
        <span className="muted">{t('Mỗi ô: quầy mở thực tế / quầy cần; trung bình mỗi ngày', 'Each cell: counters open / counters needed; mean per day')}</span>
      </div>
      <table className="svc-table">
        <thead>
          <tr>
            <th scope="col">{t('Phòng ban', 'Department')}</th>
            {hours.map((h) => <th key={h} scope="col">{hourLabel(h)}</th>)}
          </tr>
        </thead>
        <tbody>
          {report.staffing.map((d) => (
            <tr key={d.departmentId}>
              <th scope="row" title={t(`Chờ p90 dưới ${d.targetWaitMinutes} phút`, `p90 wait under ${d.targetWaitMinutes} min`)}>{t(d.label)}</th>
              {d.hours.map((h) => (
                <td
                  key={h.hour}
                  className={h.countersOpen < h.countersNeeded ? 'bad' : undefined}
                  title={t(`Dự báo ${n(h.forecastArrivals)} phiếu, đến thực tế ${n(h.arrivals)}`, `${n(h.forecastArrivals)} tickets forecast, ${n(h.arrivals)} came`)}
                >
                  {`${n(h.countersOpen)} / ${n(h.countersNeeded)}`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
