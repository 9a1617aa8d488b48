// The kiosk by keypad or keyboard alone: the arrow keys move the focus from button to button in
// reading order (from nothing focused: to the screen's first choice), Enter presses the focused
// one, Tab and Shift+Tab work as on any page. On a numeric keypad with Num Lock on, 2 and 6 move
// forward, 8 and 4 back (as its arrows do with Num Lock off), Enter presses; a barcode scanner
// types the digit row, never these keys. After a key, each new screen puts the focus on its
// first choice (a department, a service, "No", "Done"); after a touch it focuses nothing.
import { useEffect, useRef, type RefObject } from 'react';

/** What a new screen focuses first, in this order of preference. */
const FIRST = ['.department-tile', '.service-tile', '.priority-none', '.done', '.actions .primary', 'button:not(:disabled)'];
const NEXT = new Set(['ArrowDown', 'ArrowRight', 'Numpad2', 'Numpad6']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft', 'Numpad8', 'Numpad4']);

function focusFirst(root: HTMLElement): void {
  const main = root.querySelector('main');
  const first = FIRST.map((selector) => main?.querySelector<HTMLElement>(selector)).find(Boolean);
  first?.focus();
}

export function useKeyNavigation(root: RefObject<HTMLElement | null>, screen: string): void {
  const byKeys = useRef(false);

  useEffect(() => {
    if (byKeys.current && root.current) focusFirst(root.current);
  }, [root, screen]);

  useEffect(() => {
    const onPointer = () => { byKeys.current = false; };
    const onKey = (event: KeyboardEvent) => {
      byKeys.current = true;
      const key = event.code.startsWith('Numpad') ? event.code : event.key;
      const step = NEXT.has(key) ? 1 : PREVIOUS.has(key) ? -1 : 0;
      if (step === 0 || !root.current || event.target instanceof HTMLInputElement) return;
      event.preventDefault();
      const buttons = [...root.current.querySelectorAll<HTMLElement>('button:not(:disabled)')];
      const at = buttons.indexOf(document.activeElement as HTMLElement);
      if (at === -1) return focusFirst(root.current);
      const next = buttons[(at + step + buttons.length) % buttons.length]!;
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [root]);
}
