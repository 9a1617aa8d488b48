// The measured operations, each against one server (the real server or the baseline), and the
// set-up they need. index.ts runs them in turns so that every figure has a same-moment comparison.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CenterConfig } from '@motcua/protocol';
import { demoConfig } from '../../server/src/config/demo.ts';
import type { Ticket } from '@motcua/protocol';
import { QueueService } from '../../server/src/services/queue/index.ts';
import { Store } from '../../server/src/store/index.ts';
import type { HttpClient, LoadResult } from './http.ts';
import { epochNow, type ScreenPool } from './screens.ts';
import { quantile, round } from './stats.ts';

export const KIOSK_KEY = 'demo-kiosk';
/** The demo center's services (ids 1–23 over the four departments). */
export const SERVICES = 23;

/** The demo center with number blocks of 19,999 per department instead of 999: 10,000 live tickets do not fit in the demo's blocks. */
export function benchConfig(): CenterConfig {
  const demo = demoConfig();
  const departments = demo.departments.map((d, i) => ({ ...d, block: { start: 10_001 + i * 20_000, end: 29_999 + i * 20_000 } }));
  return { ...demo, departments };
}

/** benchConfig() written as a MOTCUA_CONFIG file. */
export function benchConfigFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'motcua-bench-')), 'center.json');
  writeFileSync(file, JSON.stringify(benchConfig()));
  return file;
}

let nextService = 0;
function issueBody() {
  nextService = (nextService % SERVICES) + 1;
  return { serviceId: nextService };
}

/** A kiosk issuing one ticket; it succeeded if answered 201 (which the real server does once it is durable). */
export function issueOp(client: HttpClient): () => Promise<boolean> {
  return async () => (await client.post('/api/tickets', { token: KIOSK_KEY, body: issueBody() })).status === 201;
}

export interface Rate { rps: number; p50_ms: number; p99_ms: number; failures: number }

export function rate(r: LoadResult): Rate {
  return { rps: round(r.latencies.length / (r.elapsedMs / 1000), 0), p50_ms: round(quantile(r.latencies, 0.5), 2), p99_ms: round(quantile(r.latencies, 0.99), 2), failures: r.failures };
}

/** Tops the waiting queue up to `total` through the queue's issuing itself, in one transaction (faster than requests). */
export function seedQueue(store: Store, queue: QueueService, total: number): void {
  const waiting = Object.values(queue.views.waitingCounts()).reduce((a, b) => a + b, 0);
  store.transaction(() => {
    for (let i = waiting; i < total; i++) queue.issuing.issue({ ...issueBody(), kioskId: null });
  });
}

/** seedQueue on a stopped server's data folder (a set-up step). */
export function seedWaiting(dataDir: string, total: number): void {
  const store = Store.open(join(dataDir, 'motcua.db'));
  try {
    seedQueue(store, new QueueService(store, () => new Date(), { called() {}, queueChanged() {}, counterChanged() {} }), total);
  } finally {
    store.close();
  }
}

/** Signs officer01…officerNN in and opens counters 1…NN (the demo: three per department). */
export async function openCounters(client: HttpClient, count: number): Promise<string[]> {
  return Promise.all(Array.from({ length: count }, async (_, i) => {
    const username = `officer${String(i + 1).padStart(2, '0')}`;
    const login = await client.post<{ token: string }>('/api/auth/login', { body: { username, password: 'demo' } });
    if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`);
    const open = await client.post(`/api/counters/${i + 1}/open`, { token: login.body.token });
    if (open.status !== 200) throw new Error(`open counter ${i + 1}: ${open.status}`);
    return login.body.token;
  }));
}

/**
 * One officer's call-next at counter `worker + 1`, then a transfer of the called ticket to the back
 * of its own line, so that the number waiting stays where it was.
 */
export function callNextOp(client: HttpClient, tokens: string[]): (worker: number) => Promise<boolean> {
  return async (w) => {
    const call = await client.post<{ ticket: Ticket | null }>(`/api/counters/${w + 1}/call-next`, { token: tokens[w] });
    const ticket = call.body.ticket;
    if (call.status !== 200 || !ticket) return false;
    const back = await client.post(`/api/tickets/${ticket.id}/transfer`, { token: tokens[w], body: { serviceId: ticket.serviceId, toBack: true } });
    return back.status === 200;
  };
}

/** A server with its screens, and what frees its counter 1 after a call (the real server needs a finish). */
export interface CallTarget {
  client: HttpClient;
  token: string;
  screens: ScreenPool;
  settle(ticketId: number): Promise<void>;
}

/**
 * Calls are this far apart (after the previous one reached every screen and was settled): several
 * calls a second, far above a center's pace, yet not back to back, so that a figure is the latency
 * of one call rather than the backlog of calls queued behind each other.
 */
export const CALL_GAP_MS = 150;

/** POST call-next at counter 1, then the time until every screen has the `ticket:called` push (ms). */
export async function callToScreens(target: CallTarget): Promise<number> {
  await new Promise((r) => setTimeout(r, CALL_GAP_MS));
  const sentAt = epochNow();
  const r = await target.client.post<{ ticket: { id: number } | null }>('/api/counters/1/call-next', { token: target.token });
  const ticketId = r.body.ticket?.id;
  if (r.status !== 200 || ticketId === undefined) throw new Error(`call-next answered ${r.status}: ${JSON.stringify(r.body)}`);
  const delivery = await target.screens.delivery(ticketId, sentAt);
  await target.settle(ticketId);
  return delivery.latencyMs;
}

export interface CallLatency { p50_ms: number; p99_ms: number; lost: number }

export function callLatency(latencies: number[]): CallLatency {
  const lost = latencies.filter((l) => !Number.isFinite(l)).length;
  return { p50_ms: round(quantile(latencies, 0.5), 1), p99_ms: round(quantile(latencies, 0.99), 1), lost };
}
