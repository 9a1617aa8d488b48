// Top of the screen: the center's name (and the zone's department), today's date and the time,
// both from the server's clock in the center's time zone, and the "reconnecting" mark when needed.
import type { CatalogDepartment, CenterInfo } from '@motcua/protocol';
import { useEffect, useMemo, useState } from 'react';
import type { ServerClock } from '../clock.ts';
import { ReconnectingMark } from './Notices.tsx';

export interface HeaderProps {
  center: CenterInfo;
  zone: CatalogDepartment | null;
  clock: ServerClock;
  /** Shows the small "reconnecting" mark between the name and the clock. */
  reconnecting: boolean;
}

export function Header({ center, zone, clock, reconnecting }: HeaderProps) {
  return (
    <header className="header">
      <div className="header-names">
        <div className="center-name" lang="vi">{center.name.vi}</div>
        {zone
          ? <div className="zone-name"><span lang="vi">{zone.name.vi}</span> <span className="en" lang="en">{zone.name.en}</span></div>
          : <div className="center-name-en en" lang="en">{center.name.en}</div>}
      </div>
      {reconnecting ? <ReconnectingMark /> : null}
      <Clock clock={clock} timeZone={center.timeZone} />
    </header>
  );
}

function Clock({ clock, timeZone }: { clock: ServerClock; timeZone: string }) {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock.now()), 1_000);
    return () => clearInterval(timer);
  }, [clock]);
  const formats = useMemo(() => ({
    time: new Intl.DateTimeFormat('vi-VN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    date: new Intl.DateTimeFormat('vi-VN', { timeZone, weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' }),
  }), [timeZone]);
  return (
    <div className="clock">
      <div className="clock-time" data-testid="clock">{formats.time.format(now)}</div>
      <div className="clock-date">{formats.date.format(now)}</div>
    </div>
  );
}
