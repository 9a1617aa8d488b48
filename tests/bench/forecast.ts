// The wait forecast (issue 17) at 10,000 waiting tickets: the call policy run forward over the whole
// queue, as the server computes it after a change: in its thread (eta-thread.ts), with the thread's
// own connection, while the event loop goes on. In this process, through the queue service on a
// real SQLite file: the demo center with 12 counters open, each with a ticket in hand, and a
// forecast asked for each round (the clock moves past the forecast's interval). Figures: the time
// from asking until the new forecast is kept, the thread's own time for it (reads included), and
// what the event loop spends on asking.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../server/src/domain/actor.ts';
import { QueueService } from '../../server/src/services/queue/index.ts';
import { Store } from '../../server/src/store/index.ts';
import { benchConfig, seedQueue } from './scenarios.ts';
import { quantile, round } from './stats.ts';

const ROUNDS = 20;
/** Rounds not counted: the first runs in place (the queue is not yet known to be long), the next warm the thread's code up (optimised by V8), as a running server's forecast every second does within a minute. */
const WARM_UP = 20;
const COUNTERS = 12;

export interface ForecastFigures { waiting: number; p50_ms: number; max_ms: number; thread_p50_ms: number; event_loop_p50_ms: number }

export async function forecastAt(waiting: number): Promise<ForecastFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-forecast-'));
  let now = Date.now();
  const store = Store.open(join(dir, 'motcua.db'));
  try {
    store.catalog.applyConfig(benchConfig(), new Date(now));
    const queue = new QueueService(store, () => new Date(now), { called() {}, queueChanged() {}, counterChanged() {} });
    for (let c = 1; c <= COUNTERS; c++) {
      const officer = store.auth.userByUsername(`officer${String(c).padStart(2, '0')}`)!;
      const actor: Actor = { userId: officer.id, deviceId: null, role: 'officer', departmentId: officer.departmentId, deviceCounterId: null };
      queue.counters.open(c, actor);
      seedQueue(store, queue, 40);
      queue.calling.callNext(c, actor);
    }
    seedQueue(store, queue, waiting);
    const { waits } = queue.views;
    const times: number[] = [];
    const thread: number[] = [];
    const asking: number[] = [];
    for (let i = 0; i < WARM_UP + ROUNDS; i++) {
      now += 10 * 60_000; // past the interval of any forecast
      const started = performance.now();
      const done = waits.refresh();
      const asked = performance.now() - started;
      await done;
      const last = waits.last()!;
      if (i < WARM_UP) continue;
      if (last.where !== 'thread') throw new Error('the forecast of 10,000 waiting did not run in its thread');
      times.push(performance.now() - started);
      asking.push(asked);
      thread.push(last.tookMs);
    }
    const newest = store.tickets.get(Number(store.db.prepare("SELECT max(id) FROM tickets WHERE status = 'waiting'").pluck().get()))!;
    if (queue.views.view(newest).etaMinutes === undefined) throw new Error('the forecast gave no wait');
    queue.close();
    return {
      waiting: Object.values(queue.views.waitingCounts()).reduce((a, b) => a + b, 0), p50_ms: round(quantile(times, 0.5), 1), max_ms: round(Math.max(...times), 1),
      thread_p50_ms: round(quantile(thread, 0.5), 1), event_loop_p50_ms: round(quantile(asking, 0.5), 2),
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
