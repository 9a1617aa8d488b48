// The screens between choices: waiting for the number, a refusal with what to do next, the setup
// message of a kiosk without a device key, and the first connection.
import type { ApiError } from '@motcua/protocol/client';
import { useLang } from '@motcua/ui-kit';
import { isTransient, problemText } from './issue.ts';
import { WarningIcon } from './icons.tsx';

export function IssuingScreen({ retrying }: { retrying: boolean }) {
  const { t } = useLang();
  return (
    <div className="notice-screen issuing" role="status">
      <span className="spinner big" />
      <h1>{t('Đang lấy số…', 'Getting your number…')}</h1>
      {retrying && (
        <p className="retrying">
          {t('Mạng đang gián đoạn, máy đang thử lại. Vui lòng chờ, không cần bấm lại.', 'The connection dropped; the kiosk is trying again. Please wait, no need to tap again.')}
        </p>
      )}
    </div>
  );
}

export function ProblemScreen({ error, onRetry, onHome }: { error: ApiError; onRetry(): void; onHome(): void }) {
  const texts = useLang();
  const { title, advice } = problemText(error, texts);
  return (
    <div className="notice-screen problem" role="alert" data-code={error.code}>
      <WarningIcon />
      <h1>{title}</h1>
      <p>{advice}</p>
      <div className="actions">
        {(isTransient(error) || error.status === 429) && <button type="button" className="primary" onClick={onRetry}>{texts.t('Thử lại', 'Try again')}</button>}
        <button type="button" onClick={onHome}>{texts.t('Về trang đầu', 'Back to the start')}</button>
      </div>
    </div>
  );
}

export function ConnectingScreen() {
  const { t } = useLang();
  return (
    <div className="notice-screen" role="status">
      <span className="spinner big" />
      <h1>{t('Đang kết nối máy chủ…', 'Connecting to the server…')}</h1>
      <p>{t('Nếu chờ quá lâu, vui lòng báo nhân viên hướng dẫn.', 'If this takes long, please tell the staff at the desk.')}</p>
    </div>
  );
}

/** No device key, or the server refused it: both languages at once, for the installer. */
export function SetupScreen({ refused }: { refused: boolean }) {
  return (
    <div className="kiosk" data-screen="setup">
      <div className="notice-screen setup" role="alert">
        <WarningIcon />
        <h1>{refused ? 'Mã thiết bị không hợp lệ' : 'Máy lấy số chưa được cài đặt'}</h1>
        <p>
          {refused ? 'Máy chủ không chấp nhận mã thiết bị của máy này (sai hoặc đã bị thu hồi).' : 'Máy này chưa có mã thiết bị.'}
          {' '}Mở trang <code>/kiosk?key=&lt;mã thiết bị&gt;</code> với mã do quản trị viên cấp.
        </p>
        <h2>{refused ? 'Device key refused' : 'This kiosk is not set up'}</h2>
        <p lang="en">
          {refused ? 'The server does not accept this kiosk\u2019s device key (wrong or revoked).' : 'This kiosk has no device key.'}
          {' '}Open <code>/kiosk?key=&lt;device key&gt;</code> with the key an administrator issued.
        </p>
      </div>
    </div>
  );
}
