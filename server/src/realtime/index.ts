// Socket.IO on the Fastify server: handshake auth, rooms, snapshots on connect and on resync, and
// the sockets of each keyed device counted on the device status board. Guards: a foreign Origin
// is refused (a page of another site in a browser on the LAN); an anonymous socket (the phone page
// of a ticket) gets the public stream and no room, at most ANONYMOUS_SOCKETS_PER_ADDRESS per
// address; resyncs are rationed per socket; a user's sockets are dropped once the session ends.
// Supervisors and admins join room `supervisors` (device changes); a kiosk hears its printer's state.
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { KioskPrinterState } from '@motcua/protocol';
import { Server, type Socket } from 'socket.io';
import type { AuthService } from '../services/auth.ts';
import type { DeviceStatusBoard } from '../services/device-status.ts';
import type { QueueService } from '../services/queue/index.ts';
import type { IoServer, RealtimeHub } from './hub.ts';

/** Anonymous sockets one address may hold (behind a reverse proxy, every phone shares its address). */
export const ANONYMOUS_SOCKETS_PER_ADDRESS = 200;
/** Resyncs: a burst of this many, then one a second; one more is sent later in place of those refused. */
const RESYNC_BURST = 3;
const RESYNC_EVERY_MS = 1000;

export interface SocketOptions {
  /** The address citizens reach the center at (its origin is accepted besides the server's own host). */
  publicUrl: () => string | undefined;
  /** How often sockets of users whose session ended are dropped. */
  sweepMs?: number;
  /** The state of the printer a kiosk prints on, sent to it on connect. */
  kioskPrinter(kioskId: number): KioskPrinterState;
}

export function attachSocketIo(app: FastifyInstance, hub: RealtimeHub, queue: QueueService, auth: AuthService, devices: DeviceStatusBoard, options: SocketOptions): IoServer {
  const io: IoServer = new Server(app.server, {
    path: '/socket.io', serveClient: false, maxHttpBufferSize: 16_384,
    allowRequest: (request, callback) => callback(null, originAllowed(request, options.publicUrl())),
  });
  const anonymous = new Map<string, number>();
  io.use((socket, next) => {
    const token: unknown = socket.handshake.auth?.token;
    if (token === undefined || token === null || token === '') {
      if ((anonymous.get(socket.handshake.address) ?? 0) >= ANONYMOUS_SOCKETS_PER_ADDRESS) return next(new Error('too many connections from this address'));
      socket.data.actor = null;
      return next();
    }
    const actor = typeof token === 'string' ? auth.resolve(token) : undefined;
    if (!actor) return next(new Error('unauthorized: unknown or revoked key or token'));
    socket.data.actor = actor;
    if (actor.userId !== null) socket.data.token = token as string;
    next();
  });
  io.on('connection', (socket) => {
    const actor = socket.data.actor;
    if (actor === null) countAnonymous(anonymous, socket);
    if (actor?.deviceId != null) {
      void socket.join(`device:${actor.deviceId}`);
      socket.on('disconnect', devices.socketOpened(actor.deviceId));
    }
    if (actor?.userId != null) void socket.join(`user:${actor.userId}`);
    if (actor?.role === 'supervisor' || actor?.role === 'admin') void socket.join('supervisors');
    if (actor?.role === 'kiosk' && actor.deviceId !== null) socket.emit('printer:state', options.kioskPrinter(actor.deviceId));
    if (actor?.deviceCounterId != null) void socket.join(`counter:${actor.deviceCounterId}`);
    socket.emit('queue:snapshot', hub.snapshot());
    rationResyncs(socket, () => socket.emit('queue:snapshot', hub.snapshot()));
  });
  hub.attach(io, queue);
  const sweep = setInterval(() => {
    for (const socket of io.sockets.sockets.values()) {
      if (socket.data.token !== undefined && !auth.isLive(socket.data.token)) socket.disconnect(true);
    }
  }, options.sweepMs ?? 30_000);
  sweep.unref();
  // Open websockets would keep the HTTP server from closing: end them first.
  // Closing the transports (not disconnecting the sockets) lets every client reconnect by itself
  // when the server is back: socket.io-client retries a lost transport, never a server's goodbye.
  app.addHook('preClose', async () => {
    clearInterval(sweep);
    hub.stop();
    io.engine.close();
  });
  return io;
}

/** No Origin (a device agent or test client in Node, or a same-origin polling request), the server's own host, or the public address. */
function originAllowed(request: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.host === request.headers.host || (publicUrl !== undefined && url.origin === new URL(publicUrl).origin);
  } catch {
    return false;
  }
}

function countAnonymous(counts: Map<string, number>, socket: Socket): void {
  const address = socket.handshake.address;
  counts.set(address, (counts.get(address) ?? 0) + 1);
  socket.on('disconnect', () => {
    const left = (counts.get(address) ?? 1) - 1;
    if (left > 0) counts.set(address, left);
    else counts.delete(address);
  });
}

/** A token bucket per socket for `queue:resync`; resyncs over it are answered by one snapshot once a token is back. */
function rationResyncs(socket: Socket, resync: () => void): void {
  let tokens = RESYNC_BURST;
  let filledAt = Date.now();
  let later: NodeJS.Timeout | undefined;
  socket.on('queue:resync', () => {
    const now = Date.now();
    tokens = Math.min(RESYNC_BURST, tokens + (now - filledAt) / RESYNC_EVERY_MS);
    filledAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      resync();
    } else if (later === undefined) {
      later = setTimeout(() => {
        later = undefined;
        tokens = 0;
        filledAt = Date.now();
        resync();
      }, (1 - tokens) * RESYNC_EVERY_MS);
    }
  });
  socket.on('disconnect', () => clearTimeout(later));
}
