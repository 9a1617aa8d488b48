// The tickets waiting for this counter, in the order call-next takes them (the server's): how many,
// the oldest wait, priority marked, and the one the next call takes.
import { PRIORITY_LABELS, type Ticket } from '@motcua/protocol';
import { useLang } from '../shared/index.ts';
import { minutesSince, useNow } from './time.ts';

export function WaitingList({ waiting, nextId, counterId }: { waiting: Ticket[]; nextId: number | undefined; counterId: number }) {
  const { t } = useLang();
  const now = useNow();
  const oldest = waiting.reduce((m, w) => Math.max(m, minutesSince(w.issuedAt, now)), 0);
  const priority = waiting.filter((w) => w.priority).length;
  return (
    <section className="card waiting" aria-labelledby="waiting-title">
      <div className="row spread">
        <h2 id="waiting-title">{t('Đang chờ', 'Waiting')}: <span data-testid="waiting-count">{waiting.length}</span></h2>
        {waiting.length > 0 && (
          <span className="muted">
            {t(`lâu nhất ${oldest} phút`, `longest ${oldest} min`)}
            {priority > 0 && <> · <span className="priority-text">{t(`${priority} ưu tiên`, `${priority} priority`)}</span></>}
          </span>
        )}
      </div>
      {waiting.length === 0 ? (
        <p className="muted empty">{t('Chưa có ai chờ các lĩnh vực của quầy này.', 'Nobody is waiting for the services of this counter.')}</p>
      ) : (
        <ol className="waiting-list">
          {waiting.map((w) => (
            <li key={w.id} className={w.priority ? 'priority' : ''} data-number={w.number}>
              <strong className="number">{w.number}</strong>
              <span className="service">
                {w.id === nextId && <span className="next-badge">{t('gọi tiếp theo', 'called next')}</span>}
                {w.serviceName ? t(w.serviceName) : ''}
                {w.priority && <span className="priority-badge small">{t(PRIORITY_LABELS[w.priority])}</span>}
                {w.appointment && <span className="return-badge appointment-badge" title={w.appointment.start}>{t(`hẹn ${w.appointment.start}`, `appt ${w.appointment.start}`)}</span>}
                {w.dossierCode && <span className="return-badge" title={w.dossierCode}>{t('nhận kết quả', 'result')}</span>}
                {w.targetCounterId === counterId && <span className="target-badge">{t('chuyển đến quầy này', 'sent to this counter')}</span>}
              </span>
              <span className="wait">{t(`${minutesSince(w.issuedAt, now)} phút`, `${minutesSince(w.issuedAt, now)} min`)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
