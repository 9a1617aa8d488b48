// The API as a signed-in user calls it: apiRequest with the session token; a 401 signs out.
import { useCallback } from 'react';
import { ApiError, apiRequest, type RequestOptions } from '@motcua/protocol/client';
import { rememberedLang } from '@motcua/ui-kit';
import { useSession } from './session.tsx';

/** Where the language chosen on this PC is kept (errorMessage reads it outside React). */
export const LANG_KEY = 'motcua.counter.lang';

export type Api = <T>(path: string, options?: Omit<RequestOptions, 'token'>) => Promise<T>;

export function useApi(): Api {
  const { token, signOut } = useSession();
  return useCallback(async <T,>(path: string, options: Omit<RequestOptions, 'token'> = {}) => {
    try {
      return await apiRequest<T>(path, { ...options, token });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) signOut();
      throw e;
    }
  }, [token, signOut]);
}

/** What to show for a failure: the server's message (it says what to do next), in Vietnamese where the server has it. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError && e.messageVi && rememberedLang(LANG_KEY) !== 'en') return e.messageVi;
  return e instanceof Error ? e.message : String(e);
}
