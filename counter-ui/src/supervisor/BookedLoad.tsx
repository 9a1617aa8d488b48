// On the live dashboard: today's bookings by the hour of their slot (how much of each hour is
// already promised to appointments), with how many of them have checked in.
import type { BookedHours } from '@motcua/protocol';
import { useLang } from '../shared/index.ts';
import { hourLabel } from './format.ts';

export function BookedLoad({ hours }: { hours: BookedHours | undefined }) {
  const { t } = useLang();
  const most = Math.max(1, ...(hours ?? []).map((h) => h.booked));
  return (
    <section className="card booked-load" data-testid="booked-load">
      <h2>{t('Lịch hẹn hôm nay theo giờ', 'Today\'s appointments by hour')}</h2>
      {!hours?.length ? <p className="muted">{t('Hôm nay chưa có lịch hẹn.', 'No appointments today.')}</p> : (
        <ul className="booked-hours">
          {hours.map((h) => (
            <li key={h.hour} data-hour={h.hour}>
              <span className="hour">{hourLabel(h.hour)}</span>
              <span className="bar" style={{ width: `${(70 * h.booked) / most}%` }} />
              <span className="count">{h.booked} {t('hẹn', 'booked')} · {h.checkedIn} {t('đã đến', 'checked in')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
