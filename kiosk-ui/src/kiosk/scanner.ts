// The kiosk's barcode scanner: a USB scanner is a keyboard ("keyboard wedge") that types what it
// read, very fast, and presses Enter. While `onScan` is set, printable keys typed into the page
// gather in a buffer and Enter hands it over; a pause of more than a second between keys starts
// the buffer anew (a person leaning on a real keyboard is not a scan). Enter alone presses the
// focused button, as on any page.
import { useEffect, useLayoutEffect, useRef } from 'react';

const GAP_MS = 1000;

export function useScanner(onScan: ((text: string) => void) | null): void {
  const latest = useRef(onScan);
  useLayoutEffect(() => {
    latest.current = onScan;
  });
  const active = onScan !== null;
  useEffect(() => {
    if (!active) return;
    let buffer = '';
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      const now = performance.now();
      if (now - last > GAP_MS) buffer = '';
      last = now;
      if (event.key === 'Enter') {
        const text = buffer.trim();
        buffer = '';
        // Enter with nothing scanned is a person's key: it presses the focused button.
        if (!text) return;
        latest.current?.(text);
      } else if (event.key.length === 1) buffer += event.key;
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
