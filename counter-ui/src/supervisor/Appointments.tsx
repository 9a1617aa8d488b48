// In the reports: appointments of the range per day and service (booked, cancelled, checked in,
// no-shows, and the wait from the slot's start to the call), asked with the report's range.
import { useEffect, useState } from 'react';
import type { AppointmentReport } from '@motcua/protocol';
import { useApi, useLang } from '../shared/index.ts';
import { minSec } from './format.ts';

export function AppointmentTable({ from, to }: { from: string; to: string }) {
  const { t } = useLang();
  const api = useApi();
  const [report, setReport] = useState<AppointmentReport | null>(null);
  useEffect(() => {
    api('GET /api/reports/appointments', { query: { from, to } }).then(setReport, () => setReport(null));
  }, [api, from, to]);
  if (!report) return null;
  return (
    <section className="card" data-testid="appointment-report">
      <h2>{t('Lịch hẹn theo ngày và lĩnh vực', 'Appointments by day and service')}</h2>
      {report.rows.length === 0 ? <p className="muted">{t('Không có lịch hẹn trong khoảng này.', 'No appointments in this range.')}</p> : (
        <table className="figures">
          <thead>
            <tr>
              <th>{t('Ngày', 'Day')}</th><th>{t('Lĩnh vực', 'Service')}</th><th>{t('Đặt', 'Booked')}</th><th>{t('Hủy', 'Cancelled')}</th>
              <th>{t('Đã đến', 'Checked in')}</th><th>{t('Vắng', 'No-shows')}</th><th>{t('Chờ từ giờ hẹn P50', 'Wait from slot P50')}</th><th>P90</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={`${r.day}-${r.serviceId}`}>
                <td>{r.day}</td><td>{r.departmentCode} · {t(r.serviceName)}</td><td>{r.booked}</td><td>{r.cancelled}</td><td>{r.checkedIn}</td><td>{r.noShow}</td>
                <td>{minSec(r.waitFromSlotP50)}</td><td>{minSec(r.waitFromSlotP90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
