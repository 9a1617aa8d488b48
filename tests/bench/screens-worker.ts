// A load-generator process holding many screen connections (socket.io-client, websocket transport).
// It records when each `ticket:called` reaches each of its screens and answers the parent over IPC.
// Times are epoch milliseconds with sub-millisecond precision (epochNow), so the parent can compare
// them with its own.
import { io, type Socket } from 'socket.io-client';
import { epochNow as now, type ScreenReply, type ScreenRequest } from './screens.ts';

const sockets: Socket[] = [];
/** ticketId → how many screens have the call, and when the last one got it. */
const calls = new Map<number, { count: number; lastAt: number }>();
const waiters = new Map<number, () => void>();

function send(reply: ScreenReply): void {
  process.send!(reply);
}

function open(url: string, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { path: '/socket.io', transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
    socket.once('queue:snapshot', () => resolve());
    socket.once('connect_error', reject);
    socket.on('ticket:called', (call: { ticketId: number }) => {
      const at = now();
      const seen = calls.get(call.ticketId) ?? { count: 0, lastAt: 0 };
      seen.count++;
      seen.lastAt = at;
      calls.set(call.ticketId, seen);
      if (seen.count >= sockets.length) waiters.get(call.ticketId)?.();
    });
    sockets.push(socket);
  });
}

async function connect(url: string, token: string, total: number): Promise<void> {
  const BATCH = 50;
  while (sockets.length < total) {
    const n = Math.min(BATCH, total - sockets.length);
    await Promise.all(Array.from({ length: n }, () => open(url, token)));
  }
}

function awaitCall(ticketId: number, timeoutMs: number): Promise<void> {
  if ((calls.get(ticketId)?.count ?? 0) >= sockets.length) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function done() {
      clearTimeout(timer);
      waiters.delete(ticketId);
      resolve();
    }
    waiters.set(ticketId, done);
  });
}

process.on('message', (message: ScreenRequest) => {
  void (async () => {
    switch (message.type) {
      case 'connect':
        await connect(message.url, message.token, message.total);
        send({ type: 'connected', screens: sockets.length });
        break;
      case 'await': {
        await awaitCall(message.ticketId, message.timeoutMs);
        const seen = calls.get(message.ticketId) ?? { count: 0, lastAt: NaN };
        calls.delete(message.ticketId);
        send({ type: 'call', ticketId: message.ticketId, received: seen.count, lastAt: seen.lastAt });
        break;
      }
    }
  })().catch((e: unknown) => send({ type: 'error', message: String(e) }));
});
