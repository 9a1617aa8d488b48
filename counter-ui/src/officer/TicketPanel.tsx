// The ticket in hand: its number, service, procedure, the dossier whose result it collects, priority group, how long the citizen waited, why the
// policy chose it, and how many recalls remain before it counts as a no-show.
import { PRIORITY_LABELS, type Ticket } from '@motcua/protocol';
import { useLang } from '../shared/index.ts';
import { STATUS_LABELS } from './text.ts';
import { minutesSince } from './time.ts';

export function TicketPanel({ ticket, recallLimit }: { ticket: Ticket; recallLimit: number }) {
  const { t } = useLang();
  const waited = ticket.calledAt ? minutesSince(ticket.issuedAt, Date.parse(ticket.calledAt)) : 0;
  const recalls = ticket.recalls ?? 0;
  const left = Math.max(0, recallLimit - recalls);
  return (
    <section className="ticket-panel" aria-label={t('Số đang phục vụ', 'Ticket in hand')}>
      <div className="ticket-number" data-testid="ticket-number">{ticket.number}</div>
      <div className="ticket-facts">
        <span className={`status-chip ${ticket.status}`}>{STATUS_LABELS[ticket.status] ? t(STATUS_LABELS[ticket.status]!) : ticket.status}</span>
        <h2>{ticket.serviceName ? t(ticket.serviceName) : `#${ticket.serviceId}`}</h2>
        {ticket.appointment && <p className="dossier-badge appointment-badge" data-testid="appointment">{t('Lịch hẹn', 'Appointment')} <b>{ticket.appointment.start}</b></p>}
        {ticket.dossierCode && <p className="dossier-badge" data-testid="dossier-code">{t('Trả kết quả hồ sơ', 'Return the result of dossier')} <b>{ticket.dossierCode}</b></p>}
        {ticket.procedureCode && <p className="procedure" data-testid="procedure">{ticket.procedureCode}{ticket.procedureName && ` · ${t(ticket.procedureName)}`}</p>}
        {ticket.priority && <span className="priority-badge">{t('Ưu tiên', 'Priority')}: {t(PRIORITY_LABELS[ticket.priority])}</span>}
        <p>{t(`Đã chờ ${waited} phút trước khi được gọi`, `Waited ${waited} min before the call`)}</p>
        {ticket.callReason && <p className="muted">{t('Lý do chọn', 'Chosen because')}: {t(ticket.callReasonVi ?? ticket.callReason, ticket.callReason)}</p>}
        {ticket.status === 'called' && (
          <p className={left === 0 ? 'notice' : 'muted'} data-testid="recalls-left">
            {left === 0
              ? t(`Đã gọi lại ${recalls} lần: lần gọi lại tiếp theo sẽ tính là vắng mặt.`, `Recalled ${recalls} times: the next recall marks it no-show.`)
              : t(`Đã gọi lại ${recalls}/${recallLimit} lần, còn ${left} lần gọi lại trước khi tính vắng mặt.`, `Recalled ${recalls}/${recallLimit} times; ${left} recalls left before no-show.`)}
          </p>
        )}
      </div>
    </section>
  );
}
