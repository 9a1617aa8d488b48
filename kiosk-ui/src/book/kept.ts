// The bookings made on this phone, kept by their codes in the browser's storage (a code is no
// personal data), so that /book shows them again: a citizen at the booking limit finds the one to
// cancel there instead of a dead end. The server says what each still is; only live ones are shown.
import type { Appointment } from '@motcua/protocol';
import { ApiError, call } from '@motcua/protocol/client';
import { useEffect, useState } from 'react';

const KEY = 'motcua.bookings';
/** Codes kept at most, the newest first. */
const KEPT = 5;

function keptCodes(): string[] {
  try {
    const codes: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(codes) ? codes.filter((c): c is string => typeof c === 'string').slice(0, KEPT) : [];
  } catch {
    return [];
  }
}

function keepCodes(codes: string[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(codes.slice(0, KEPT)));
  } catch {
    // storage off (private browsing): the page works, it only forgets
  }
}

/** A booking's page remembers a live booking and forgets one that is over. */
export function keepBooking(booking: Appointment): void {
  const others = keptCodes().filter((c) => c !== booking.code);
  keepCodes(booking.status === 'booked' ? [booking.code, ...others] : others);
}

/** The live bookings made on this phone, as the server has them now (those over are forgotten). */
export function useKeptBookings(): Appointment[] {
  const [live, setLive] = useState<Appointment[]>([]);
  useEffect(() => {
    let stopped = false;
    const codes = keptCodes();
    // a code the server no longer knows (its data erased) is over too; one not heard of (no network) is kept
    const ask = (code: string) => call('GET /api/appointments/:code', { params: { code } })
      .then((booking) => ({ code, booking, over: booking.status !== 'booked' }), (e: unknown) => ({ code, booking: null, over: e instanceof ApiError && e.status === 404 }));
    void Promise.all(codes.map(ask)).then((answers) => {
      if (stopped) return;
      keepCodes(answers.filter((a) => !a.over).map((a) => a.code));
      setLive(answers.flatMap((a) => (a.booking && !a.over ? [a.booking] : [])));
    });
    return () => { stopped = true; };
  }, []);
  return live;
}
