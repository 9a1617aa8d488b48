// Socket.IO on the Fastify server: handshake auth, rooms, snapshots on connect and on resync, and
// the sockets of each keyed device counted on the device status board.
import type { FastifyInstance } from 'fastify';
import { Server } from 'socket.io';
import type { AuthService } from '../services/auth.ts';
import type { DeviceStatusBoard } from '../services/device-status.ts';
import type { QueueService } from '../services/queue/index.ts';
import type { IoServer, RealtimeHub } from './hub.ts';

export function attachSocketIo(app: FastifyInstance, hub: RealtimeHub, queue: QueueService, auth: AuthService, devices: DeviceStatusBoard): IoServer {
  const io: IoServer = new Server(app.server, { path: '/socket.io', serveClient: false, maxHttpBufferSize: 16_384 });
  io.use((socket, next) => {
    const token: unknown = socket.handshake.auth?.token;
    if (token === undefined || token === null || token === '') {
      socket.data.actor = null;
      return next();
    }
    const actor = typeof token === 'string' ? auth.resolve(token) : undefined;
    if (!actor) return next(new Error('unauthorized: unknown or revoked key or token'));
    socket.data.actor = actor;
    next();
  });
  io.on('connection', (socket) => {
    const actor = socket.data.actor;
    if (actor?.deviceId != null) {
      void socket.join(`device:${actor.deviceId}`);
      socket.on('disconnect', devices.socketOpened(actor.deviceId));
    }
    if (actor?.userId != null) void socket.join(`user:${actor.userId}`);
    if (actor?.deviceCounterId != null) void socket.join(`counter:${actor.deviceCounterId}`);
    socket.emit('queue:snapshot', hub.snapshot());
    socket.on('queue:resync', () => socket.emit('queue:snapshot', hub.snapshot()));
  });
  hub.attach(io, queue);
  // Open websockets would keep the HTTP server from closing: end them first.
  // Closing the transports (not disconnecting the sockets) lets every client reconnect by itself
  // when the server is back: socket.io-client retries a lost transport, never a server's goodbye.
  app.addHook('preClose', async () => {
    io.engine.close();
  });
  return io;
}
