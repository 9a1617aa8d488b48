// The Socket.IO connection of every page: same origin, websocket only, reconnecting by itself
// (also after a server restart), and its state for the page to show. A key or token the server
// refuses (unknown, revoked, signed out) ends in 'refused' instead of a loop of retries.
import type { ClientToServerEvents, ServerToClientEvents } from '@motcua/protocol';
import { io, type Socket } from 'socket.io-client';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * 'connecting' until the first answer; 'offline' when lost or not reachable, while it retries;
 * 'refused' when the server turned the key or token down (no more retries).
 */
export type Connection = 'connecting' | 'online' | 'offline' | 'refused';

/** The server's words when its handshake turns a key or token down. */
const REFUSAL = 'unauthorized';

/**
 * Opens the connection with a device key or an officer's token (none: the public stream) and
 * reports its state. The server drops the sockets of a key it revokes: the socket asks once more,
 * so the page learns whether it is refused.
 */
export function openSocket(token: string | undefined, onConnection: (connection: Connection) => void): LiveSocket {
  const socket: LiveSocket = io({
    path: '/socket.io',
    transports: ['websocket'],
    auth: token ? { token } : {},
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
  });
  socket.on('connect', () => onConnection('online'));
  socket.on('disconnect', (reason) => {
    if (reason === 'io server disconnect') socket.connect();
    onConnection('offline');
  });
  socket.on('connect_error', (error) => {
    const refused = error.message.startsWith(REFUSAL);
    if (refused) socket.disconnect();
    onConnection(refused ? 'refused' : 'offline');
  });
  return socket;
}
