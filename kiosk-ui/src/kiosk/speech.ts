// The kiosk reads the ticket number aloud from the displays' recorded clips (/audio/, chosen by the
// server in the center's dialect): in Vietnamese, then in English when the citizen chose English.
// One clip after another through one audio element, on the kiosk's speaker or headphones; a new
// reading stops the one playing. The clips started are kept in window.__motcuaKioskSpoken (tests).
import type { Lang } from '@motcua/protocol';
import { call } from '@motcua/protocol/client';

declare global {
  interface Window { __motcuaKioskSpoken?: string[] }
}

/** A clip lasts about a second; one that has not ended after this is skipped (a stalled output). */
const CLIP_WATCHDOG_MS = 8_000;

let turn = 0;
let audio: HTMLAudioElement | null = null;

function play(element: HTMLAudioElement, clip: string): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(watchdog);
      resolve();
    };
    const watchdog = setTimeout(done, CLIP_WATCHDOG_MS);
    element.onended = done;
    element.onerror = done;
    element.src = `/audio/${clip}`;
    (window.__motcuaKioskSpoken ??= []).push(clip);
    element.play().catch(done);
  });
}

export async function readTicketNumber(number: string, lang: Lang): Promise<void> {
  const mine = ++turn;
  audio?.pause();
  audio ??= new Audio();
  const reading = await call('GET /api/announcements/ticket', { query: { number } }).catch(() => null);
  if (!reading) return;
  const clips = lang === 'en' ? [...reading.vi.clips, ...(reading.en?.clips ?? [])] : reading.vi.clips;
  for (const clip of clips) {
    if (mine !== turn) return;
    await play(audio, clip);
  }
}

/** Stops a reading (the kiosk went back to the start). */
export function stopReading(): void {
  turn += 1;
  audio?.pause();
}
