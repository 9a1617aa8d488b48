// "Tôi có lịch hẹn": the booking's QR code held under the scanner (it types the booking's address
// or code, then Enter) or its code typed, or the 12-digit ID number; then a ticket called at the
// slot, or why not: too early (when to come back), too late (a normal ticket instead), unknown.
import type { Ticket } from '@motcua/protocol';
import { ApiError, call } from '@motcua/protocol/client';
import { useLang } from '@motcua/ui-kit';
import { CodeEntryScreen, RefusalNotice, type CodeEntryProps, type CodeEntryText } from './Collect.tsx';

/** The booking code in what was scanned or typed: the last part of a /book/<code> address, or the text itself. */
export function bookingCodeOf(text: string): string {
  const trimmed = text.trim();
  const fromUrl = /\/book\/([A-Za-z0-9]+)/.exec(trimmed);
  return (fromUrl ? fromUrl[1]! : trimmed.replace(/[\s.-]/g, '')).toUpperCase();
}

/** Whether a scan is a booking's QR code (its page's address) rather than a receipt's. */
export function isBookingScan(text: string): boolean {
  return /\/book\/[A-Za-z0-9]+\s*$/.test(text.trim());
}

export function checkIn(deviceKey: string, text: string): Promise<Ticket> {
  return call('POST /api/appointments/:code/check-in', { params: { code: bookingCodeOf(text) }, token: deviceKey })
    .catch((e: unknown) => { throw e instanceof ApiError ? e : new ApiError(0, 'network', String(e)); });
}

const ENTRY: CodeEntryText = {
  className: 'appointment-screen',
  title: { vi: 'Tôi có lịch hẹn', en: 'I have an appointment' },
  scan: { vi: 'Đưa mã QR của lịch hẹn trên điện thoại vào máy quét', en: 'Hold the QR code of your booking under the scanner' },
  or: { vi: 'hoặc nhập mã lịch hẹn (8 ký tự) hoặc số CCCD', en: 'or type the booking code (8 characters) or your ID number' },
  label: { vi: 'Mã lịch hẹn', en: 'Booking code' },
  placeholder: 'K7P2QX9M',
  check: { vi: 'Xác nhận lịch hẹn', en: 'Check in' },
  shown: (code) => code.toUpperCase(),
};

export function AppointmentScreen(props: CodeEntryProps) {
  return <CodeEntryScreen text={ENTRY} {...props} />;
}

const TITLES: Record<string, { vi: string; en: string }> = {
  too_early: { vi: 'Chưa đến giờ xác nhận', en: 'Too early to check in' },
  too_late: { vi: 'Đã quá giờ hẹn', en: 'Your appointment time has passed' },
  unknown_appointment: { vi: 'Không tìm thấy lịch hẹn', en: 'Booking not found' },
  appointment_closed: { vi: 'Lịch hẹn không còn hiệu lực', en: 'This booking is no longer valid' },
};

interface RefusalProps {
  error: ApiError;
  timeZone: string | undefined;
  onNormalTicket(serviceId: number): void;
  onAgain(): void;
  onHome(): void;
}

export function AppointmentRefusal({ error, timeZone, onNormalTicket, onAgain, onHome }: RefusalProps) {
  const { t } = useLang();
  const title = TITLES[error.code] ?? { vi: 'Chưa xác nhận được lịch hẹn', en: 'Could not check in' };
  const from = error.details.from
    ? new Date(error.details.from).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: timeZone ?? 'Asia/Ho_Chi_Minh' })
    : null;
  const serviceId = error.details.serviceId;
  const when = from && (
    <>
      <p>Mời quay lại lúc: <b data-testid="come-back">{from}</b></p>
      <p lang="en">Please come back at: <b>{from}</b></p>
    </>
  );
  return (
    <RefusalNotice error={error} title={title} className="appointment-refusal" when={when} onHome={onHome}>
      {serviceId !== undefined && <button type="button" className="primary" onClick={() => onNormalTicket(serviceId)}>{t('Lấy số thường', 'Take a normal ticket')}</button>}
      <button type="button" onClick={onAgain}>{t('Quét hoặc nhập lại', 'Scan or type again')}</button>
    </RefusalNotice>
  );
}
