// The catalog (center, departments, services) of a page that shows it without signing in: asked
// until the server answers, and again on reload() (after catalog:changed, a reconnection, …); and
// the same asking for any answer a page needs (the kiosk's procedures).
import type { Catalog } from '@motcua/protocol';
import { call } from '@motcua/protocol/client';
import { useCallback, useEffect, useState } from 'react';

/** How often the catalog is asked for again while the server does not answer. */
const RETRY_MS = 3_000;

/**
 * The answer of `ask` (null until the server has first answered), asked again every `retryMs` after
 * a failure, and whenever `again` changes (the last answer stays until the next one).
 */
export function useAnswer<T>(ask: () => Promise<T>, retryMs: number, again?: unknown): T | null {
  const [answer, setAnswer] = useState<T | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = () => {
      ask().then(
        (a) => { if (!stopped) setAnswer(a); },
        () => { if (!stopped) timer = setTimeout(load, retryMs); },
      );
    };
    load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [ask, retryMs, again]);
  return answer;
}

const askCatalog = () => call('GET /api/catalog');

/** The catalog (null until the server has answered) and a way to fetch it again. */
export function useCatalog(): { catalog: Catalog | null; reload(): void } {
  const [generation, setGeneration] = useState(0);
  const catalog = useAnswer(askCatalog, RETRY_MS, generation);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { catalog, reload };
}
