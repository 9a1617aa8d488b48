// The counter's desk: GET /api/counters/:id/queue (the counter, tickets held or parked there, the
// waiting list), fetched again whenever the live stream moves, and the officer's commands on it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CounterQueue } from '@motcua/protocol';
import { errorMessage, useApi, type Api } from '../shared/index.ts';

/** The answer of GET /api/counters/:id/queue. */
export type Desk = CounterQueue;

export interface DeskControl {
  desk: Desk | null;
  /** The last refusal or failure, as the server worded it. */
  error: string | null;
  busy: boolean;
  dismissError(): void;
  /** Shows a refusal that came another way (the counter's keypad). */
  showError(message: string): void;
  /** Runs one command (ignored while another runs) and reloads the desk; answers its result, or undefined on failure. */
  run<T>(command: (api: Api) => Promise<T>): Promise<T | undefined>;
}

export function useDesk(counterId: number, liveSeq: number | undefined): DeskControl {
  const api = useApi();
  const [desk, setDesk] = useState<Desk | null>(null);
  const [error, setError] = useState<string | null>(null);
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
        } catch (e) {
          setError(errorMessage(e));
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
    void reload();
  }, [reload, liveSeq]);

  const run = useCallback(async <T,>(command: (api: Api) => Promise<T>): Promise<T | undefined> => {
    if (busyRef.current) return undefined;
    busyRef.current = true;
    setBusy(true);
    setError(null);
    try {
      return await command(api);
    } catch (e) {
      setError(errorMessage(e));
      return undefined;
    } finally {
      busyRef.current = false;
      setBusy(false);
      // The caller acts on the answer first (closes its dialog); the desk follows.
      void reload();
    }
  }, [api, reload]);

  const dismissError = useCallback(() => setError(null), []);
  return { desk, error, busy, dismissError, showError: setError, run };
}
