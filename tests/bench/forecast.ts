// The wait forecast (issue 17) at 10,000 waiting tickets: the call policy run forward over the whole
// queue, as the server computes it after a change (on its event loop). In this process, through the
// queue service on a real SQLite file: the demo center with 12 counters open, each with a ticket in
// hand, and a forecast forced each round (the clock moves past the forecast's interval).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../server/src/domain/actor.ts';
import { QueueService } from '../../server/src/services/queue/index.ts';
import { Store } from '../../server/src/store/index.ts';
import { benchConfig, seedQueue } from './scenarios.ts';
import { quantile, round } from './stats.ts';

const ROUNDS = 15;
const COUNTERS = 12;

export interface ForecastFigures { waiting: number; p50_ms: number; max_ms: number }

export function forecastAt(waiting: number): ForecastFigures {
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
    const last = store.tickets.get(Number(store.db.prepare("SELECT max(id) FROM tickets WHERE status = 'waiting'").pluck().get()))!;
    const times: number[] = [];
    for (let i = 0; i < ROUNDS + 2; i++) {
      now += 10 * 60_000; // past the interval of a forecast of 10,000 tickets (2 ms each)
      const started = performance.now();
      const eta = queue.views.view(last).etaMinutes;
      if (eta === undefined) throw new Error('the forecast gave no wait');
      if (i >= 2) times.push(performance.now() - started); // warm-up
    }
    return { waiting: Object.values(queue.views.waitingCounts()).reduce((a, b) => a + b, 0), p50_ms: round(quantile(times, 0.5), 1), max_ms: round(Math.max(...times), 1) };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
