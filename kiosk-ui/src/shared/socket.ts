// The Socket.IO connection of a kiosk-ui page: same origin, websocket only, reconnecting forever
// (also after a server restart).
import type { ClientToServerEvents, ServerToClientEvents } from '@motcua/protocol';
import { io, type Socket } from 'socket.io-client';

export type PageSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A kiosk passes its device key; the phone page passes nothing and gets the public stream. */
export function openSocket(token?: string): PageSocket {
  const socket: PageSocket = io({
    path: '/socket.io',
    transports: ['websocket'],
    auth: token ? { token } : {},
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
  });
  return socket;
}

/** True when the server refused the device key (no point retrying). */
export function isAuthRefusal(message: string): boolean {
  return message.startsWith('unauthorized');
}
