// /book/<code>: one booking as its citizen shows it at the kiosk: the code, the QR code the kiosk's
// scanner reads, the day and time, where and what to bring, and a way to cancel with the ID number.
import type { Appointment } from '@motcua/protocol';
import { ApiError, call } from '@motcua/protocol/client';
import { LangSwitch, useCatalog, useLang, validityMessages } from '@motcua/ui-kit';
import { useEffect, useState, type FormEvent } from 'react';
import { Qr } from '../shared/Qr.tsx';
import { dayLabel } from './Book.tsx';
import { keepBooking } from './kept.ts';

const STATUS = {
  booked: { vi: 'Đã đặt', en: 'Booked' },
  checked_in: { vi: 'Đã xác nhận tại kiosk', en: 'Checked in' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
  no_show: { vi: 'Đã quá giờ xác nhận', en: 'Missed' },
};

export function BookingPage({ code }: { code: string }) {
  const { t, lang } = useLang();
  const { catalog } = useCatalog();
  const [booking, setBooking] = useState<Appointment | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [idNumber, setIdNumber] = useState('');
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    call('GET /api/appointments/:code', { params: { code } }).then((b) => {
      keepBooking(b);
      setBooking(b);
    }, (e: ApiError) => setError(e));
  }, [code, generation]);

  const cancel = (event: FormEvent) => {
    event.preventDefault();
    call('POST /api/appointments/:code/cancel', { params: { code }, body: { idNumber } }).then(() => setGeneration((g) => g + 1), (e: ApiError) => setError(e));
  };
  const time = (iso: string | undefined) => (iso ? new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: catalog?.center?.timeZone ?? 'Asia/Ho_Chi_Minh' }) : '');

  return (
    <div className="book-page" lang={lang}>
      <header>
        <span className="title">{t('Lịch hẹn', 'Your appointment')}</span>
        <LangSwitch compact />
      </header>
      <main>
        {!booking && error && <p className="error" role="alert">{lang === 'en' ? error.message : error.messageVi ?? error.message}</p>}
        {booking && (
          <>
            <div className="booking-card" data-status={booking.status}>
              <p className="label">{t('Mã lịch hẹn', 'Booking code')}</p>
              <p className="code" data-testid="booking-code">{booking.code}</p>
              {booking.status === 'booked' && <Qr text={booking.url ?? booking.code} label={t('Mã QR của lịch hẹn', 'QR code of the booking')} />}
              <p className="when"><b>{booking.start}</b> {dayLabel(booking.date, lang)}</p>
              <p className="service">{t(booking.serviceName ?? { vi: '', en: '' })}</p>
              <p className="department">{t(booking.departmentName ?? { vi: '', en: '' })}</p>
              <p className="state">{t(STATUS[booking.status])}</p>
            </div>
            {booking.status === 'booked' && (
              <section className="step">
                <h2>{t('Khi đến', 'When you come')}</h2>
                <ul className="advice">
                  <li>{t(`Địa chỉ: ${catalog?.center ? catalog.center.name.vi : ''}`, `Where: ${catalog?.center ? catalog.center.name.en : ''}`)}</li>
                  <li>{t(`Quét mã QR này hoặc nhập mã tại kiosk (mục “Tôi có lịch hẹn”) từ ${time(booking.checkInFrom)} đến ${time(booking.checkInUntil)}.`, `Scan this QR code or type the code at the kiosk (“I have an appointment”) from ${time(booking.checkInFrom)} to ${time(booking.checkInUntil)}.`)}</li>
                  <li>{t('Mang theo thẻ CCCD và giấy tờ của thủ tục.', 'Bring your ID card and the documents of the procedure.')}</li>
                </ul>
                <form onSubmit={cancel} className="cancel" {...validityMessages(t)}>
                  <label>{t('Hủy lịch: nhập số CCCD đã dùng khi đặt', 'Cancel: type the ID number you booked with')}
                    <input name="cancelId" inputMode="numeric" value={idNumber} onChange={(e) => setIdNumber(e.target.value)} />
                  </label>
                  {error && <p className="error" role="alert">{lang === 'en' ? error.message : error.messageVi ?? error.message}</p>}
                  <button type="submit" disabled={idNumber.trim() === ''}>{t('Hủy lịch hẹn', 'Cancel the booking')}</button>
                </form>
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}
