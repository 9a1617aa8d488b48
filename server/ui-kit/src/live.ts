// The live queue of a page as a React hook: the socket (openSocket) followed by followQueue, which
// keeps the state in `seq` order and takes a fresh snapshot on every reconnect.
import type { LiveHandlers, LiveState } from '@motcua/protocol/client';
import { followQueue } from '@motcua/protocol/client';
import { useEffect, useEffectEvent, useState } from 'react';
import { openSocket, type Connection, type LiveSocket } from './socket.ts';

export interface LiveOptions {
  /** A device key or an officer's token; none for the public stream (the phone page). */
  token?: string | undefined;
  /** How many recent calls to keep (followQueue keeps a snapshot's ten by default). */
  recentLimit?: number;
  /** Events beyond the state, in stream order; the handlers of the latest render are called. */
  on?: LiveEvents;
}

export interface LiveEvents extends Omit<LiveHandlers, 'connection'> {
  /** Connected, and again after each reconnection: fetch what the stream does not carry. */
  online?(): void;
  /** The server refused the key or token (unknown, revoked, signed out). */
  refused?(): void;
}

export interface Live {
  /** null until the first snapshot. */
  state: LiveState | null;
  connection: Connection;
  /** The socket once it has an answer, for events beyond the queue stream (subscribe in an effect, unsubscribe in its cleanup). */
  socket: LiveSocket | null;
}

const OFFLINE: Live = { state: null, connection: 'connecting', socket: null };

export function useLiveQueue({ token, recentLimit, on }: LiveOptions = {}): Live {
  const [live, setLive] = useState<Live>(OFFLINE);
  const change = useEffectEvent((state: LiveState) => on?.change?.(state));
  const call: NonNullable<LiveHandlers['call']> = useEffectEvent((c) => on?.call?.(c));
  const catalog: NonNullable<LiveHandlers['catalog']> = useEffectEvent((c) => on?.catalog?.(c));
  const connected = useEffectEvent((connection: Connection) => {
    if (connection === 'online') on?.online?.();
    if (connection === 'refused') on?.refused?.();
  });

  useEffect(() => {
    const socket = openSocket(token, (connection) => {
      setLive((l) => ({ ...l, connection, socket }));
      connected(connection);
    });
    followQueue(socket, {
      change(state) {
        setLive((l) => ({ ...l, state }));
        change(state);
      },
      call,
      catalog,
    }, recentLimit);
    return () => {
      socket.disconnect();
      setLive(OFFLINE);
    };
  }, [token, recentLimit]);
  return live;
}
