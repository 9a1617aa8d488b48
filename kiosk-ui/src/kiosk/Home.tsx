// Home: the search box, "collect a result" (or scan the receipt right here), and the departments
// with how many people wait for each and about how long (with a cue to tap while some are out of
// view below); before anyone taps, a printer that cannot print says so (the ticket is then shown
// on screen with its QR code for the phone).
import type { CatalogDepartment, CenterInfo, DepartmentWait, KioskPrinterState, WaitingCounts } from '@motcua/protocol';
import { useLang } from '@motcua/ui-kit';
import { NextIcon, SearchIcon } from './icons.tsx';
import { Phrases } from './Phrases.tsx';
import { ScrollCue } from './ScrollCue.tsx';

interface HomeProps {
  center: CenterInfo | undefined;
  printer: KioskPrinterState | null;
  departments: CatalogDepartment[];
  waiting: WaitingCounts;
  /** What a ticket taken now would wait, per department code. */
  waits: Record<string, DepartmentWait>;
  onSearch(): void;
  onCollect(): void;
  onAppointment(): void;
  onDepartment(department: CatalogDepartment): void;
}

export function Home({ center, printer, departments, waiting, waits, onSearch, onCollect, onAppointment, onDepartment }: HomeProps) {
  const { t } = useLang();
  if (center?.issuingOpen === false) return <Closed center={center} />;
  return (
    <div className="home">
      {printer && printer.state !== 'ready' && <PrinterNotice state={printer.state} />}
      <h1 className="prompt">{t('Mời chọn cơ quan', 'Please choose a department')}</h1>
      <div className="home-actions">
        <button type="button" className="search-button" onClick={onSearch}>
          <SearchIcon /><span><Phrases text={t('Tìm thủ tục / dịch vụ', 'Find a procedure / service')} /></span>
        </button>
        <button type="button" className="collect-button" onClick={onCollect}>
          <span className="collect-title">{t('Nhận kết quả', 'Collect a result')}</span>
          <span className="collect-sub">{t('Quét mã QR trên giấy biên nhận', 'Scan the QR code on your receipt')}</span>
        </button>
        <button type="button" className="appointment-button" onClick={onAppointment}>
          <span className="collect-title">{t('Tôi có lịch hẹn', 'I have an appointment')}</span>
          <span className="collect-sub">{t('Quét mã QR lịch hẹn đặt trên điện thoại', 'Scan the QR code of your booking')}</span>
        </button>
      </div>
      <ScrollCue className="departments" more={MORE_DEPARTMENTS}>
        {departments.map((d) => {
          const count = waiting[d.code] ?? 0;
          return (
            <button type="button" key={d.id} className="department-tile" data-code={d.code} onClick={() => onDepartment(d)}>
              <span className="name">{t(d.name)}</span>
              <span className="queue">
                <span className="waiting" data-testid="waiting">
                  {count === 0 ? t('Không có người chờ', 'No one waiting') : <><b>{count}</b> {t('người đang chờ', count === 1 ? 'person waiting' : 'people waiting')}</>}
                </span>
                <WaitAbout wait={waits[d.code]} />
              </span>
              <NextIcon />
            </button>
          );
        })}
      </ScrollCue>
    </div>
  );
}

const MORE_DEPARTMENTS = { vi: 'Xem thêm cơ quan bên dưới', en: 'More departments below' };

/** "Chờ khoảng 5–12 phút": the forecast for a ticket taken now, over the department's services. */
function WaitAbout({ wait }: { wait: DepartmentWait | undefined }) {
  const { t } = useLang();
  if (wait?.low === undefined || wait.high === undefined || wait.high < 1) return null;
  const span = wait.low === wait.high ? String(wait.high) : `${wait.low}–${wait.high}`;
  return <span className="eta" data-testid="eta">{t(`Chờ khoảng ${span} phút`, `About ${span} min wait`)}</span>;
}

const PRINTER_TROUBLE = {
  paper_out: { vi: 'Máy in đã hết giấy', en: 'The printer is out of paper' },
  cover_open: { vi: 'Nắp máy in đang mở', en: 'The printer\'s cover is open' },
  offline: { vi: 'Máy in đang tạm ngừng', en: 'The printer is not working' },
  none: { vi: 'Máy này không in phiếu', en: 'This kiosk prints no tickets' },
};

/** The printer cannot print: the ticket comes on screen, with a QR code to follow it by phone. */
function PrinterNotice({ state }: { state: keyof typeof PRINTER_TROUBLE }) {
  const { t } = useLang();
  return (
    <div className="printer-notice" role="status" data-state={state}>
      <strong>{t(PRINTER_TROUBLE[state])}</strong>
      <span>{t('Bạn vẫn lấy số được: số sẽ hiện trên màn hình, kèm mã QR để theo dõi bằng điện thoại.', 'You can still take a number: it shows on screen, with a QR code to follow it on your phone.')}</span>
    </div>
  );
}

/** Outside the center's business hours: when to come back, instead of choices that cannot work. */
function Closed({ center }: { center: CenterInfo }) {
  const { lang, t } = useLang();
  const when = center.opensAt
    ? new Date(center.opensAt).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { timeZone: center.timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit' })
    : null;
  return (
    <div className="notice-screen closed" role="status">
      <h1>{t('Đã hết giờ lấy số', 'Ticket issuing is closed')}</h1>
      <p className="when">{when ? t(`Mời quay lại lúc ${when}`, `Please come back at ${when}`) : t('Hôm nay không phát số.', 'No tickets are issued today.')}</p>
    </div>
  );
}
