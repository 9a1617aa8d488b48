// The notice line an administrator sets (center.notice), scrolling right to left without end:
// Vietnamese, then English. The text is laid out twice so the loop has no jump. Each text is
// isolated (bdi): a right-to-left mark typed into the notice cannot turn the line around.
import type { LocalizedText } from '@motcua/protocol';
import { useLayoutEffect, useRef, useState } from 'react';

/** Scrolling speed in CSS pixels per second: slow enough to read from across the hall. */
const SPEED = 110;

export function Ticker({ notice }: { notice: LocalizedText }) {
  const first = useRef<HTMLSpanElement>(null);
  const [seconds, setSeconds] = useState(60);
  const parts = (['vi', 'en'] as const).filter((lang) => notice[lang].trim() !== '');
  useLayoutEffect(() => {
    const width = first.current?.getBoundingClientRect().width ?? 0;
    if (width > 0) setSeconds(width / SPEED);
  }, [notice.vi, notice.en]);
  if (parts.length === 0) return null;
  const copy = (hidden: boolean) => (
    <span ref={hidden ? undefined : first} className="ticker-copy" aria-hidden={hidden || undefined}>
      {parts.map((lang) => <span key={lang} lang={lang} className={`ticker-${lang}`}><bdi>{notice[lang]}</bdi></span>)}
    </span>
  );
  return (
    <footer className="ticker" data-testid="notice">
      <div className="ticker-track" style={{ animationDuration: `${seconds}s` }}>{copy(false)}{copy(true)}</div>
    </footer>
  );
}
