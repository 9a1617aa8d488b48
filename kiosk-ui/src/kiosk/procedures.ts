// The procedures catalog in the kiosk page, for searching as the citizen types: fetched with each
// catalog the kiosk loads (at start, on catalog:changed after an import, every minute), again after
// a failure, and indexed with the departments and services.
import type { CatalogDepartment, Procedure } from '@motcua/protocol';
import { call } from '@motcua/protocol/client';
import { useEffect, useMemo, useState } from 'react';
import { KioskSearch } from '../shared/search.ts';

const RETRY_MS = 10_000;
/** Every procedure of the center: the API's upper limit. */
const ALL = 5000;

/** The search over `departments` and every procedure; null until the procedures have arrived. */
export function useKioskSearch(departments: readonly CatalogDepartment[]): KioskSearch | null {
  const [procedures, setProcedures] = useState<Procedure[] | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = () => {
      call('GET /api/procedures', { query: { limit: ALL } }).then(
        (answer) => { if (!stopped) setProcedures(answer.procedures); },
        () => { if (!stopped) timer = setTimeout(load, RETRY_MS); },
      );
    };
    load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [departments]);
  return useMemo(() => (procedures ? new KioskSearch(departments, procedures) : null), [departments, procedures]);
}
