// Collecting a result: scan the QR code of the receipt (the scanner types it, then Enter) or type
// the dossier code; and, when no return ticket comes, why, in Vietnamese and English at once (the
// due date of a result not ready yet), with the ways on: a ticket to ask at the counter, scan or
// type again, or back to the start.
import type { ApiError } from '@motcua/protocol/client';
import { useLang } from '@motcua/ui-kit';
import type { ReactNode } from 'react';
import { ScreenHead } from './Frame.tsx';
import { WarningIcon } from './icons.tsx';
import { Keyboard } from './Keyboard.tsx';

/** What a code entry screen (a receipt, a booking) says, and how it shows what was typed. */
export interface CodeEntryText {
  className?: string;
  title: { vi: string; en: string };
  scan: { vi: string; en: string };
  or: { vi: string; en: string };
  label: { vi: string; en: string };
  placeholder: string;
  check: { vi: string; en: string };
  shown?: (code: string) => string;
}

export interface CodeEntryProps {
  code: string;
  onCode(code: string): void;
  onCheck(): void;
  onBack(): void;
}

/** A code scanned (the scanner types it, then Enter) or typed on the on-screen keyboard, then checked. */
export function CodeEntryScreen({ text, code, onCode, onCheck, onBack }: CodeEntryProps & { text: CodeEntryText }) {
  const { t } = useLang();
  return (
    <div className={`collect-screen${text.className ? ` ${text.className}` : ''}`}>
      <ScreenHead title={t(text.title)} onBack={onBack} />
      <div className="scan-hint">
        <span className="scan-icon" aria-hidden="true">▣</span>
        <p>{t(text.scan)}</p>
      </div>
      <p className="or">{t(text.or)}</p>
      <div className="search-field code-field" role="textbox" aria-label={t(text.label)}>
        {code ? <span className="query">{text.shown ? text.shown(code) : code}</span> : <span className="placeholder">{text.placeholder}</span>}
        <span className="caret" />
      </div>
      <button type="button" className="check" disabled={code.trim() === ''} onClick={onCheck}>{t(text.check)}</button>
      <Keyboard value={code} onChange={onCode} />
    </div>
  );
}

const COLLECT: CodeEntryText = {
  title: { vi: 'Nhận kết quả', en: 'Collect a result' },
  scan: { vi: 'Đưa mã QR trên giấy biên nhận hồ sơ vào máy quét', en: 'Hold the QR code of your receipt under the scanner' },
  or: { vi: 'hoặc nhập mã hồ sơ in trên giấy biên nhận', en: 'or type the dossier code printed on the receipt' },
  label: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  placeholder: '000.00.12.H59-260105-0001',
  check: { vi: 'Kiểm tra hồ sơ', en: 'Check the dossier' },
};

export function CollectScreen(props: CodeEntryProps) {
  return <CodeEntryScreen text={COLLECT} {...props} />;
}

/** "03/02/2026" and "3 February 2026" of a YYYY-MM-DD date. */
function dueDateText(day: string): { vi: string; en: string } {
  const date = new Date(`${day}T00:00:00Z`);
  const vi = date.toLocaleDateString('vi-VN', { timeZone: 'UTC', weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' });
  const en = date.toLocaleDateString('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return { vi, en };
}

const TITLES: Record<string, { vi: string; en: string }> = {
  result_not_ready: { vi: 'Hồ sơ chưa có kết quả', en: 'Your result is not ready yet' },
  dossier_not_found: { vi: 'Không tìm thấy hồ sơ', en: 'Dossier not found' },
  bad_dossier_code: { vi: 'Không đọc được mã hồ sơ', en: 'This is not a dossier code' },
  result_already_returned: { vi: 'Kết quả đã được trả', en: 'The result was already collected' },
  dossier_rejected: { vi: 'Hồ sơ không được giải quyết', en: 'The dossier was not accepted' },
  dossier_system_unavailable: { vi: 'Hiện chưa kiểm tra được hồ sơ', en: 'We cannot check your dossier now' },
};

/** Whether a refusal of a return ticket is about the dossier (shown by CollectRefusal) rather than the kiosk. */
export function isDossierRefusal(error: ApiError): boolean {
  return error.code in TITLES;
}

/**
 * A refusal in Vietnamese and English at once: its title, then when (a due date, a time to come
 * back) or else why (`why`, or the server's words), and the ways on (`children`: the buttons), the
 * last of them always "Về màn hình chính / Home".
 */
export function RefusalNotice({ error, title, className, when, why, onHome, children }: {
  error: ApiError; title: { vi: string; en: string }; className: string; when: ReactNode;
  why?: { vi: string; en: string } | undefined; onHome(): void; children: ReactNode;
}) {
  const { t } = useLang();
  return (
    <div className={`notice-screen collect-refusal ${className}`} role="alert" data-code={error.code}>
      <WarningIcon />
      <h1>{title.vi}</h1>
      <p className="en" lang="en">{title.en}</p>
      {when ? <div className="due">{when}</div> : (
        <div className="why">
          <p>{why?.vi ?? error.messageVi ?? error.message}</p>
          <p lang="en">{why?.en ?? error.message}</p>
        </div>
      )}
      <div className="actions">
        {children}
        <button type="button" onClick={onHome}>{t('Về màn hình chính', 'Back to start')}</button>
      </div>
    </div>
  );
}

/**
 * Why, in the kiosk's words where the server's would not match this screen: a code that is not a
 * dossier code points to the button below and to where the code is on the receipt.
 */
const WHY: Record<string, { vi: string; en: string }> = {
  bad_dossier_code: {
    vi: 'Mã hồ sơ in trên giấy biên nhận, ngay dưới mã QR, có dạng 000.00.12.H59-260105-0001. Bấm “Quét hoặc nhập lại” để quét lại mã QR hoặc nhập lại mã hồ sơ.',
    en: 'The dossier code is printed on your receipt, under its QR code, and looks like 000.00.12.H59-260105-0001. Press “Scan or type again” to scan the QR code or type the code again.',
  },
};

interface RefusalProps {
  error: ApiError;
  onAsk(): void;
  onAgain(): void;
  onHome(): void;
}

export function CollectRefusal({ error, onAsk, onAgain, onHome }: RefusalProps) {
  const { t } = useLang();
  const due = error.dueDate ? dueDateText(error.dueDate) : null;
  const when = due && (
    <>
      <p>Ngày hẹn trả kết quả: <b data-testid="due-vi">{due.vi}</b></p>
      <p lang="en">Expected on: <b data-testid="due-en">{due.en}</b></p>
    </>
  );
  return (
    <RefusalNotice error={error} title={TITLES[error.code]!} className="dossier-refusal" when={when} why={WHY[error.code]} onHome={onHome}>
      <button type="button" className="primary" onClick={onAsk}>{t('Lấy số để hỏi tại quầy', 'Take a ticket to ask at the counter')}</button>
      <button type="button" onClick={onAgain}>{t('Quét hoặc nhập lại', 'Scan or type again')}</button>
    </RefusalNotice>
  );
}
