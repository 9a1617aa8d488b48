// Countdowns: the idle reset (any touch starts it again) and the ticket screen's fixed time.
import { useEffect, useRef, useState } from 'react';

/**
 * Seconds left before `onExpire`, counting down while `seconds` is not null. A change of `seconds`
 * or of `restartKey` starts again; with `touchRestarts`, so does any touch or key on the page.
 */
export function useCountdown(seconds: number | null, onExpire: () => void, touchRestarts: boolean, restartKey: unknown = null): number | null {
  const [left, setLeft] = useState(seconds);
  // A new countdown starts full: set while rendering (not in the effect, which would render twice).
  const [started, setStarted] = useState({ seconds, restartKey });
  if (started.seconds !== seconds || started.restartKey !== restartKey) {
    setStarted({ seconds, restartKey });
    setLeft(seconds);
  }
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });

  useEffect(() => {
    if (seconds === null) return;
    let deadline = Date.now() + seconds * 1000;
    const tick = setInterval(() => {
      const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        clearInterval(tick);
        expire.current();
      }
    }, 250);
    const restart = () => {
      deadline = Date.now() + seconds * 1000;
      setLeft(seconds);
    };
    if (touchRestarts) {
      window.addEventListener('pointerdown', restart);
      window.addEventListener('keydown', restart);
    }
    return () => {
      clearInterval(tick);
      window.removeEventListener('pointerdown', restart);
      window.removeEventListener('keydown', restart);
    };
  }, [seconds, touchRestarts, restartKey]);
  return left;
}
