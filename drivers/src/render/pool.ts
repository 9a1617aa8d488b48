// The render pool: a few kept worker threads (piscina) that draw and encode tickets (worker.ts), so
// that the event loop of the server or the device agent never spends tens of milliseconds of CPU
// on a ticket. Sized to the machine, with a bounded queue; a thread that throws or dies fails only
// the job it had (piscina starts a new thread), and the caller reports it as a failed print.
import { availableParallelism } from 'node:os';
import type { TicketPrintContent } from '@motcua/protocol';
import { threadEntry } from '../thread-entry.ts';
import type { Piscina } from 'piscina';
import type { PaperWidth } from '../ticket/types.ts';
import type { RenderedJob, RenderTask, TestFault } from './worker.ts';

export type { TestFault } from './worker.ts';

/**
 * Render threads lower their priority by this much (worker.ts), so that the event loop and the
 * requests it serves (and, on a small PC, the displays' browser) go first when the CPU is short.
 * piscina's own niceIncrement needs an optional native package and does nothing without it.
 */
export const NICE_INCREMENT = 10;

/** Tickets waiting for a thread, beyond which a new one fails at once (its kiosk shows it on screen). */
const DEFAULT_RENDER_QUEUE = 64;

export interface RenderPoolOptions {
  /** max(1, cores − 1) by default: one core is left to the event loop. */
  threads?: number;
  maxQueue?: number;
  /** Tests only: the fault, if any, that the thread rendering this content is told to commit. */
  testFault?: (content: TicketPrintContent) => TestFault | undefined;
}

export interface RenderPool {
  /** Rejects when the queue is full, the render throws or the thread dies in the job. */
  render(content: TicketPrintContent, width: PaperWidth): Promise<RenderedJob>;
  /** Waits for the jobs under way, then stops the threads. */
  close(): Promise<void>;
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Starts the threads at once; piscina itself is loaded only then, so a process without a printer never loads it. */
export function createRenderPool(options: RenderPoolOptions = {}): RenderPool {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const maxQueue = options.maxQueue ?? DEFAULT_RENDER_QUEUE;
  // one error for every ticket turned away: in a burst thousands are, each a stack trace otherwise (10 µs of the event loop)
  const busy = new Error(`the ticket printer is busy: ${maxQueue} tickets are already waiting to be drawn`);
  const started: Promise<Piscina<RenderTask, RenderedJob>> = import('piscina').then(({ Piscina }) => new Piscina<RenderTask, RenderedJob>({
    ...threadEntry(new URL('./worker.ts', import.meta.url)),
    minThreads: threads,
    maxThreads: threads,
    maxQueue,
    recordTiming: false,
  }));
  return {
    async render(content, width) {
      const pool = await started;
      if (pool.queueSize >= maxQueue) throw busy;
      const testFault = options.testFault?.(content);
      // a thread's Buffers arrive as plain Uint8Arrays
      const job = await pool.run({ content, width, ...(testFault ? { testFault } : {}) });
      return { png: asBuffer(job.png), escpos: asBuffer(job.escpos) };
    },
    close: async () => (await started).close(),
  };
}
