// The API as a signed-in user calls it: the typed `call` of a route with the session token; a 401 ends
// the session (the login form then says the session ended).
import { useCallback } from 'react';
import type { RouteAnswer, RouteKey } from '@motcua/protocol';
import { ApiError, call, type CallInput } from '@motcua/protocol/client';
import { rememberedLang } from '@motcua/ui-kit';
import { useSession } from './session.tsx';

/** Where the language chosen on this PC is kept (errorMessage reads it outside React). */
export const LANG_KEY = 'motcua.counter.lang';

/** What a call of the session sends: the route's params, query and body (each required when it has one); the token is the session's. */
export type ApiInput<K extends RouteKey> = Omit<CallInput<K>, 'token'>;
export type ApiArgs<K extends RouteKey> = object extends ApiInput<K> ? [input?: ApiInput<K>] : [input: ApiInput<K>];
/** `api('POST /api/counters/:id/call-next', { params: { id } })`: the answer's type is the route's. */
export type Api = <K extends RouteKey>(route: K, ...args: ApiArgs<K>) => Promise<RouteAnswer<K>>;

export function useApi(): Api {
  const { token, ended } = useSession();
  return useCallback(async <K extends RouteKey>(route: K, ...[input]: ApiArgs<K>) => {
    try {
      return await (call as (route: K, input: CallInput<K>) => Promise<RouteAnswer<K>>)(route, { ...input, token } as CallInput<K>);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) ended();
      throw e;
    }
  }, [token, ended]);
}

/** What to show for a failure: the server's message (it says what to do next), in Vietnamese where the server has it. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError && e.messageVi && rememberedLang(LANG_KEY) !== 'en') return e.messageVi;
  return e instanceof Error ? e.message : String(e);
}
