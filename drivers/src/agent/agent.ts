// The device agent: one Socket.IO connection to the server with the agent's key, which it keeps by
// itself (reconnecting after a network cut, a server restart or a refused key); the printer, which
// prints the `print:job`s of the kiosks bound to this agent and whose status is read every
// `statusSeconds` and after each job; the keypads and rating boxes (their commands go to the server
// over HTTP, their states with the printer's in `device:status`). Every result of a job is kept
// until the server acknowledges it, across reconnections: a job is never both lost and silent.
import { hostname } from 'node:os';
import type {
  AgentDevice, AgentHello, AgentWelcome, ClientToServerEvents, ErrorBody, PrintJobRequest, PrintJobResult, ServerToClientEvents,
} from '@motcua/protocol';
import { io, type Socket } from 'socket.io-client';
import { httpSender, runHidDevices, type HidDevices } from '../hid/index.ts';
import { createPrinter } from '../printer/create.ts';
import { printTicket } from '../printer/print-ticket.ts';
import type { TicketPrinter } from '../printer/types.ts';
import { createRenderPool } from '../render/pool.ts';
import type { AgentOptions } from './options.ts';
import { printerState } from './printer-state.ts';

type AgentSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface AgentContext {
  version: string;
  log(line: string): void;
}

export interface RunningAgent {
  /** Takes no new job, finishes the one printing, hands its results to the server if it can, disconnects. */
  stop(): Promise<void>;
}

const ACK_MS = 5000;
/** After the server refused the key or the hello, when to try again. */
const REFUSED_RETRY_MS = 30_000;
/** After the server closed the connection itself (restart, revoked key). */
const SERVER_CLOSED_RETRY_MS = 1000;
/** Results kept for a server that is away; the oldest go first. */
const MAX_UNACKNOWLEDGED = 200;

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/** Starts the agent; throws at once on a printer spec or HID section it cannot use. */
export function startAgent(options: AgentOptions, { version, log }: AgentContext): RunningAgent {
  const printer: TicketPrinter | null = options.printer ? createPrinter(options.printer) : null;
  // jobs print one at a time: one thread draws them, off the loop that keeps the connection alive
  const renderer = printer && createRenderPool({ threads: 1 });
  let printerDevice: AgentDevice | null = printer && { kind: 'printer', name: printer.describe(), state: 'unknown', since: new Date().toISOString() };
  const unacknowledged = new Map<string, PrintJobResult>();
  let jobs: Promise<void> = Promise.resolve();
  let stopping = false;
  let unreachableSince: number | null = null;
  let retry: NodeJS.Timeout | undefined;
  // assigned below: the HID drivers may report a state while they start
  let hid: HidDevices | null = null;

  const socket: AgentSocket = io(options.server, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { token: options.key },
    reconnectionDelay: 1000,
    reconnectionDelayMax: 5000,
  });
  hid = options.hid === null ? null : runHidDevices({
    config: options.hid,
    send: httpSender({ server: options.server, key: options.key }),
    onStatus: () => reportStatus(),
    log: (line) => log(`hid: ${line}`),
  });
  log(`motcua-agent ${version} on ${hostname()}: server ${options.server}; printer: ${printer ? `${printer.describe()}, ${options.paperWidth === 576 ? 80 : 58} mm paper` : 'none'}; HID devices: ${hid?.statuses().length ?? 0}`);

  const devices = (): AgentDevice[] => [...(printerDevice ? [printerDevice] : []), ...(hid?.statuses() ?? [])];

  function reportStatus(): void {
    if (socket.connected) socket.emit('device:status', { devices: devices() });
  }

  /** Reads the printer's status; tells the server when it changed, or anyway when `always`. */
  async function readPrinter(always: boolean): Promise<void> {
    if (printer && printerDevice) {
      const now = printerState(await printer.status());
      const changed = now.state !== printerDevice.state || now.detail !== printerDevice.detail;
      if (changed) {
        log(`printer: ${now.state}${now.detail ? ` (${now.detail})` : ''}`);
        printerDevice = { kind: 'printer', name: printerDevice.name, ...now, since: new Date().toISOString() };
      }
      if (changed && !always) reportStatus();
    }
    if (always) reportStatus();
  }
  const poll = setInterval(() => void readPrinter(true), options.statusSeconds * 1000);
  void readPrinter(false);

  async function print(job: PrintJobRequest, receivedAt: number): Promise<PrintJobResult> {
    const failed = (reason: string): PrintJobResult => ({ jobId: job.jobId, ticketId: job.ticketId, status: 'failed', reason });
    if (!printer || !renderer) return failed('unreachable: this agent has no printer: start it with --printer <spec>');
    if (stopping) return failed('unreachable: the device agent is stopping');
    const waited = Date.now() - receivedAt;
    if (waited > job.startWithinMs) return failed(`timeout: not printed: it waited ${seconds(waited)} for the printer, and the kiosk shows the ticket on screen by then`);
    const result = await printTicket(printer, renderer, job.content, options.paperWidth);
    return result.status === 'printed' ? { jobId: job.jobId, ticketId: job.ticketId, status: 'printed' } : failed(result.reason);
  }

  /** Hands a result to the server; kept until it acknowledges (sent again on each connection). */
  function deliver(result: PrintJobResult): Promise<void> {
    if (!socket.connected) return Promise.resolve();
    return socket.timeout(ACK_MS).emitWithAck('print:result', result).then(
      () => void unacknowledged.delete(result.jobId),
      () => log(`ticket ${result.ticketId}: the server did not acknowledge the result yet; it is sent again on the next connection`),
    );
  }

  socket.on('print:job', (job) => {
    const receivedAt = Date.now();
    log(`ticket ${job.number}: print job${job.reprint ? ' (reprint)' : ''} received`);
    jobs = jobs.then(async () => {
      const result = await print(job, receivedAt);
      log(`ticket ${job.number}: ${result.status}${result.reason ? ` (${result.reason})` : ''}`);
      unacknowledged.set(result.jobId, result);
      for (const jobId of [...unacknowledged.keys()].slice(0, Math.max(0, unacknowledged.size - MAX_UNACKNOWLEDGED))) unacknowledged.delete(jobId);
      void deliver(result);
      await readPrinter(false);
    }).catch((error: unknown) => log(`ticket ${job.number}: ${error instanceof Error ? error.message : String(error)}`));
  });

  socket.on('connect', () => {
    if (unreachableSince !== null) log(`reached the server again after ${seconds(Date.now() - unreachableSince)}`);
    unreachableSince = null;
    const hello: AgentHello = { version, hostname: hostname(), devices: devices() };
    socket.timeout(ACK_MS).emitWithAck('device:hello', hello).then((answer: AgentWelcome | ErrorBody) => {
      if ('error' in answer) {
        log(`the server refused this agent (${answer.error.message}); trying again in ${seconds(REFUSED_RETRY_MS)}`);
        socket.disconnect();
        return reconnectIn(REFUSED_RETRY_MS);
      }
      const kiosks = answer.kiosks.length > 0 ? `prints for ${answer.kiosks.map((k) => `"${k}"`).join(', ')}` : 'prints for no kiosk (an administrator binds kiosks to it)';
      log(`connected to ${options.server} as "${answer.name}": ${kiosks}${answer.counterId === null ? '' : `; keypads act for counter id ${answer.counterId}`}`);
      for (const result of unacknowledged.values()) void deliver(result);
    }, () => log('the server did not answer the hello; it is said again on the next connection'));
  });

  socket.on('connect_error', (error) => {
    if (!socket.active) {
      // refused by the server's check of the key: Socket.IO does not retry by itself
      log(`the server refused this agent's key (${error.message}): check --key, or ask an administrator for a key of kind "agent"; trying again in ${seconds(REFUSED_RETRY_MS)}`);
      reconnectIn(REFUSED_RETRY_MS);
    } else if (unreachableSince === null) {
      unreachableSince = Date.now();
      const cause = (error as Error & { description?: { message?: string } }).description?.message;
      log(`cannot reach the server at ${options.server} (${cause ?? error.message}); trying again every few seconds`);
    }
  });

  socket.on('disconnect', (reason) => {
    if (stopping || reason === 'io client disconnect') return;
    unreachableSince = Date.now();
    log(`disconnected from the server (${reason}); reconnecting`);
    // a server that closes the connection itself (restart, revoked key) is not retried by Socket.IO
    if (reason === 'io server disconnect') reconnectIn(SERVER_CLOSED_RETRY_MS);
  });

  function reconnectIn(ms: number): void {
    clearTimeout(retry);
    retry = setTimeout(() => socket.connect(), ms);
  }

  return {
    async stop() {
      stopping = true;
      clearInterval(poll);
      clearTimeout(retry);
      hid?.stop();
      await jobs;
      await Promise.all([...unacknowledged.values()].map(deliver));
      socket.close();
      await Promise.all([printer?.close(), renderer?.close()]);
    },
  };
}
