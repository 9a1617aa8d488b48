// The administrator's view of the center, and how a change is sent: the server applies it live
// and answers with a refusal that says what to do when it cannot.
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { AdminView } from '@motcua/protocol';
import { errorMessage, useApi, type Api } from '../shared/index.ts';

export interface Admin {
  view: AdminView | null;
  /** The last refusal or failure, shown above the page. */
  error: string | null;
  /** What was done last, shown as a confirmation. */
  done: string | null;
  api: Api;
  reload(): Promise<void>;
  /** Forgets the last refusal and confirmation (a new form is opened). */
  dismiss(): void;
  /** Sends a change; on success reloads the view and answers true, else shows why and answers false. */
  change(send: () => Promise<unknown>, done: string): Promise<boolean>;
}

export function useAdminState(): Admin {
  const api = useApi();
  const [view, setView] = useState<AdminView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setView(await api('GET /api/admin'));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [api]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reload sets state only after its fetch resolves (a known false positive of the rule: react#34905)
    void reload();
  }, [reload]);
  const change = useCallback(async (send: () => Promise<unknown>, message: string) => {
    setDone(null);
    try {
      await send();
      setError(null);
      setDone(message);
      await reload();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  }, [reload]);
  const dismiss = useCallback(() => {
    setError(null);
    setDone(null);
  }, []);
  return { view, error, done, api, reload, change, dismiss };
}

export const AdminContext = createContext<Admin | null>(null);

export function useAdmin(): Admin & { view: AdminView } {
  const admin = useContext(AdminContext);
  if (!admin?.view) throw new Error('useAdmin() needs a loaded <AdminContext>');
  return admin as Admin & { view: AdminView };
}
