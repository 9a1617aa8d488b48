// The ticket on screen: the number, very large and read aloud (again on request); where and how
// long; the QR of the phone page; and
// what the printer did. When the printout failed (or the printer says nothing), the screen says so
// plainly and stays up longer so the citizen can photograph the number and the QR.
import { PRIORITY_LABELS, type PrintStatus, type Ticket } from '@motcua/protocol';
import { useEffect, useLayoutEffect, useState } from 'react';
import { useLang } from '@motcua/ui-kit';
import { Qr } from '../shared/Qr.tsx';
import type { ServiceMatch } from '../shared/search.ts';
import { WaitFacts } from '../shared/WaitFacts.tsx';
import { SpeakerIcon, WarningIcon } from './icons.tsx';
import { readTicketNumber, stopReading } from './speech.ts';

/** What the citizen is told about the printout. */
export type PrintView = 'printing' | 'printed' | 'failed' | 'silent' | 'unknown';

/** How long the printer may take to answer before the kiosk says it is not responding. */
const PRINT_ANSWER_MS = 8000;

/** The printout of the ticket on screen (none: 'unknown'), from the answer and print:status. */
export function usePrintView(ticket: Ticket | null, answer: PrintStatus | undefined): PrintView {
  const [timedOut, setTimedOut] = useState<number | null>(null);
  const pending = ticket?.print?.status === 'pending' && answer === undefined ? ticket.id : null;
  useEffect(() => {
    if (pending === null) return;
    const timer = setTimeout(() => setTimedOut(pending), PRINT_ANSWER_MS);
    return () => clearTimeout(timer);
  }, [pending]);
  if (answer) return answer.status;
  switch (ticket?.print?.status) {
    case 'pending': return timedOut === ticket?.id ? 'silent' : 'printing';
    case 'printed': return 'printed';
    case 'failed': return 'failed';
    default: return 'unknown';
  }
}

export function isPrintFault(view: PrintView): boolean {
  return view === 'failed' || view === 'silent' || view === 'unknown';
}

interface TicketScreenProps {
  ticket: Ticket;
  choice: ServiceMatch;
  print: PrintView;
  /** The address citizens' phones reach the center at (the catalog's `center.publicUrl`); this page's origin without it. */
  publicUrl: string | undefined;
  onDone(): void;
}

export function TicketScreen({ ticket, choice, print, publicUrl, onDone }: TicketScreenProps) {
  const { lang, t } = useLang();
  const trackUrl = `${(publicUrl ?? window.location.origin).replace(/\/+$/, '')}/t/${ticket.trackCode}${lang === 'en' ? '?lang=en' : ''}`;
  const ahead = Math.max(0, (ticket.position ?? 1) - 1);
  const counters = choice.service.counterNumbers ?? [];

  // The number is read aloud once when it shows; "Nghe lại số" reads it again.
  useEffect(() => {
    void readTicketNumber(ticket.number, lang);
    return stopReading;
  }, [ticket.number, lang]);

  useLayoutEffect(() => {
    // Tap-to-ticket: measured to the first frame that shows the number.
    requestAnimationFrame(() => setTimeout(() => {
      performance.mark('kiosk:ticket-shown');
      if (performance.getEntriesByName('kiosk:tap').length > 0) performance.measure('kiosk:tap-to-ticket', 'kiosk:tap', 'kiosk:ticket-shown');
    }));
  }, []);

  return (
    <div className={`ticket-screen${isPrintFault(print) ? ' fault' : ''}`} data-ticket-id={ticket.id} data-code={choice.department.code}>
      <div className="ticket-head">
        <p className="label">{t('Số thứ tự của bạn', 'Your number')}</p>
        <button type="button" className="hear" onClick={() => void readTicketNumber(ticket.number, lang)}>
          <SpeakerIcon />{t('Nghe lại số', 'Hear the number again')}
        </button>
      </div>
      <p className="number" data-testid="ticket-number">{ticket.number}</p>
      {ticket.appointment && <p className="priority-chip appointment-chip" data-testid="appointment">{t('Lịch hẹn', 'Appointment')} {ticket.appointment.start}</p>}
      {ticket.priority && <p className="priority-chip">{t('Ưu tiên', 'Priority')}: {t(PRIORITY_LABELS[ticket.priority])}</p>}
      <p className="department">{t(choice.department.name)}</p>
      <p className="service">{t(choice.service.name)}</p>
      {ticket.procedureName && <p className="procedure">{t(ticket.procedureName)}</p>}
      {ticket.dossierCode && <p className="dossier">{t('Nhận kết quả hồ sơ', 'Result of dossier')} <b data-testid="dossier-code">{ticket.dossierCode}</b></p>}
      <dl className="facts">
        {counters.length > 0 && (
          <div><dt>{counters.length === 1 ? t('Quầy số', 'Counter') : t('Các quầy số', 'Counters')}</dt><dd>{counters.join(', ')}</dd></div>
        )}
        <WaitFacts ahead={ahead} etaMinutes={ticket.etaMinutes} noOpenCounter={ticket.noOpenCounter === true} t={t} />
      </dl>
      <PrintBand print={print} />
      <div className="track">
        <Qr text={trackUrl} label={t('Mã QR theo dõi số', 'QR code to follow your number')} />
        <p>{t('Quét mã để theo dõi số trên điện thoại', 'Scan to follow your number on your phone')}</p>
      </div>
      <button type="button" className="done" onClick={onDone}>{t('Xong', 'Done')}</button>
    </div>
  );
}

function PrintBand({ print }: { print: PrintView }) {
  const { t } = useLang();
  const photograph = t('Vui lòng chụp ảnh màn hình này hoặc ghi lại số của bạn.', 'Please take a photo of this screen or write down your number.');
  switch (print) {
    case 'printing':
      return <div className="band print printing" role="status"><span className="spinner" /> {t('Đang in phiếu…', 'Printing your ticket…')}</div>;
    case 'printed':
      return <div className="band print printed" role="status">{t('Vui lòng nhận phiếu', 'Please take your ticket')} ↓</div>;
    case 'unknown':
      return (
        <div className="band print unknown" role="alert">
          <strong>{t('Nếu không có phiếu in ra:', 'If no ticket came out:')}</strong> {photograph}
        </div>
      );
    default:
      return (
        <div className="band print failed" role="alert">
          <strong><WarningIcon />{print === 'failed' ? t('Máy in bị lỗi hoặc hết giấy', 'The printer failed or is out of paper') : t('Máy in không phản hồi', 'The printer is not responding')}</strong>
          <span>{photograph}</span>
        </div>
      );
  }
}
