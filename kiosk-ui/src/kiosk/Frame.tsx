// The frame of every kiosk screen: the center's name and the language switch on top, then the
// help row (large text, call staff), a "reconnecting" band while the server is away, the screen,
// and the idle countdown (with "I need more time") or the notice. Large text is a class on <html>,
// whose font size every size of the kiosk follows.
import type { CenterInfo } from '@motcua/protocol';
import { useEffect, useRef, type ReactNode } from 'react';
import { LangSwitch, useLang, type Connection } from '@motcua/ui-kit';
import { MoreTime } from './Assist.tsx';
import { BackIcon } from './icons.tsx';
import { useKeyNavigation } from './keys.ts';

interface FrameProps {
  screen: string;
  center: CenterInfo | undefined;
  connection: Connection;
  /** Seconds before the kiosk goes back to the start, when counting. */
  countdown: number | null;
  /** Large, high-contrast text. */
  large: boolean;
  /** The help row (absent while connecting). */
  assist: ReactNode;
  onMoreTime(): void;
  children: ReactNode;
}

/** The countdown offers more time from this many seconds left. */
const SOON = 10;

export function Frame({ screen, center, connection, countdown, large, assist, onMoreTime, children }: FrameProps) {
  const { lang, t } = useLang();
  const root = useRef<HTMLDivElement>(null);
  useKeyNavigation(root, screen);
  useEffect(() => {
    document.documentElement.classList.toggle('large', large);
  }, [large]);
  const soon = countdown !== null && countdown <= SOON;
  return (
    <div ref={root} className={large ? 'kiosk contrast' : 'kiosk'} data-screen={screen} data-large={large} lang={lang}>
      <header className="bar">
        <div className="center-name">{center ? t(center.name) : t('Lấy số thứ tự', 'Take a number')}</div>
        <LangSwitch />
      </header>
      {assist}
      {connection === 'offline' && (
        <div className="band reconnecting" role="status">
          <span className="spinner" /> {t('Đang kết nối lại máy chủ…', 'Reconnecting to the server…')}
        </div>
      )}
      <main>{children}</main>
      <footer className={soon ? 'soon' : undefined}>
        {countdown !== null
          ? <span className="countdown" role="timer">{t(`Tự quay về trang đầu sau ${countdown} giây`, `Back to the start in ${countdown} s`)}</span>
          : center?.notice && <span className="notice">{t(center.notice)}</span>}
        {soon && <MoreTime onMore={onMoreTime} />}
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
