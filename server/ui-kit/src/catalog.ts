// The catalog (center, departments, services) of a page that shows it without signing in: asked
// until the server answers, and again on reload() (after catalog:changed, a reconnection, …).
import type { Catalog } from '@motcua/protocol';
import { call } from '@motcua/protocol/client';
import { useCallback, useEffect, useState } from 'react';

/** How often the catalog is asked for again while the server does not answer. */
const RETRY_MS = 3_000;

/** The catalog (null until the server has answered) and a way to fetch it again. */
export function useCatalog(): { catalog: Catalog | null; reload(): void } {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = () => {
      call('GET /api/catalog').then(
        (c) => { if (!stopped) setCatalog(c); },
        () => { if (!stopped) timer = setTimeout(load, RETRY_MS); },
      );
    };
    load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { catalog, reload };
}
