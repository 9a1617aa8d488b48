// The phone page's live view of one ticket: fetched from /api/tickets/track/:code, fetched again
// whenever the public stream shows a change that may concern it (a call or a new waiting count in
// its department, any change at the counter that called it) and on every reconnect.
import type { Call, TrackView } from '@motcua/protocol';
import { apiRequest, ApiError, followQueue } from '@motcua/protocol/client';
import { useEffect, useState } from 'react';
import { openSocket } from '../shared/socket.ts';

export type TrackProblem = 'unknown_ticket' | 'unreachable' | null;

export interface TrackState {
  view: TrackView | null;
  problem: TrackProblem;
  connected: boolean;
  updatedAt: Date | null;
}

/** `onCalled` (a stable function) fires when the ticket becomes called, and on each recall of it. */
export function useTrackedTicket(trackCode: string, onCalled: () => void): TrackState {
  const [state, setState] = useState<TrackState>({ view: null, problem: null, connected: true, updatedAt: null });

  useEffect(() => {
    let current: TrackView | null = null;
    let loading = false;
    let again = false;
    let stopped = false;
    const load = async (): Promise<void> => {
      if (loading) {
        again = true;
        return;
      }
      loading = true;
      try {
        const view = await apiRequest<TrackView>(`/api/tickets/track/${encodeURIComponent(trackCode)}`);
        if (stopped) return;
        if (view.status === 'called' && current !== null && current.status !== 'called') onCalled();
        current = view;
        setState((s) => ({ ...s, view, problem: null, updatedAt: new Date() }));
      } catch (e) {
        if (!stopped) setState((s) => ({ ...s, problem: e instanceof ApiError && (e.status === 404 || e.status === 400) ? 'unknown_ticket' : 'unreachable' }));
      } finally {
        loading = false;
        if (again && !stopped) {
          again = false;
          void load();
        }
      }
    };
    const mine = (departmentCode: string) => current === null || current.departmentCode === departmentCode;

    void load();
    const socket = openSocket();
    let lastWaiting: number | undefined;
    followQueue(socket, {
      change: (live) => {
        const waiting = current ? live.waiting[current.departmentCode] : undefined;
        if (waiting !== lastWaiting) {
          lastWaiting = waiting;
          void load();
        }
      },
      call: (call: Call) => {
        if (!mine(call.departmentCode)) return;
        if (call.recall && current && call.number === current.number) onCalled();
        void load();
      },
      connection: (connected) => {
        setState((s) => ({ ...s, connected }));
        if (connected) void load();
      },
    });
    // Serving, finishing, parking or transferring it shows only as a change of its counter.
    socket.on('counter:changed', ({ counter }) => {
      if (current?.counterNumber === counter.number) void load();
    });
    return () => {
      stopped = true;
      socket.close();
    };
  }, [trackCode, onCalled]);
  return state;
}
