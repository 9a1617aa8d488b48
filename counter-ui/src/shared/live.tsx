// The live queue over Socket.IO: followQueue keeps the state in `seq` order; the socket comes back
// by itself after a network cut or a server restart, and `connected` drives a reconnecting mark.
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { Call, ClientToServerEvents, ServerToClientEvents } from '@motcua/protocol';
import { followQueue, type LiveState } from '@motcua/protocol/client';
import { useLang } from './i18n.tsx';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface LiveOptions {
  /** An officer token or a device key; null to stay offline. */
  token: string | null;
  /** A new call or recall, in stream order. */
  onCall?(call: Call): void;
  /** The server refused the token (expired session, revoked key). */
  onUnauthorized?(): void;
}

export interface Live {
  state: LiveState | null;
  connected: boolean;
  /** The socket, for events beyond the queue stream (subscribe in an effect, unsubscribe in its cleanup). */
  socket: LiveSocket | null;
}

export function useLiveQueue({ token, onCall, onUnauthorized }: LiveOptions): Live {
  const [state, setState] = useState<LiveState | null>(null);
  const [connected, setConnected] = useState(false);
  const [socket, setSocket] = useState<LiveSocket | null>(null);
  const handlers = useRef({ onCall, onUnauthorized });
  handlers.current = { onCall, onUnauthorized };

  useEffect(() => {
    if (!token) return;
    const s: LiveSocket = io({ path: '/socket.io', transports: ['websocket'], auth: { token } });
    followQueue(s, {
      change: setState,
      call: (call) => handlers.current.onCall?.(call),
      connection: setConnected,
    });
    s.on('connect_error', (error) => {
      if (error.message.startsWith('unauthorized')) {
        s.disconnect();
        handlers.current.onUnauthorized?.();
      }
    });
    setSocket(s);
    return () => {
      s.disconnect();
      setSocket(null);
      setState(null);
      setConnected(false);
    };
  }, [token]);

  return { state, connected, socket };
}

/** A clear mark while the live connection is down. */
export function ConnectionMark({ connected }: { connected: boolean }) {
  const { t } = useLang();
  if (connected) return null;
  return <span className="reconnecting" role="status">{t('Mất kết nối, đang kết nối lại…', 'Connection lost, reconnecting…')}</span>;
}
