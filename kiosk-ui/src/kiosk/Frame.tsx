// The frame of every kiosk screen: the center's name and the language switch on top, a
// "reconnecting" band while the server is away, the screen, and the idle countdown or the notice.
import type { CenterInfo } from '@motcua/protocol';
import type { ReactNode } from 'react';
import { LangSwitch, useLang, type Connection } from '@motcua/ui-kit';
import { BackIcon } from './icons.tsx';

interface FrameProps {
  screen: string;
  center: CenterInfo | undefined;
  connection: Connection;
  /** Seconds before the kiosk goes back to the start, when counting. */
  countdown: number | null;
  children: ReactNode;
}

export function Frame({ screen, center, connection, countdown, children }: FrameProps) {
  const { lang, t } = useLang();
  return (
    <div className="kiosk" data-screen={screen} lang={lang}>
      <header className="bar">
        <div className="center-name">{center ? t(center.name) : t('Lấy số thứ tự', 'Take a number')}</div>
        <LangSwitch />
      </header>
      {connection === 'offline' && (
        <div className="band reconnecting" role="status">
          <span className="spinner" /> {t('Đang kết nối lại máy chủ…', 'Reconnecting to the server…')}
        </div>
      )}
      <main>{children}</main>
      <footer className={countdown !== null && countdown <= 10 ? 'soon' : undefined}>
        {countdown !== null
          ? <span className="countdown" role="timer">{t(`Tự quay về trang đầu sau ${countdown} giây`, `Back to the start in ${countdown} s`)}</span>
          : center?.notice && <span className="notice">{t(center.notice)}</span>}
      </footer>
    </div>
  );
}

/** The title row of an inner screen: a large back button and the title. */
export function ScreenHead({ title, onBack }: { title: string; onBack(): void }) {
  const { t } = useLang();
  return (
    <div className="screen-head">
      <button type="button" className="back" onClick={onBack}><BackIcon />{t('Quay lại', 'Back')}</button>
      <h1>{title}</h1>
    </div>
  );
}
