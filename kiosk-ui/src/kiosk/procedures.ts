// The procedures catalog in the kiosk page, for searching as the citizen types: fetched with each
// catalog the kiosk loads (at start, on catalog:changed after an import, every minute), again after
// a failure, and indexed with the departments and services.
import type { CatalogDepartment } from '@motcua/protocol';
import { call } from '@motcua/protocol/client';
import { useAnswer } from '@motcua/ui-kit';
import { useMemo } from 'react';
import { KioskSearch } from '../shared/search.ts';

const RETRY_MS = 10_000;
/** Every procedure of the center: the API's upper limit. */
const ALL = 5000;

const askProcedures = () => call('GET /api/procedures', { query: { limit: ALL } });

/** The search over `departments` and every procedure; null until the procedures have arrived. */
export function useKioskSearch(departments: readonly CatalogDepartment[]): KioskSearch | null {
  const answer = useAnswer(askProcedures, RETRY_MS, departments);
  return useMemo(() => (answer ? new KioskSearch(departments, answer.procedures) : null), [departments, answer]);
}
