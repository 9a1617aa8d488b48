// /book: a procedure or service found as at the kiosk (typed with or without accents), a day of
// those open for booking, a slot with places left, then the phone number and the ID number (CCCD).
// A refusal says why in the page's language; a booking opens its own page /book/<code>. The
// bookings made on this phone are listed first, and again under a refusal at the booking limit.
import type { Appointment, SlotList } from '@motcua/protocol';
import { ApiError, call } from '@motcua/protocol/client';
import { LangSwitch, useCatalog, useLang, validityMessages } from '@motcua/ui-kit';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useKioskSearch } from '../kiosk/procedures.ts';
import type { ServiceMatch } from '../shared/search.ts';
import { useKeptBookings } from './kept.ts';

export function BookPage() {
  const { t, lang } = useLang();
  const { catalog } = useCatalog();
  const departments = useMemo(() => catalog?.departments ?? [], [catalog]);
  const search = useKioskSearch(departments);
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState<ServiceMatch | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [slots, setSlots] = useState<SlotList | null>(null);
  const [start, setStart] = useState<string | null>(null);
  const [phone, setPhone] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const kept = useKeptBookings();
  const atLimit = error?.code === 'booking_limit_reached';
  const groups = useMemo(() => search?.find(query) ?? [], [search, query]);
  // the server's first day open for booking until one is chosen (the phone's clock may be wrong)
  const day = date ?? slots?.date ?? '';

  useEffect(() => {
    if (!choice) return;
    let stopped = false;
    call('GET /api/appointments/slots', { query: { serviceId: choice.service.id, ...(date ? { date } : {}) } }).then((s) => { if (!stopped) setSlots(s); }, (e: ApiError) => setError(e));
    return () => { stopped = true; };
  }, [choice, date]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice || !start) return;
    setSending(true);
    setError(null);
    const what = choice.procedure ? { procedureId: choice.procedure.id } : { serviceId: choice.service.id };
    call('POST /api/appointments', { body: { ...what, date: day, start, phone, idNumber, lang } }).then(
      (booked) => window.location.assign(`/book/${booked.code}${lang === 'en' ? '?lang=en' : ''}`),
      (e: ApiError) => {
        setError(e);
        setSending(false);
      },
    );
  };

  return (
    <div className="book-page" lang={lang}>
      <header>
        <span className="title">{t('Đặt lịch hẹn', 'Book an appointment')}</span>
        <LangSwitch compact />
      </header>
      <main>
        {catalog?.center && <p className="center-name">{t(catalog.center.name)}</p>}
        {!atLimit && <KeptBookings bookings={kept} />}
        <section className="step">
          <h2>1. {t('Thủ tục hoặc lĩnh vực', 'Procedure or service')}</h2>
          {choice ? (
            <div className="chosen" data-testid="chosen">
              <b>{t(choice.procedure?.name ?? choice.service.name)}</b>
              <span>{t(choice.department.name)}</span>
              <button type="button" className="link" onClick={() => { setChoice(null); setStart(null); setSlots(null); }}>{t('Đổi', 'Change')}</button>
            </div>
          ) : (
            <>
              <input type="search" className="query" value={query} onChange={(e) => setQuery(e.target.value)}
                placeholder={t('Gõ tên thủ tục, ví dụ “khai sinh”', 'Type a procedure, e.g. “birth”')} aria-label={t('Tìm thủ tục', 'Find a procedure')} />
              <ul className="hits">
                {groups.flatMap((g) => g.hits).filter((h) => h.kind !== 'department').map((h) => {
                  const m = (h as { match: ServiceMatch }).match;
                  const key = m.procedure ? `p${m.procedure.id}` : `s${m.service.id}`;
                  return (
                    <li key={key}>
                      <button type="button" className="hit" onClick={() => { setChoice(m); setStart(null); }}>
                        <b>{t(m.procedure?.name ?? m.service.name)}</b><span>{t(m.department.name)}{m.procedure ? ` · ${m.procedure.code}` : ''}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </section>
        {choice && slots && (
          <section className="step">
            <h2>2. {t('Ngày', 'Day')}</h2>
            <div className="days">
              {(slots.days ?? []).map((d) => (
                <button type="button" key={d} className={d === day ? 'day on' : 'day'} aria-pressed={d === day} onClick={() => { setDate(d); setStart(null); }}>{dayLabel(d, lang)}</button>
              ))}
            </div>
            <h2>3. {t('Giờ', 'Time')}</h2>
            {slots.slots.length === 0 && <p className="hint">{t('Ngày này không còn khung giờ nào.', 'No time is left on this day.')}</p>}
            <div className="slots">
              {slots.slots.map((s) => (
                <button type="button" key={s.start} className={s.start === start ? 'slot on' : 'slot'} data-start={s.start} disabled={s.free === 0}
                  aria-pressed={s.start === start} onClick={() => setStart(s.start)}>
                  <b>{s.start}</b><span>{s.free === 0 ? t('hết chỗ', 'full') : t(`còn ${s.free}`, `${s.free} left`)}</span>
                </button>
              ))}
            </div>
          </section>
        )}
        {choice && start && (
          <form className="step" onSubmit={submit} {...validityMessages(t)}>
            <h2>4. {t('Thông tin liên hệ', 'Your details')}</h2>
            <label>{t('Số điện thoại di động', 'Mobile phone number')}
              <input name="phone" type="tel" inputMode="tel" autoComplete="tel" required value={phone} onChange={(e) => setPhone(e.target.value)} placeholder="09xx xxx xxx" />
            </label>
            <label>{t('Số định danh cá nhân (CCCD, 12 chữ số)', 'Citizen ID number (CCCD, 12 digits)')}
              <input name="idNumber" inputMode="numeric" required value={idNumber} onChange={(e) => setIdNumber(e.target.value)} placeholder="0xx xxx xxx xxx" />
            </label>
            <p className="privacy">{t('Số CCCD chỉ được lưu dưới dạng mã băm để kiểm tra giới hạn và xác nhận tại quầy; số điện thoại được xóa sau ngày hẹn.', 'Your ID number is kept only as a hash to check the limits and check you in; your phone number is erased after the appointment.')}</p>
            {error && <p className="error" role="alert" data-code={error.code}>{lang === 'en' ? error.message : error.messageVi ?? error.message}</p>}
            {atLimit && (kept.length > 0
              ? <KeptBookings bookings={kept} />
              : <p className="hint">{t('Lịch đặt trên máy khác: mở trang của lịch hẹn đó (đường liên kết hoặc mã QR) để hủy.', 'Booked on another phone: open that booking\'s page (its link or QR code) to cancel it.')}</p>)}
            <button type="submit" className="primary" disabled={sending}>{t(`Đặt lịch ${start} ${dayLabel(day, 'vi')}`, `Book ${start} on ${dayLabel(day, 'en')}`)}</button>
          </form>
        )}
        {error && !start && <p className="error" role="alert">{lang === 'en' ? error.message : error.messageVi ?? error.message}</p>}
      </main>
    </div>
  );
}

/** The live bookings made on this phone, each a link to its page (to show at the kiosk, or cancel). */
function KeptBookings({ bookings }: { bookings: Appointment[] }) {
  const { t, lang } = useLang();
  if (bookings.length === 0) return null;
  return (
    <section className="step kept" aria-labelledby="kept-title">
      <h2 id="kept-title">{t('Lịch hẹn đã đặt trên điện thoại này', 'Bookings made on this phone')}</h2>
      <ul className="hits">
        {bookings.map((b) => (
          <li key={b.code}>
            <a href={`/book/${b.code}${lang === 'en' ? '?lang=en' : ''}`}>
              <b>{b.start} {dayLabel(b.date, lang)}</b><span>{b.serviceName ? t(b.serviceName) : ''} · {b.code}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="hint">{t('Chạm vào lịch hẹn để xem mã QR hoặc hủy.', 'Tap a booking to see its QR code or cancel it.')}</p>
    </section>
  );
}

/** "T3 01/12" or "Tue 01/12". */
export function dayLabel(day: string, lang: 'vi' | 'en'): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = lang === 'en' ? d.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' }) : ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'][d.getUTCDay()];
  return `${weekday} ${day.slice(8, 10)}/${day.slice(5, 7)}`;
}
