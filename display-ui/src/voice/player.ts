// Plays announcement clips through one HTMLAudioElement, one at a time, and records each clip that
// actually started in `window.__motcuaAudioLog` (the hook browser tests read).
import type { Call } from '@motcua/protocol';
import { call as callRoute } from '@motcua/protocol/client';
import { SoundBlockedError, type ClipPlayer } from './announcer.ts';

declare global {
  interface Window { __motcuaAudioLog?: string[] }
}

/** Where the server serves the clips. */
export const AUDIO_BASE = '/audio/';
/** A clip lasts about a second; one that has not ended after this is given up (a stalled output). */
const CLIP_WATCHDOG_MS = 10_000;
/** The log keeps the latest entries only: a display runs for weeks. */
const LOG_LIMIT = 2_000;

function logStarted(clip: string): void {
  const log = (window.__motcuaAudioLog ??= []);
  log.push(clip);
  if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
}

/**
 * Each clip is fetched once and kept in memory as a blob URL (all of them together are about
 * 320 KB): queued announcements play whole while the server restarts, with no network wait
 * between words. A clip that could not be fetched is tried again next time.
 */
function clipCache(): (clip: string) => Promise<string> {
  const urls = new Map<string, Promise<string>>();
  return (clip) => {
    let url = urls.get(clip);
    if (!url) {
      url = fetch(AUDIO_BASE + clip)
        .then((response) => {
          if (!response.ok) throw new Error(`${clip}: ${response.status}`);
          return response.blob();
        })
        .then((blob) => URL.createObjectURL(blob));
      url.catch(() => urls.delete(clip));
      urls.set(clip, url);
    }
    return url;
  };
}

export function htmlAudioPlayer(audio: HTMLAudioElement = new Audio()): ClipPlayer {
  audio.preload = 'auto';
  const load = clipCache();
  return {
    preload(clips) {
      clips.forEach((clip) => void load(clip).catch(() => undefined));
    },
    async play(clip) {
      // If the fetch failed, the element tries the address itself (and fails, or not, on its own).
      const src = await load(clip).catch(() => AUDIO_BASE + clip);
      return new Promise<void>((resolve, reject) => {
        const settle = (error?: Error) => {
          clearTimeout(watchdog);
          audio.removeEventListener('ended', done);
          audio.removeEventListener('error', done);
          if (error) reject(error);
          else resolve();
        };
        const done = () => settle();
        const watchdog = setTimeout(done, CLIP_WATCHDOG_MS);
        audio.addEventListener('ended', done);
        audio.addEventListener('error', done);
        audio.src = src;
        audio.play().then(() => logStarted(clip), (error: unknown) => {
          const blocked = error instanceof DOMException && error.name === 'NotAllowedError';
          settle(blocked ? new SoundBlockedError() : undefined);
        });
      });
    },
  };
}

/** A call's clips: Vietnamese then English, from the call itself or, if it has none, the preview API. */
export async function clipsOf(call: Call): Promise<string[]> {
  const announcement = call.announcement
    ?? await callRoute('GET /api/announcements/preview', { query: { number: call.number, counter: call.counterNumber } });
  return [...announcement.vi.clips, ...(announcement.en?.clips ?? [])];
}
