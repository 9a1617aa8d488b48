// Screens spread over a few worker processes (so the load generator is not what limits the figures
// on 2 cores), and the measurement "an officer calls: how long until every screen has the push".
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { processCpuMs } from '../support/child-server.ts';

export type ScreenRequest =
  | { type: 'connect'; url: string; token: string; total: number }
  | { type: 'await'; ticketId: number; timeoutMs: number };

export type ScreenReply =
  | { type: 'connected'; screens: number }
  | { type: 'call'; ticketId: number; received: number; lastAt: number }
  | { type: 'error'; message: string };

const WORKER = join(import.meta.dirname, 'screens-worker.ts');
const TSX = import.meta.resolve('tsx');

class Worker {
  private readonly child: ChildProcess;
  private readonly replies: ((reply: ScreenReply) => void)[] = [];
  screens = 0;

  constructor() {
    this.child = fork(WORKER, [], { execArgv: ['--import', TSX], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (reply: ScreenReply) => this.replies.shift()?.(reply));
  }

  /** Requests are answered in order, one reply each. */
  ask(request: ScreenRequest): Promise<ScreenReply> {
    return new Promise((resolve, reject) => {
      this.replies.push((reply) => (reply.type === 'error' ? reject(new Error(reply.message)) : resolve(reply)));
      this.child.send(request);
    });
  }

  kill(): void {
    this.child.kill();
  }

  cpuMs(): number {
    return processCpuMs(this.child.pid!);
  }
}

export interface CallDelivery {
  /** Screens that received the call. */
  received: number;
  /** ms from `sentAt` until the last screen had it (Infinity when some never did). */
  latencyMs: number;
}

export class ScreenPool {
  private readonly workers: Worker[];

  constructor(workers = 2) {
    this.workers = Array.from({ length: workers }, () => new Worker());
  }

  get screens(): number {
    return this.workers.reduce((n, w) => n + w.screens, 0);
  }

  /** Grows to `total` connected screens (each has had its snapshot), spread evenly over the workers. */
  async connect(url: string, token: string, total: number): Promise<void> {
    await Promise.all(this.workers.map(async (w, i) => {
      const share = Math.floor(total / this.workers.length) + (i < total % this.workers.length ? 1 : 0);
      const reply = await w.ask({ type: 'connect', url, token, total: share });
      if (reply.type === 'connected') w.screens = reply.screens;
    }));
  }

  /** Waits until every screen has the call of `ticketId` (or `timeoutMs`), then says when. */
  async delivery(ticketId: number, sentAt: number, timeoutMs = 3000): Promise<CallDelivery> {
    const replies = await Promise.all(this.workers.map((w) => w.ask({ type: 'await', ticketId, timeoutMs })));
    let received = 0;
    let last = 0;
    for (const r of replies) {
      if (r.type !== 'call') continue;
      received += r.received;
      last = Math.max(last, r.lastAt);
    }
    return { received, latencyMs: received >= this.screens ? last - sentAt : Infinity };
  }

  /** CPU time the screens' processes have used so far, in ms. */
  cpuMs(): number {
    return this.workers.reduce((n, w) => n + w.cpuMs(), 0);
  }

  close(): void {
    for (const w of this.workers) w.kill();
  }
}

/** The clock the workers stamp receptions with. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}
