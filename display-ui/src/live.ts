// The display's link to the server: the catalog (department names and codes, fetched until the
// server answers) and the live queue over Socket.IO, kept in `seq` order by followQueue. The
// socket reconnects after a server restart and gets a fresh snapshot; meanwhile the screen keeps
// the last state and shows a "reconnecting" mark.
import type { Call, Catalog } from '@motcua/protocol';
import { apiRequest, followQueue, type LiveState } from '@motcua/protocol/client';
import { useCallback, useEffect, useState } from 'react';
import { io } from 'socket.io-client';

/**
 * Recent calls kept from the stream: more than a snapshot's ten, so a zone screen (which shows
 * only its department's share) fills its list as the day goes on.
 */
const RECENT_KEPT = 40;
/** How often the catalog is asked for again while the server does not answer. */
const CATALOG_RETRY_MS = 3_000;
/** Wait before connecting again after the server closed the socket (it is shutting down). */

/** The catalog (null until the server has answered) and a way to fetch it again after a change. */
export function useCatalog(): { catalog: Catalog | null; reload(): void } {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = () => {
      apiRequest<Catalog>('/api/catalog').then(
        (c) => { if (!stopped) setCatalog(c); },
        () => { if (!stopped) timer = setTimeout(load, CATALOG_RETRY_MS); },
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

/** The server's clock as the last snapshot told it: `now()` in server milliseconds. */
export class ServerClock {
  private offset = 0;
  set(serverTime: string | undefined): void {
    if (serverTime) this.offset = Date.parse(serverTime) - Date.now();
  }
  now(): number {
    return Date.now() + this.offset;
  }
}

export type Connection = 'connecting' | 'online' | 'reconnecting' | 'refused';

export interface Live {
  state: LiveState | null;
  /** 'refused': the server turned the device key down (the socket then stops retrying). */
  connection: Connection;
}

export interface LiveListener {
  /** A call or recall pushed live. */
  call(call: Call): void;
  /** The recent calls of each snapshot (on connect, after a restart, after a resync). */
  snapshot(recentCalls: Call[]): void;
  /** An admin changed departments, counters or center settings. */
  catalogChanged(): void;
}

/** Follows the queue with the display key; `listener` and `clock` must stay the same objects. */
export function useLiveQueue(key: string, clock: ServerClock, listener: LiveListener): Live {
  const [live, setLive] = useState<Live>({ state: null, connection: 'connecting' });
  useEffect(() => {
    const socket = io({ path: '/socket.io', auth: { token: key }, reconnectionDelayMax: 3_000 });
    let snapshot: LiveState['snapshot'] = null;
    followQueue(socket, {
      change(state) {
        if (state.snapshot !== snapshot) {
          snapshot = state.snapshot;
          clock.set(snapshot?.serverTime);
          listener.snapshot(state.recentCalls);
        }
        setLive((l) => ({ ...l, state }));
      },
      call: (call) => listener.call(call),
      catalog: () => listener.catalogChanged(),
      connection(connected, error) {
        // A refused key ends the socket (it stops retrying); a server that is down does not.
        const refused = !connected && error !== undefined && !socket.active;
        setLive((l) => ({ ...l, connection: connected ? 'online' : refused ? 'refused' : l.state ? 'reconnecting' : 'connecting' }));
      },
    }, RECENT_KEPT);
    return () => {
      socket.disconnect();
    };
  }, [key, clock, listener]);
  return live;
}
