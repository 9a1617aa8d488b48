// The dossier system: asks the province's one-stop information system (MOTCUA_DOSSIER_URL) about a
// dossier, `GET <url>/dossiers/<code>` within 3 s; without one, a built-in demo lookup with sample
// dossiers in every state. A 404 there is "unknown"; slowness, a 5xx, a refused connection or an
// answer of the wrong shape is "unavailable" (the kiosk says: take a ticket to ask at the counter).
import { Dossier } from '@motcua/protocol';
import { Value } from 'typebox/value';
import { DomainError, notFound } from '../domain/errors.ts';

export interface DossierSystem {
  /** The dossier; 404 dossier_not_found when unknown, 503 dossier_system_unavailable on a fault. */
  lookup(code: string): Promise<Dossier>;
}

export const DOSSIER_TIMEOUT_MS = 3000;

const unknown = (code: string) => notFound('dossier_not_found', `No dossier has the code ${code}. Check the code on your receipt, or take a ticket to ask at the counter.`);
const unavailable = (why: string) => new DomainError('dossier_system_unavailable', `We cannot check your dossier now (${why}). Please take a ticket to ask at the counter.`);

export function httpDossierSystem(baseUrl: string, timeoutMs = DOSSIER_TIMEOUT_MS): DossierSystem {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    async lookup(code) {
      let response: Response;
      try {
        response = await fetch(`${base}/dossiers/${encodeURIComponent(code)}`, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
      } catch (e) {
        throw unavailable((e as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : 'cannot reach the dossier system');
      }
      if (response.status === 404) throw unknown(code);
      if (!response.ok) throw unavailable(`the dossier system answered ${response.status}`);
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw unavailable('the dossier system answered something other than JSON');
      }
      if (!Value.Check(Dossier, body)) throw unavailable('the dossier system answered an unexpected shape');
      return body;
    },
  };
}

/** Sample dossiers, one per state and department, due dates counted from today. */
export function demoDossiers(today: () => string): Record<string, Dossier> {
  const inDays = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const dossier = (code: string, procedureCode: string, departmentCode: string, status: Dossier['status'], dueDate: string): Dossier => ({ code, procedureCode, departmentCode, status, dueDate });
  const list = [
    dossier('000.00.12.H59-260105-0001', '2.000407', 'TP', 'ready', inDays(0)),
    dossier('000.00.12.H59-260105-0002', '2.000407', 'TP', 'processing', inDays(3)),
    dossier('000.00.12.H59-260105-0003', '2.000484', 'TP', 'received', inDays(7)),
    dossier('000.00.12.H59-260105-0004', '2.000407', 'TP', 'returned', inDays(-2)),
    dossier('000.00.12.H59-260105-0005', '2.000484', 'TP', 'rejected', inDays(-1)),
    dossier('000.00.13.H59-260105-0001', '1.001807', 'YT', 'ready', inDays(0)),
    dossier('000.00.13.H59-260105-0002', '1.001807', 'YT', 'processing', inDays(5)),
    dossier('000.00.14.H59-260105-0001', '1.004207', 'TNMT', 'ready', inDays(-1)),
    dossier('000.00.14.H59-260105-0002', '1.004207', 'TNMT', 'processing', inDays(10)),
    dossier('000.00.15.H59-260105-0001', '1.000507', 'LDTBXH', 'ready', inDays(0)),
    dossier('000.00.15.H59-260105-0002', '1.000507', 'LDTBXH', 'received', inDays(4)),
  ];
  return Object.fromEntries(list.map((d) => [d.code, d]));
}

/** The demo lookup: the sample dossiers; code serial 9999 plays a dossier system that is down. */
export function demoDossierSystem(today: () => string): DossierSystem {
  return {
    async lookup(code) {
      if (code.endsWith('-9999')) throw unavailable('demo: the dossier system is down');
      const found = demoDossiers(today)[code];
      if (!found) throw unknown(code);
      return found;
    },
  };
}
