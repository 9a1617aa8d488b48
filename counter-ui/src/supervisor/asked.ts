// What a supervisor's page asks the server for (a report, the audit log): asked once as the page
// opens, then again on demand; the answer, the refusal in words, and whether an answer is awaited.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../shared/index.ts';

export interface Asked<Q, T> {
  answer: T | null;
  error: string | null;
  /** True while an answer is awaited (the first one as the page opens). */
  busy: boolean;
  askFor(query: Q): void;
  setError(error: string | null): void;
}

/** `ask` must keep its identity between renders (useCallback); `first` is asked once, as the page opens. */
export function useAsked<Q, T>(ask: (query: Q) => Promise<T>, first: Q): Asked<Q, T> {
  const [answer, setAnswer] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);
  const firstQuery = useRef(first);
  const load = useCallback(async (query: Q) => {
    try {
      setAnswer(await ask(query));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }, [ask]);
  useEffect(() => {
    void load(firstQuery.current);
  }, [load]);
  const askFor = (query: Q) => {
    setBusy(true);
    void load(query);
  };
  return { answer, error, busy, askFor, setError };
}
