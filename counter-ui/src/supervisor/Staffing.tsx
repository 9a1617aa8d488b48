// Staffing advice on the dashboard: per department, the counters needed in the hours ahead to keep
// the p90 wait under the strictest service target (the arrivals of the same weekday of the last
// weeks, scaled by how today is going; Erlang C), beside the counters open now.
import type { Dashboard, StaffingAdvice } from '@motcua/protocol';
import { useLang } from '../shared/index.ts';
import { hourLabel, minutes } from './format.ts';

export function Staffing({ data }: { data: Dashboard }) {
  const { t } = useLang();
  const names = new Map(data.departments.map((d) => [d.id, d.name]));
  const hours = data.staffing[0]?.hours.map((h) => h.hour) ?? [];
  if (hours.length === 0) return null;
  const short = (a: StaffingAdvice) => a.hours.find((h) => h.countersNeeded > a.countersOpen);
  return (
    <section className="card staffing" aria-labelledby="staffing-title">
      <h2 id="staffing-title">{t('Số quầy cần mở (dự báo)', 'Counters needed (forecast)')}</h2>
      <table className="svc-table">
        <thead>
          <tr>
            <th scope="col">{t('Phòng ban', 'Department')}</th>
            <th scope="col">{t('Đang mở', 'Open now')}</th>
            {hours.map((h) => <th key={h} scope="col">{hourLabel(h)}</th>)}
          </tr>
        </thead>
        <tbody>
          {data.staffing.map((a) => (
            <tr key={a.departmentId}>
              <th scope="row" title={t(`Chờ p90 dưới ${a.targetWaitMinutes} phút, phục vụ trung bình ${minutes(a.meanServiceSeconds)} phút`, `p90 wait under ${a.targetWaitMinutes} min, mean service ${minutes(a.meanServiceSeconds)} min`)}>
                {t(names.get(a.departmentId) ?? { vi: a.code, en: a.code })}
              </th>
              <td>{a.countersOpen}</td>
              {a.hours.map((h) => (
                <td key={h.hour} className={h.countersNeeded > a.countersOpen ? 'bad' : undefined} title={t(`Dự kiến ${h.arrivals} phiếu`, `${h.arrivals} tickets expected`)}>
                  {h.countersNeeded}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {data.staffing.filter(short).map((a) => {
        const first = short(a)!;
        const name = t(names.get(a.departmentId) ?? { vi: a.code, en: a.code });
        const at = hourLabel(first.hour);
        return (
          <p key={a.departmentId} className="staffing-note">
            {t(`${name}: từ ${at} cần ${first.countersNeeded} quầy (đang mở ${a.countersOpen}).`, `${name}: from ${at}, ${first.countersNeeded} counters needed (${a.countersOpen} open).`)}
          </p>
        );
      })}
    </section>
  );
}
