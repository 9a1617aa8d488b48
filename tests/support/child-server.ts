// A server in its own process (the real one from server/src/main.ts, or the benchmark baseline): for
// benchmarks, the day simulator and the tests that kill a server with SIGKILL. The benchmark runs the
// real server as `npm start` does: compiled to JavaScript, run by node without tsx.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
// @ts-expect-error plain ESM helper shared with `npm start`
import { buildStaleServer, SERVER_MAIN, SERVER_NODE_ARGS } from '../../server/scripts/server-build.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
export const MAIN_SCRIPT = join(ROOT, 'server', 'src', 'main.ts');
const TSX = import.meta.resolve('tsx');
const READY = /is running: https?:\/\/[^:\s]+:(\d+)/;
const LOOP_DELAY = /^event-loop delay: p50 ([\d.]+) ms, p99 ([\d.]+) ms, max ([\d.]+) ms/;

/** The server's event-loop delay over a stretch of time, in ms (see main.ts, SIGUSR2). */
export interface EventLoopDelay { p50_ms: number; p99_ms: number; max_ms: number }

export interface ChildServer {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  pid: number;
  /** The data folder (DATA_DIR). */
  dir: string;
  child: ChildProcess;
  /** The last lines the process printed (and how it ended, if it did), for error messages. */
  output(): string;
  /** Resident memory of the server process, in kB (from /proc). */
  rssKb(): number;
  /** CPU time the process has used so far, in ms (from /proc). */
  cpuMs(): number;
  /** The event-loop delay since the last call (or the start): asks with SIGUSR2, reads the line it prints. */
  eventLoopDelay(): Promise<EventLoopDelay>;
  /** Kills the process with `signal` and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Stops the process (SIGTERM), keeping its data folder. */
  stop(): Promise<void>;
  /** Stops the process and deletes its data folder. */
  close(): Promise<void>;
}

export interface SpawnOptions {
  /** The TypeScript entry point; the real server by default. */
  script?: string;
  /** Reuse this data folder (a restart); a new temporary one otherwise. */
  dir?: string;
  /** 0 (any free port) by default. */
  port?: number;
  /** Extra environment (LOG_LEVEL, MOTCUA_PRINTER, …). */
  env?: Record<string, string>;
  /** Give up waiting for the "is running" line after this long. */
  startTimeoutMs?: number;
  /** Run the real server as `npm start` does: compiled to JavaScript (built first if stale), by node. */
  compiled?: boolean;
}

/**
 * Starts `node --import tsx <script>` (or the compiled server) with PORT, HOST=127.0.0.1, DATA_DIR, MOTCUA_RATE_LIMIT=0 and
 * no printer, and resolves once it prints "… is running: http://host:port". Its output is drained
 * (a full pipe would stall the server); the last lines are kept for the error if it dies early.
 */
export function spawnServer(options: SpawnOptions = {}): Promise<ChildServer> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'motcua-child-'));
  if (options.compiled) (buildStaleServer as (log: (line: string) => void) => boolean)(() => {});
  const args = options.compiled ? [...(SERVER_NODE_ARGS as string[]), SERVER_MAIN as string] : ['--import', TSX, options.script ?? MAIN_SCRIPT];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0), HOST: '127.0.0.1', DATA_DIR: dir, MOTCUA_RATE_LIMIT: '0', MOTCUA_PRINTER: 'none', LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const keep = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
  };
  createInterface({ input: child.stderr! }).on('line', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stdout = createInterface({ input: child.stdout! });
  stdout.on('line', keep);

  return new Promise<ChildServer>((resolve, reject) => {
    const timer = setTimeout(() => fail(`no "is running" line within ${options.startTimeoutMs ?? 90_000} ms`), options.startTimeoutMs ?? 90_000);
    function fail(why: string) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`server ${options.script ?? MAIN_SCRIPT} did not start: ${why}\n${tail.join('\n')}`));
    }
    const early = (code: number | null, signal: NodeJS.Signals | null) => fail(`exited with ${signal ?? code}`);
    child.once('exit', early);
    stdout.on('line', (line) => {
      const m = READY.exec(line);
      if (!m) return;
      clearTimeout(timer);
      child.off('exit', early);
      const port = Number(m[1]);
      const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        await exited;
      };
      resolve({
        url: `http://127.0.0.1:${port}`, port, pid: child.pid!, dir, child,
        output: () => [...tail, ...(child.exitCode !== null || child.signalCode !== null ? [`(exited with ${child.signalCode ?? child.exitCode})`] : [])].join('\n'),
        rssKb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN),
        cpuMs: () => processCpuMs(child.pid!),
        eventLoopDelay: () => new Promise<EventLoopDelay>((resolveDelay) => {
          const read = (line: string) => {
            const d = LOOP_DELAY.exec(line);
            if (!d) return;
            stdout.off('line', read);
            resolveDelay({ p50_ms: Number(d[1]), p99_ms: Number(d[2]), max_ms: Number(d[3]) });
          };
          stdout.on('line', read);
          child.kill('SIGUSR2');
        }),
        kill,
        stop: () => kill('SIGTERM'),
        async close() {
          await kill('SIGTERM');
          rmSync(dir, { recursive: true, force: true });
        },
      });
    });
  });
}

/** CPU time (user + system) a process has used, in ms: /proc/<pid>/stat counts clock ticks of 10 ms. */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
