// Clock helpers: whole minutes between two moments, durations in words, and a ticking "now".
import { useEffect, useState } from 'react';
import type { LangValue } from '../shared/index.ts';

export function minutesSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
}

/** "6 phút 10 giây" / "6 min 10 s"; "–" when unknown. */
export function duration(seconds: number | null, t: LangValue['t']): string {
  if (seconds === null) return '–';
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m > 0 ? t(`${m} phút ${s % 60} giây`, `${m} min ${s % 60} s`) : t(`${s} giây`, `${s} s`);
}

/** The current time, re-read every `everyMs`. */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
