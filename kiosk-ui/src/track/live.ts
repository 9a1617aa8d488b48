// The phone page's live view of one ticket: fetched from /api/tickets/track/:code, fetched again
// whenever the public stream shows a change that may concern it (a call or a new waiting count in
// its department, a counter of its department opening, pausing, resuming or closing, any change at
// the counter that called it) and on every reconnect.
import type { Call, CounterChanged, TrackView } from '@motcua/protocol';
import { ApiError, call as callRoute } from '@motcua/protocol/client';
import { useLiveQueue } from '@motcua/ui-kit';
import { useEffect, useRef, useState } from 'react';

export type TrackProblem = 'unknown_ticket' | 'unreachable' | null;

export interface TrackState {
  view: TrackView | null;
  problem: TrackProblem;
  connected: boolean;
  updatedAt: Date | null;
}

/** `onCalled` (a stable function) fires when the ticket becomes called, and on each recall of it. */
export function useTrackedTicket(trackCode: string, onCalled: () => void): TrackState {
  const [state, setState] = useState<Omit<TrackState, 'connected'>>({ view: null, problem: null, updatedAt: null });
  /** The last view fetched, and a fetch of a fresh one (one at a time: one asked meanwhile follows). */
  const current = useRef<TrackView | null>(null);
  const load = useRef(() => {});

  useEffect(() => {
    let loading = false;
    let again = false;
    let stopped = false;
    const fetchView = async (): Promise<void> => {
      if (loading) {
        again = true;
        return;
      }
      loading = true;
      try {
        const view = await callRoute('GET /api/tickets/track/:trackCode', { params: { trackCode } });
        if (stopped) return;
        if (view.status === 'called' && current.current !== null && current.current.status !== 'called') onCalled();
        current.current = view;
        setState({ view, problem: null, updatedAt: new Date() });
      } catch (e) {
        if (!stopped) setState((s) => ({ ...s, problem: e instanceof ApiError && (e.status === 404 || e.status === 400) ? 'unknown_ticket' : 'unreachable' }));
      } finally {
        loading = false;
        if (again && !stopped) {
          again = false;
          void fetchView();
        }
      }
    };
    load.current = () => void fetchView();
    load.current();
    return () => {
      stopped = true;
    };
  }, [trackCode, onCalled]);

  const lastWaiting = useRef<number | undefined>(undefined);
  const live = useLiveQueue({
    on: {
      change: (queue) => {
        const waiting = current.current ? queue.waiting[current.current.departmentCode] : undefined;
        if (waiting === lastWaiting.current) return;
        lastWaiting.current = waiting;
        load.current();
      },
      call: (call: Call) => {
        const mine = current.current;
        if (mine !== null && mine.departmentCode !== call.departmentCode) return;
        if (call.recall && mine && call.number === mine.number) onCalled();
        load.current();
      },
      online: () => load.current(),
    },
  });
  // Serving, finishing, parking or transferring it shows only as a change of its counter; a counter
  // of its department pausing or closing changes its wait, one opening ends "no counter open yet"
  // (the department's other counters changing as they call and serve make no new look: a call does).
  useEffect(() => {
    const socket = live.socket;
    if (!socket) return;
    const onCounter = ({ counter }: CounterChanged) => {
      const mine = current.current;
      if (!mine) return;
      const staffing = mine.departmentId === counter.departmentId && mine.status === 'waiting' && (counter.state !== 'open' || mine.noOpenCounter === true);
      if (mine.counterNumber === counter.number || staffing) load.current();
    };
    socket.on('counter:changed', onCounter);
    return () => {
      socket.off('counter:changed', onCounter);
    };
  }, [live.socket]);

  return { ...state, connected: live.connection !== 'offline' };
}
