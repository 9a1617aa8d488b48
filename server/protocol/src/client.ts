// Browser-side helpers shared by every UI, the device agent and the tests: the typed `call` of a
// route of the table (its answer type inferred), the device key taken from ?key=, and the live
// queue state kept in order by `seq`. No imports beyond the protocol: a UI passes in its own socket.
import type { ErrorBody, ErrorCode } from './errors.ts';
import type { ClientToServerEvents, ServerToClientEvents } from './events.ts';
import type { RouteAnswer, RouteBody, RouteKey, RouteParams, RouteQuery } from './routes/index.ts';
import type { Call, CatalogChanged, CounterView, NextUp, QueueSnapshot, WaitingCounts } from './shapes/queue.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number, readonly code: ErrorCode, message: string, readonly messageVi?: string, readonly dueDate?: string,
    /** too_early: when check-in opens; too_late: the booking's service, for a normal ticket. */
    readonly details: Pick<ErrorBody['error'], 'from' | 'serviceId'> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Part<N extends string, T> = [T] extends [undefined] ? { [P in N]?: never } : undefined extends T ? { [P in N]?: T } : { [P in N]: T };
/** What a call sends: the route's params, query and body (each required when the route has it and not optional there), and how. */
export type CallInput<K extends RouteKey> = Part<'params', RouteParams<K>> & Part<'query', RouteQuery<K>> & Part<'body', RouteBody<K>> & {
  /** An officer's session token or a device key. */
  token?: string | null | undefined;
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Another server than the page's own (the device agent, tests): its origin, e.g. http://127.0.0.1:3000. */
  baseUrl?: string | undefined;
};
type CallArgs<K extends RouteKey> = object extends CallInput<K> ? [input?: CallInput<K>] : [input: CallInput<K>];

/** The path of a route with its params filled in, and its query. */
export function routeUrl(path: string, params?: Record<string, unknown>, query?: Record<string, unknown>): string {
  const filled = path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(String(params?.[name])));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) search.set(name, String(value));
  const q = search.toString();
  return q ? `${filled}?${q}` : filled;
}

/**
 * Calls a route of the table, e.g. `call('POST /api/counters/:id/call-next', { params: { id }, token })`;
 * the answer's type is the route's. A refusal becomes an ApiError with the server's code and messages.
 */
export async function call<K extends RouteKey>(route: K, ...[input]: CallArgs<K>): Promise<RouteAnswer<K>> {
  const options = (input ?? {}) as CallInput<K> & { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
  const space = route.indexOf(' ');
  return apiRequest<RouteAnswer<K>>(`${options.baseUrl ?? ''}${routeUrl(route.slice(space + 1), options.params, options.query)}`, { ...options, method: route.slice(0, space) as RequestOptions['method'] });
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  token?: string | null | undefined;
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Sends one request of `call`; a refusal becomes an ApiError with the server's code and messages. */
async function apiRequest<T>(url: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (e) {
    throw new ApiError(0, 'network', `Cannot reach the server (${(e as Error).message}).`, 'Không kết nối được máy chủ. Vui lòng thử lại sau giây lát.');
  }
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = (data as ErrorBody | undefined)?.error;
    const details = { ...(error?.from ? { from: error.from } : {}), ...(error?.serviceId ? { serviceId: error.serviceId } : {}) };
    throw new ApiError(response.status, error?.code ?? 'internal', error?.message ?? `The server answered ${response.status}.`, error?.messageVi, error?.dueDate, details);
  }
  return data as T;
}

/** The device key from `?key=` (kept in localStorage for the next visits, then dropped from the address bar), or the kept one. */
export function deviceKey(storageName: string, location: Location = window.location, storage: Storage = window.localStorage, history: History = window.history): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('key');
  if (fromUrl) {
    storage.setItem(storageName, fromUrl);
    // Once stored, the key leaves the address bar (and the history, bookmarks and screenshots).
    params.delete('key');
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(storageName);
}

export interface LiveState {
  seq: number;
  counters: CounterView[];
  waiting: WaitingCounts;
  /** Per department code, the next numbers the call policy would call (displays' "next up"). */
  nextUp: NextUp;
  recentCalls: Call[];
  snapshot: QueueSnapshot | null;
}

/** The part of a socket.io-client Socket that LiveQueue uses. */
export interface QueueSocket {
  on<E extends keyof ServerToClientEvents>(event: E, listener: ServerToClientEvents[E]): unknown;
  on(event: 'connect' | 'disconnect', listener: () => void): unknown;
  on(event: 'connect_error', listener: (error: Error) => void): unknown;
  emit<E extends keyof ClientToServerEvents>(event: E, ...args: Parameters<ClientToServerEvents[E]>): unknown;
}

export interface LiveHandlers {
  /** Every change of state, after it is applied. */
  change?(state: LiveState): void;
  /** A new call or recall, in stream order (not for calls already in a snapshot). */
  call?(call: Call): void;
  /** An admin changed the catalog or center settings: refetch GET /api/catalog (a fresh snapshot follows by itself). */
  catalog?(change: CatalogChanged): void;
  /** Connection state, for a "reconnecting" mark. */
  connection?(connected: boolean, error?: string): void;
}

/**
 * Keeps the public queue state from `queue:snapshot` and the pushes after it. Pushes are applied
 * only in `seq` order: an old one is ignored, and a gap asks the server for a fresh snapshot. A
 * snapshot of a new `streamId` (the server restarted, `seq` from 0) replaces everything held.
 */
export function followQueue(socket: QueueSocket, handlers: LiveHandlers, recentLimit = 10): { state(): LiveState } {
  let state: LiveState = { seq: -1, counters: [], waiting: {}, nextUp: {}, recentCalls: [], snapshot: null };
  let resyncing = false;

  const publish = () => handlers.change?.(state);
  const inOrder = (seq: number): boolean => {
    if (state.snapshot === null || seq <= state.seq) return false;
    if (seq !== state.seq + 1) {
      if (!resyncing) {
        resyncing = true;
        socket.emit('queue:resync');
      }
      return false;
    }
    state = { ...state, seq };
    return true;
  };
  const setCounter = (counter: CounterView) => {
    const others = state.counters.filter((c) => c.id !== counter.id);
    state = { ...state, counters: [...others, counter].sort((a, b) => a.number - b.number) };
  };

  socket.on('queue:snapshot', (snapshot) => {
    // A snapshot older than what is held (same run of the server) is stale; a new run restarts seq.
    if (state.snapshot?.streamId === snapshot.streamId && snapshot.seq < state.seq) return;
    resyncing = false;
    state = {
      seq: snapshot.seq,
      counters: [...snapshot.counters].sort((a, b) => a.number - b.number),
      waiting: snapshot.waiting,
      nextUp: snapshot.nextUp ?? {},
      recentCalls: snapshot.recentCalls,
      snapshot,
    };
    publish();
  });
  socket.on('ticket:called', (call) => {
    if (!inOrder(call.seq)) return;
    const counter = state.counters.find((c) => c.id === call.counterId);
    if (counter) setCounter({ ...counter, current: { number: call.number, ticketId: call.ticketId } });
    state = { ...state, recentCalls: [call, ...state.recentCalls.filter((c) => c.ticketId !== call.ticketId)].slice(0, recentLimit) };
    handlers.call?.(call);
    publish();
  });
  socket.on('queue:changed', (change) => {
    if (!inOrder(change.seq)) return;
    state = { ...state, waiting: change.waiting, nextUp: change.nextUp ?? state.nextUp };
    publish();
  });
  socket.on('counter:changed', (change) => {
    if (!inOrder(change.seq)) return;
    setCounter(change.counter);
    publish();
  });
  socket.on('catalog:changed', (change) => {
    if (!inOrder(change.seq)) return;
    handlers.catalog?.(change);
    // Counters may have been added or retired: take a fresh snapshot.
    resyncing = true;
    socket.emit('queue:resync');
  });
  socket.on('connect', () => handlers.connection?.(true));
  socket.on('disconnect', () => handlers.connection?.(false));
  socket.on('connect_error', (error) => handlers.connection?.(false, error.message));
  return { state: () => state };
}
