// The wait forecast of a long queue, off the event loop: a worker thread (eta-worker.ts) with its own
// read-only connection runs computeForecast while the server answers from the forecast it holds.
// 10,000 waiting tickets take tens of milliseconds to read and run forward, each time a freeze of
// every screen, console and kiosk. Started at the first long queue; should it fail, or be closed,
// the forecast is computed in place again (`ask` answers null).
import type { Worker } from 'node:worker_threads';
import { startThread } from '@motcua/drivers/threads';
import type { ForecastRequest, PackedForecast } from './eta-compute.ts';

type Answer = { forecast: PackedForecast } | { error: string };

export class ForecastThread {
  private worker: Worker | null = null;
  private failed = false;
  private answer: ((forecast: PackedForecast | null) => void) | null = null;

  constructor(private readonly file: string) {}

  /** False once the thread failed or was closed. */
  get available(): boolean {
    return !this.failed;
  }

  /** The forecast of `request`, computed in the thread; null when the thread cannot (compute it in place). One at a time. */
  ask(request: ForecastRequest): Promise<PackedForecast | null> {
    const worker = this.started();
    if (!worker || this.answer) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.answer = resolve;
      worker.postMessage(request);
    });
  }

  private started(): Worker | null {
    if (this.failed) return null;
    if (this.worker) return this.worker;
    try {
      const worker = startThread(new URL('./eta-worker.ts', import.meta.url), { workerData: { file: this.file } });
      worker.unref();
      worker.on('message', (answer: Answer) => this.settle('forecast' in answer ? answer.forecast : null));
      worker.on('error', () => this.fail());
      worker.on('exit', () => this.fail());
      this.worker = worker;
      return worker;
    } catch {
      this.fail();
      return null;
    }
  }

  private settle(forecast: PackedForecast | null): void {
    const answer = this.answer;
    this.answer = null;
    answer?.(forecast);
  }

  private fail(): void {
    this.failed = true;
    this.worker = null;
    this.settle(null);
  }

  /** Ends the thread (its connection closes first); later forecasts are computed in place. */
  close(): void {
    const worker = this.worker;
    this.fail();
    worker?.postMessage(null);
  }
}
