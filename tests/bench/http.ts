// A lean keep-alive HTTP client for load generation (node:http: less CPU per request than fetch, so
// the load generator is not what limits the figures on 2 cores), and a closed-loop load runner.
import http from 'node:http';

export interface Reply<T = unknown> { status: number; body: T }

export interface RequestOptions { token?: string; body?: unknown; headers?: Record<string, string> }

export class HttpClient {
  private readonly agent: http.Agent;
  private readonly host: string;
  private readonly port: number;

  /** keepAlive false: a new connection per request (for a server that may close one after an error). */
  constructor(url: string, maxSockets = 64, keepAlive = true) {
    const u = new URL(url);
    this.host = u.hostname;
    this.port = Number(u.port);
    this.agent = new http.Agent({ keepAlive, maxSockets });
  }

  request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<Reply<T>> {
    const payload = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    const headers: Record<string, string> = { ...options.headers };
    if (payload !== undefined) {
      headers['content-type'] ??= 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    return new Promise((resolve, reject) => {
      const req = http.request({ host: this.host, port: this.port, method, path, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body: body as T });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  post<T = unknown>(path: string, options: RequestOptions = {}): Promise<Reply<T>> {
    return this.request<T>('POST', path, options);
  }

  get<T = unknown>(path: string, options: RequestOptions = {}): Promise<Reply<T>> {
    return this.request<T>('GET', path, options);
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface LoadResult {
  /** Latency of every completed operation, ms. */
  latencies: number[];
  elapsedMs: number;
  /** Operations that answered something else than expected. */
  failures: number;
}

/**
 * `workers` loops, each running `op` back to back for `durationMs` (closed loop: a new operation
 * starts when the last one answered). `op` answers whether the operation succeeded.
 */
export async function closedLoop(workers: number, durationMs: number, op: (worker: number) => Promise<boolean>): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const start = performance.now();
  const end = start + durationMs;
  await Promise.all(Array.from({ length: workers }, async (_, w) => {
    while (performance.now() < end) {
      const t = performance.now();
      const ok = await op(w);
      latencies.push(performance.now() - t);
      if (!ok) failures++;
    }
  }));
  return { latencies, elapsedMs: performance.now() - start, failures };
}

/**
 * Several targets measured in turns of `windowMs` (a, b, a, b, …), `rounds` turns each, so that a
 * noisy machine weighs on all of them alike. One result per target, windows added up.
 */
export async function inTurns(ops: ((worker: number) => Promise<boolean>)[], workers: number, windowMs: number, rounds: number): Promise<LoadResult[]> {
  const results: LoadResult[] = ops.map(() => ({ latencies: [], elapsedMs: 0, failures: 0 }));
  for (let r = 0; r < rounds; r++) {
    for (const [i, op] of ops.entries()) {
      const window = await closedLoop(workers, windowMs, op);
      const total = results[i]!;
      for (const l of window.latencies) total.latencies.push(l);
      total.elapsedMs += window.elapsedMs;
      total.failures += window.failures;
    }
  }
  return results;
}

/** An open-loop load: `op` started `perSecond` times a second whatever the answers, until stopped. */
export function paced(perSecond: number, op: () => Promise<boolean>): { stop(): Promise<{ sent: number; failures: number }> } {
  let sent = 0;
  let failures = 0;
  const running = new Set<Promise<void>>();
  const timer = setInterval(() => {
    sent++;
    const request = op().then((ok) => void (ok || failures++), () => void failures++);
    running.add(request);
    void request.finally(() => running.delete(request));
  }, 1000 / perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(running);
      return { sent, failures };
    },
  };
}
