// The measured scenarios, each against one server URL (the real server or the baseline).
import { join } from 'node:path';
import type { Ticket } from '../../server/src/protocol/index.ts';
import { QueueService } from '../../server/src/services/queue.ts';
import { Store } from '../../server/src/store/index.ts';
import { closedLoop, type HttpClient } from './http.ts';
import { epochNow, type ScreenPool } from './screens.ts';
import { quantile, round } from './stats.ts';

export const KIOSK_KEY = 'demo-kiosk';
/** The demo center's services (ids 1–23 over the four departments). */
export const SERVICES = 23;

export interface Rate { rps: number; p50_ms: number; p99_ms: number; failures: number }

let nextService = 0;
function issueBody() {
  nextService = (nextService % SERVICES) + 1;
  return { serviceId: nextService };
}

/** `kiosks` kiosks issuing tickets back to back for `durationMs` (after a short warm-up). */
export async function issueRate(client: HttpClient, kiosks: number, durationMs: number): Promise<Rate> {
  const op = async () => (await client.post('/api/tickets', { token: KIOSK_KEY, body: issueBody() })).status === 201;
  await closedLoop(kiosks, 1000, op);
  const r = await closedLoop(kiosks, durationMs, op);
  return { rps: round(r.latencies.length / (r.elapsedMs / 1000), 0), p50_ms: round(quantile(r.latencies, 0.5), 2), p99_ms: round(quantile(r.latencies, 0.99), 2), failures: r.failures };
}

/**
 * Tops the waiting queue of a stopped server's data folder up to `total`, through QueueService.issue
 * itself but in one transaction (a set-up step: faster than 10,000 requests on a loaded machine).
 */
export function seedWaiting(dataDir: string, total: number): void {
  const store = Store.open(join(dataDir, 'motcua.db'));
  try {
    const queue = new QueueService(store, () => new Date(), { called() {}, queueChanged() {}, counterChanged() {} });
    const waiting = Object.values(queue.waitingCounts()).reduce((a, b) => a + b, 0);
    store.transaction(() => {
      for (let i = waiting; i < total; i++) queue.issue({ ...issueBody(), kioskId: null });
    });
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
 * Call-next throughput, every open counter at once for `durationMs`: each call-next is followed by
 * a transfer of the called ticket to the back of its own line, so the number waiting stays where it
 * was. Counts call-next operations per second.
 */
export async function callNextRate(client: HttpClient, tokens: string[], durationMs: number): Promise<number> {
  const cycle = async (w: number) => {
    const call = await client.post<{ ticket: Ticket | null }>(`/api/counters/${w + 1}/call-next`, { token: tokens[w] });
    const ticket = call.body.ticket;
    if (call.status !== 200 || !ticket) return false;
    const back = await client.post(`/api/tickets/${ticket.id}/transfer`, { token: tokens[w], body: { serviceId: ticket.serviceId, toBack: true } });
    return back.status === 200;
  };
  await closedLoop(tokens.length, 500, cycle);
  const r = await closedLoop(tokens.length, durationMs, cycle);
  if (r.failures > 0) throw new Error(`${r.failures} call-next cycles failed`);
  return round(r.latencies.length / (r.elapsedMs / 1000), 0);
}

export interface CallLatency { p50_ms: number; p99_ms: number; lost: number }

/**
 * `calls` times: POST call-next at counter 1, then wait until every screen of `screens` has the
 * `ticket:called` push; `settle(ticket)` then frees the counter for the next call (the real server
 * needs a finish; the baseline nothing).
 */
export async function callToScreens(client: HttpClient, token: string, screens: ScreenPool, calls: number, settle: (ticketId: number) => Promise<void>): Promise<CallLatency> {
  const latencies: number[] = [];
  let lost = 0;
  for (let i = 0; i < calls; i++) {
    const sentAt = epochNow();
    const r = await client.post<{ ticket: { id: number } | null }>('/api/counters/1/call-next', { token });
    const ticketId = r.body.ticket?.id;
    if (r.status !== 200 || ticketId === undefined) throw new Error(`call-next answered ${r.status}: ${JSON.stringify(r.body)}`);
    const delivery = await screens.delivery(ticketId, sentAt);
    if (Number.isFinite(delivery.latencyMs)) latencies.push(delivery.latencyMs);
    else lost++;
    await settle(ticketId);
  }
  return { p50_ms: round(quantile(latencies, 0.5), 1), p99_ms: lost > 0 ? Infinity : round(quantile(latencies, 0.99), 1), lost };
}
