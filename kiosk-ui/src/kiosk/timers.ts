// Countdowns: the idle reset (any touch starts it again) and the ticket screen's fixed time.
import { useEffect, useRef, useState } from 'react';

/** The seconds left, tagged with the countdown they belong to. */
interface Left { seconds: number; restartKey: unknown; left: number }

/**
 * Seconds left before `onExpire`, counting down while `seconds` is not null. A change of `seconds`
 * or of `restartKey` starts again; with `touchRestarts`, so does any touch or key on the page.
 *
 * What a tick writes carries the countdown it belongs to, and only the running countdown's is
 * shown: a tick of the one just ended (such as the ticket's, when "Xong" ends it) can land after
 * the change, and must not put its number back on the next screen.
 */
export function useCountdown(seconds: number | null, onExpire: () => void, touchRestarts: boolean, restartKey: unknown = null): number | null {
  const [ticked, setTicked] = useState<Left | null>(null);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });

  useEffect(() => {
    if (seconds === null) return;
    const show = (left: number) => setTicked((now) => (now?.seconds === seconds && now.restartKey === restartKey && now.left === left ? now : { seconds, restartKey, left }));
    let deadline = Date.now() + seconds * 1000;
    const tick = setInterval(() => {
      const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      show(remaining);
      if (remaining === 0) {
        clearInterval(tick);
        expire.current();
      }
    }, 250);
    const restart = () => {
      deadline = Date.now() + seconds * 1000;
      show(seconds);
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

  if (seconds === null) return null;
  // A new countdown shows its full time until its first tick.
  return ticked?.seconds === seconds && ticked.restartKey === restartKey ? ticked.left : seconds;
}
