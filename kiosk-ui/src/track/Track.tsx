// The phone page /t/<trackCode>: one ticket's public view (number, status, counter, position,
// estimated wait), live, with no login and nothing personal. Vietnamese first, English on request.
import type { TrackView } from '@motcua/protocol';
import { useEffect } from 'react';
import { LangSwitch, useLang } from '@motcua/ui-kit';
import { WaitFacts } from '../shared/WaitFacts.tsx';
import { useTrackedTicket } from './live.ts';
import { PushButton } from './Push.tsx';

/** A phone that can vibrate does, when the number is called. */
function buzz(): void {
  navigator.vibrate?.([400, 200, 400, 200, 800]);
}

export function TrackPage({ trackCode }: { trackCode: string }) {
  const { lang } = useLang();
  const state = useTrackedTicket(trackCode, buzz);
  const called = state.view?.status === 'called';
  useEffect(() => {
    const number = state.view?.number;
    document.title = number ? `${called ? '🔔 ' : ''}${number} — motcua` : 'motcua';
  }, [state.view?.number, called]);

  return (
    <div className={`track-page${called ? ' called' : ''}`} lang={lang} data-status={state.view?.status ?? state.problem ?? 'loading'}>
      <header>
        <span className="title">{lang === 'en' ? 'Your queue number' : 'Theo dõi số thứ tự'}</span>
        <LangSwitch compact />
      </header>
      {!state.connected && <Offline />}
      <main>
        {state.view ? <TicketView view={state.view} trackCode={trackCode} /> : <Missing problem={state.problem} />}
      </main>
      <Footer updatedAt={state.updatedAt} timeZone={state.view?.timeZone} />
    </div>
  );
}

function Offline() {
  const { t } = useLang();
  return <div className="offline" role="status"><span className="spinner" /> {t('Mất kết nối, đang thử lại…', 'Connection lost, retrying…')}</div>;
}

function Missing({ problem }: { problem: 'unknown_ticket' | 'unreachable' | null }) {
  const { t } = useLang();
  if (problem === 'unknown_ticket') {
    return (
      <section className="status-card ended">
        <h1>{t('Không tìm thấy số này', 'This number was not found')}</h1>
        <p>{t('Vui lòng quét lại mã QR trên phiếu, hoặc hỏi nhân viên hướng dẫn.', 'Please scan the QR code on your ticket again, or ask the staff at the desk.')}</p>
      </section>
    );
  }
  return <section className="status-card"><span className="spinner" /> {t('Đang tải…', 'Loading…')}</section>;
}

function TicketView({ view, trackCode }: { view: TrackView; trackCode: string }) {
  const { t } = useLang();
  return (
    <>
      <section className="ticket-card" data-code={view.departmentCode}>
        <p className="label">{t('Số của bạn', 'Your number')}</p>
        <p className="number" data-testid="track-number">{view.number}</p>
        {view.departmentName && <p className="department">{t(view.departmentName)}</p>}
        {view.serviceName && <p className="service">{t(view.serviceName)}</p>}
      </section>
      <Status view={view} trackCode={trackCode} />
    </>
  );
}

function Status({ view, trackCode }: { view: TrackView; trackCode?: string }) {
  const { t } = useLang();
  const counter = view.counterNumber;
  const ahead = Math.max(0, view.position - 1);
  switch (view.status) {
    case 'waiting':
      return (
        <section className="status-card waiting">
          <p className="state">{t('Đang chờ', 'Waiting')}</p>
          {/* first of the service's line, not "next": the same counters may call other services' tickets first (the wait counts them) */}
          {ahead === 0 && <p className="big">{t('Bạn đứng đầu hàng chờ của dịch vụ này', 'You are first in line for this service')}</p>}
          <dl><WaitFacts ahead={ahead} etaMinutes={view.etaMinutes} noOpenCounter={view.noOpenCounter === true} t={t} /></dl>
          <p className="advice">{t('Vui lòng ở gần khu vực chờ. Trang này sẽ báo khi đến lượt bạn.', 'Please stay near the waiting area. This page tells you when it is your turn.')}</p>
          {trackCode && <PushButton trackCode={trackCode} />}
        </section>
      );
    case 'called':
      return (
        <section className="status-card calling" role="alert">
          <p className="state">{t('Đến lượt bạn!', 'It is your turn!')}</p>
          <p className="go">{t('Mời bạn đến', 'Please go to')}</p>
          <p className="counter">{t('Quầy số', 'Counter')} {counter}</p>
        </section>
      );
    case 'serving':
      return <Ended title={t(`Đang được phục vụ tại quầy số ${counter}`, `Being served at counter ${counter}`)} />;
    case 'parked':
      return <Ended title={t('Hồ sơ đang tạm hoãn', 'Your case is on hold')} text={t(`Khi đã sẵn sàng, vui lòng quay lại quầy số ${counter}.`, `When you are ready, please go back to counter ${counter}.`)} />;
    case 'done':
      return <Ended title={t('Đã hoàn thành. Cảm ơn bạn!', 'Done. Thank you!')} />;
    case 'no_show':
      return <Ended title={t('Đã qua lượt', 'Missed')} text={t('Bạn không có mặt khi được gọi. Vui lòng hỏi nhân viên hướng dẫn.', 'You were not there when called. Please ask the staff at the desk.')} />;
    case 'transferred':
      return <Ended title={t('Hồ sơ đã được chuyển', 'Your case was transferred')} text={t('Vui lòng chờ được gọi ở quầy mới.', 'Please wait to be called at the new counter.')} />;
    case 'expired':
      return <Ended title={t('Số đã hết hạn', 'This number has expired')} text={t('Số chỉ dùng trong ngày làm việc đã lấy. Vui lòng lấy số mới.', 'A number is valid on the working day it was taken. Please take a new number.')} />;
  }
}

function Ended({ title, text }: { title: string; text?: string }) {
  return (
    <section className="status-card ended">
      <h1>{title}</h1>
      {text && <p>{text}</p>}
    </section>
  );
}

/** Times in the center's time zone (a visitor's phone may be set to another). */
function Footer({ updatedAt, timeZone }: { updatedAt: Date | null; timeZone: string | undefined }) {
  const { lang, t } = useLang();
  const time = updatedAt?.toLocaleTimeString(lang === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: timeZone ?? 'Asia/Ho_Chi_Minh' });
  return (
    <footer>
      {t('Trang tự cập nhật, không cần tải lại.', 'This page updates by itself.')}
      {time && <> {t('Cập nhật lúc', 'Updated at')} {time}.</>}
    </footer>
  );
}
