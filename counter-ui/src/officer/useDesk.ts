// The counter's desk: GET /api/counters/:id/queue (the counter, tickets held or parked there, the
// waiting list), fetched again whenever the live stream moves or comes back, and the officer's
// commands on it. "Cannot reach the server" goes by itself once the desk loads again.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CounterQueue } from '@motcua/protocol';
import { ApiError } from '@motcua/protocol/client';
import { errorMessage, useApi, type Api } from '../shared/index.ts';

/** The answer of GET /api/counters/:id/queue. */
export type Desk = CounterQueue;

export interface DeskControl {
  desk: Desk | null;
  /** The last refusal or failure, as the server worded it; a failure to reach the server clears itself once it answers again. */
  error: string | null;
  busy: boolean;
  dismissError(): void;
  /** Shows a refusal that came another way (the counter's keypad). */
  showError(message: string): void;
  /** Runs one command (ignored while another runs) and reloads the desk; answers its result, or undefined on failure. */
  run<T>(command: (api: Api) => Promise<T>): Promise<T | undefined>;
}

interface Failure { message: string; unreachable: boolean }

function failure(e: unknown): Failure {
  return { message: errorMessage(e), unreachable: e instanceof ApiError && e.code === 'network' };
}

/** `offline`: the live stream lost the server (the desk loads again when it is back). */
export function useDesk(counterId: number, liveSeq: number | undefined, offline: boolean): DeskControl {
  const api = useApi();
  const [desk, setDesk] = useState<Desk | null>(null);
  const [fault, setFault] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const loading = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  // One load at a time; changes that arrive meanwhile cause one more load after it.
  const reload = useCallback(async (): Promise<void> => {
    if (loading.current) {
      again.current = true;
      return loading.current;
    }
    const load = (async () => {
      do {
        again.current = false;
        try {
          setDesk(await api('GET /api/counters/:id/queue', { params: { id: counterId } }));
          setFault((f) => (f?.unreachable ? null : f));
        } catch (e) {
          setFault(failure(e));
        }
      } while (again.current);
    })();
    loading.current = load;
    try {
      await load;
    } finally {
      loading.current = null;
    }
  }, [api, counterId]);

  useEffect(() => {
    if (!offline) void reload();
  }, [reload, liveSeq, offline]);

  const run = useCallback(async <T,>(command: (api: Api) => Promise<T>): Promise<T | undefined> => {
    if (busyRef.current) return undefined;
    busyRef.current = true;
    setBusy(true);
    setFault(null);
    try {
      return await command(api);
    } catch (e) {
      setFault(failure(e));
      return undefined;
    } finally {
      busyRef.current = false;
      setBusy(false);
      // The caller acts on the answer first (closes its dialog); the desk follows.
      void reload();
    }
  }, [api, reload]);

  const dismissError = useCallback(() => setFault(null), []);
  const showError = useCallback((message: string) => setFault({ message, unreachable: false }), []);
  return { desk, error: fault?.message ?? null, busy, dismissError, showError, run };
}
