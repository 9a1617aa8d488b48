// `npm run bench`: the real server against a bare baseline (tests/bench/baseline.ts), each in its
// own process on 127.0.0.1, measured in the same run so that every figure is also a ratio. Progress
// lines first; the last line of output is one JSON object (see issue 9). Bounded: under 5 minutes.
import { join } from 'node:path';
import { spawnServer, type ChildServer } from '../support/child-server.ts';
import { HttpClient } from './http.ts';
import { callNextRate, callToScreens, issueRate, KIOSK_KEY, openCounters, seedWaiting, type CallLatency } from './scenarios.ts';
import { ScreenPool } from './screens.ts';
import { round } from './stats.ts';

const KIOSKS = 50;
const ISSUE_MS = 10_000;
const CALL_NEXT_MS = 5_000;
const CALLS = 100;
const SCREEN_STEPS = [500, 1000, 2000, 4000, 8000];
const P99_LIMIT_MS = 100;
const BUDGET_MS = 270_000;
const DISPLAY_KEY = 'demo-display';

const started = performance.now();
const log = (line: string) => console.log(`[bench ${round((performance.now() - started) / 1000, 0)}s] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (kb: number) => round(kb / 1024, 1);

const servers: ChildServer[] = [];
const pool = new ScreenPool(2);
async function start(label: string, dir?: string, script?: string): Promise<ChildServer> {
  const s = await spawnServer({ script, dir });
  servers.push(s);
  log(`${label} started (pid ${s.pid}, ${s.url})`);
  return s;
}
async function shutdown(): Promise<void> {
  pool.close();
  await Promise.all(servers.map((s) => s.close()));
}

try {
  // ---- idle memory and issue throughput: a fresh real server and the baseline
  const real = await start('motcua');
  const base = await start('baseline', undefined, join(import.meta.dirname, 'baseline.ts'));
  await sleep(3000);
  const idle = { real: real.rssKb(), base: base.rssKb() };
  log(`idle RSS: motcua ${mb(idle.real)} MB, baseline ${mb(idle.base)} MB`);

  const baseHttp = new HttpClient(base.url);
  const baseIssue = await issueRate(baseHttp, KIOSKS, ISSUE_MS);
  log(`issue, baseline: ${baseIssue.rps} tickets/s, p50 ${baseIssue.p50_ms} ms, p99 ${baseIssue.p99_ms} ms (${baseIssue.failures} failed)`);
  const realHttp = new HttpClient(real.url);
  const realIssue = await issueRate(realHttp, KIOSKS, ISSUE_MS);
  log(`issue, motcua: ${realIssue.rps} tickets/s, p50 ${realIssue.p50_ms} ms, p99 ${realIssue.p99_ms} ms (${realIssue.failures} failed)`);
  realHttp.close();
  await real.close();

  // ---- call-next with 100, then 10,000 tickets waiting, 12 counters open. The queue is seeded
  // while the server is stopped; a closed loop ends with empty hands, so a restart finds it clean.
  let queue = await start('motcua (call-next)');
  await queue.stop();
  seedWaiting(queue.dir, 100);
  queue = await start('motcua with 100 waiting', queue.dir);
  let http = new HttpClient(queue.url);
  const tokens = await openCounters(http, 12);
  const at100 = await callNextRate(http, tokens, CALL_NEXT_MS);
  log(`call-next with 100 waiting: ${at100} ops/s`);
  http.close();
  await queue.stop();
  seedWaiting(queue.dir, 10_000);
  queue = await start('motcua with 10,000 waiting', queue.dir);
  http = new HttpClient(queue.url);
  const at10k = await callNextRate(http, tokens, CALL_NEXT_MS);
  log(`call-next with 10,000 waiting: ${at10k} ops/s (${round(at10k / at100, 2)}× of at 100)`);

  // ---- call → every screen: 500 screens on the baseline, then on the real server
  await pool.connect(base.url, DISPLAY_KEY, SCREEN_STEPS[0]!);
  const baseRss = base.rssKb();
  const baseScreens = await callToScreens(baseHttp, KIOSK_KEY, pool, CALLS, async () => {});
  log(`call → ${pool.screens} screens, baseline: p50 ${baseScreens.p50_ms} ms, p99 ${baseScreens.p99_ms} ms (baseline ${round((baseRss - idle.base) / pool.screens, 1)} KB per connection over idle)`);
  await pool.disconnect();
  baseHttp.close();
  await base.close();

  const finish = async (ticketId: number) => {
    const r = await http.post(`/api/tickets/${ticketId}/finish`, { token: tokens[0] });
    if (r.status !== 200) throw new Error(`finish answered ${r.status}`);
  };
  const rssBefore = queue.rssKb();
  let perConnectionKb = NaN;
  let maxScreens = 0;
  let at500: CallLatency | undefined;
  for (const screens of SCREEN_STEPS) {
    if (performance.now() - started > BUDGET_MS) {
      log(`time budget reached: stopping at ${maxScreens} screens`);
      break;
    }
    await pool.connect(queue.url, DISPLAY_KEY, screens);
    await sleep(1000);
    if (screens === 2000) perConnectionKb = round((queue.rssKb() - rssBefore) / screens, 1);
    const latency = await callToScreens(http, tokens[0]!, pool, CALLS, finish);
    at500 ??= latency;
    log(`call → ${pool.screens} screens, motcua: p50 ${latency.p50_ms} ms, p99 ${latency.p99_ms} ms, RSS ${mb(queue.rssKb())} MB${latency.lost ? `, ${latency.lost} calls missed a screen` : ''}`);
    if (latency.p99_ms > P99_LIMIT_MS) break;
    maxScreens = screens;
  }
  await pool.disconnect();
  http.close();
  log(`per connection: ${perConnectionKb} KB (RSS growth from 0 to 2,000 screens)`);

  const result = {
    issue: { rps: realIssue.rps, p50_ms: realIssue.p50_ms, p99_ms: realIssue.p99_ms, baseline_rps: baseIssue.rps, baseline_p99_ms: baseIssue.p99_ms },
    callNext: { ops_at_100_waiting: at100, ops_at_10000_waiting: at10k },
    callToScreens: { screens: SCREEN_STEPS[0], p50_ms: at500!.p50_ms, p99_ms: at500!.p99_ms, baseline_p50_ms: baseScreens.p50_ms, baseline_p99_ms: baseScreens.p99_ms },
    maxScreens: { at_p99_100ms: maxScreens },
    memory: { idle_rss_mb: mb(idle.real), baseline_idle_rss_mb: mb(idle.base), per_connection_kb: perConnectionKb },
  };
  log(`ratios: issue rps ${round(result.issue.rps / result.issue.baseline_rps, 2)}× baseline (target ≥ 0.5), p99 ${round(result.issue.p99_ms / result.issue.baseline_p99_ms, 2)}× (≤ 2); `
    + `call-next 10,000/100 ${round(at10k / at100, 2)} (≥ 0.67); call→screens p99 ${round(at500!.p99_ms / baseScreens.p99_ms, 2)}× (≤ 2); `
    + `max screens ${maxScreens} (≥ 2,000); idle RSS ${round(idle.real / idle.base, 2)}× (≤ 1.5); ${perConnectionKb} KB per connection (≤ 60)`);
  await shutdown();
  log(`done in ${round((performance.now() - started) / 1000, 0)} s`);
  console.log(JSON.stringify(result));
} catch (e) {
  await shutdown();
  throw e;
}
