// A list taller than its room says so: while some of it is out of view below, a shadow and a
// large "more below" button sit at its foot (one tap scrolls most of a screen further); while
// some is out of view above, a shadow sits at its top. A finger's swipe scrolls it as well.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLang } from '@motcua/ui-kit';
import { DownIcon } from './icons.tsx';

interface ScrollCueProps {
  /** The class of the scrolling list. */
  className: string;
  /** What the button says is below (both languages). */
  more: { vi: string; en: string };
  children: ReactNode;
}

export function ScrollCue({ className, more, children }: ScrollCueProps) {
  const { t } = useLang();
  const list = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState({ above: false, below: false });

  const measure = useCallback(() => {
    const element = list.current;
    if (!element) return;
    const above = element.scrollTop > 1;
    const below = element.scrollTop + element.clientHeight < element.scrollHeight - 1;
    setHidden((now) => (now.above === above && now.below === below ? now : { above, below }));
  }, []);

  // The list's content changes (counts, waits, a department added) and so does its room (large text).
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    for (const child of element.children) resized.observe(child);
    const changed = new MutationObserver(() => {
      for (const child of element.children) resized.observe(child);
      measure();
    });
    changed.observe(element, { childList: true });
    measure();
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, [measure]);

  const scrollOn = () => list.current?.scrollBy({ top: list.current.clientHeight * 0.8, behavior: 'smooth' });

  return (
    <div className="scroll-cue" data-above={hidden.above} data-below={hidden.below}>
      <div ref={list} className={className} onScroll={measure}>{children}</div>
      {hidden.below && (
        <button type="button" className="more-below" onClick={scrollOn}>
          <DownIcon />{t(more)}
        </button>
      )}
    </div>
  );
}
