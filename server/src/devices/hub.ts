// The device hub: the server's side of the device agents (keys of kind `agent`). It keeps, in
// memory, each agent's connection and the state of its devices, and shows them on the dashboard
// through the DeviceStatusBoard (one printer row per kiosk the agent prints for, one row per
// keypad or rating box). It sends the print jobs of the kiosks bound to an agent to that agent's
// socket and waits for the result, never longer than `resultMs`: a job for an agent that is
// reconnecting waits for it; one for an agent gone for longer fails at once, so the kiosk shows
// the ticket on screen.
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Socket } from 'socket.io';
import type { Clock } from '../domain/business-day.ts';
import type { AgentDevice, AgentWelcome, ClientToServerEvents, DeviceStatus, PrintJobRequest, PrintJobResult, ServerToClientEvents } from '@motcua/protocol';
import type { IoServer, SocketData } from '../realtime/hub.ts';
import type { DeviceStatusBoard } from '../services/device-status.ts';
import type { Store } from '../store/index.ts';
import { received } from './messages.ts';

type AgentSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type Row = Omit<DeviceStatus, 'key' | 'since'>;

/** How a printout ended; on failure `reason` is "<code>: <message>". */
export type PrintOutcome = { status: 'printed' } | { status: 'failed'; reason: string };
/** A print job as the printing service asks it; the hub names it and sets its start limit. */
export type AgentJob = Omit<PrintJobRequest, 'jobId' | 'startWithinMs'>;

export interface DeviceHubTimes {
  /** From submitting a job to its result; then the job fails as `timeout` (or `unreachable`). */
  resultMs: number;
  /** What printing takes once started: an agent is told to start within resultMs − printMs. */
  printMs: number;
  /** An agent gone for less than this is taken as reconnecting: its jobs wait for it. */
  reconnectMs: number;
}

export const DEFAULT_DEVICE_HUB_TIMES: DeviceHubTimes = { resultMs: 10_000, printMs: 3_000, reconnectMs: 15_000 };

interface Agent {
  id: number;
  name: string;
  /** Sockets that said hello, oldest first: jobs go to the last one. */
  ready: AgentSocket[];
  /** When the last ready socket went away (the hub's start for an agent not seen yet). */
  offlineSince: Date;
  devices: AgentDevice[];
  /** The last printout's failure, until a printout succeeds. */
  lastFailure: string | null;
  /** Dashboard keys reported for it, to forget those it no longer has. */
  reported: Set<string>;
}

interface Job {
  request: Omit<PrintJobRequest, 'startWithinMs'>;
  agent: Agent;
  deadline: number;
  sent: boolean;
  timer: NodeJS.Timeout;
  settle(outcome: PrintOutcome): void;
}

type LateResult = (agentId: number, result: PrintJobResult) => void;

const OFFLINE_DETAIL = 'Máy tính điều khiển mất kết nối – device agent offline';
const LAST_FAILURE = 'Lần in trước bị lỗi – last printout failed';

export class DeviceHub {
  private readonly agents = new Map<number, Agent>();
  private readonly jobs = new Map<string, Job>();
  private readonly startedAt: Date;
  private late: LateResult = () => undefined;

  constructor(
    private readonly store: Store,
    private readonly board: DeviceStatusBoard,
    private readonly clock: Clock,
    private readonly log: Pick<FastifyBaseLogger, 'info' | 'warn'>,
    private readonly times: DeviceHubTimes = DEFAULT_DEVICE_HUB_TIMES,
  ) {
    this.startedAt = clock();
  }

  /** Serves the agents among the sockets of this server. */
  watch(io: IoServer): void {
    io.on('connection', (socket) => {
      const actor = socket.data.actor;
      if (actor?.role === 'agent' && actor.deviceId !== null) return this.serve(socket, this.agent(actor.deviceId, actor.username ?? `agent ${actor.deviceId}`));
      socket.on('device:hello', (_hello, ack) => answer(ack, {
        error: { code: 'not_an_agent', message: `This is ${actor ? `the key of a ${actor.role}` : 'no key'}, not the key of a device agent: ask an administrator for a key of kind "agent".` },
      }));
    });
  }

  /** Who hears results that come after their job settled (late, or from before a restart). */
  onLateResult(listener: LateResult): void {
    this.late = listener;
  }

  /** Prints through an agent: resolves with its result, or failed when it cannot answer in time. Never rejects. */
  print(agentId: number, agentName: string, request: AgentJob): Promise<PrintOutcome> {
    const agent = this.agent(agentId, agentName);
    const now = this.clock().getTime();
    if (!this.target(agent) && now - agent.offlineSince.getTime() >= this.times.reconnectMs) {
      return Promise.resolve(this.failed(agent, this.unreachable(agent)));
    }
    return new Promise((resolve) => {
      const jobId = randomUUID();
      const job: Job = {
        request: { ...request, jobId },
        agent,
        deadline: now + this.times.resultMs,
        sent: false,
        timer: setTimeout(() => {
          const reason = job.sent || this.target(agent)
            ? `timeout: the device agent "${agent.name}" did not answer within ${Math.round(this.times.resultMs / 1000)} s`
            : this.unreachable(agent);
          this.log.warn(`print job for ticket ${job.request.number} on agent "${agent.name}": ${reason}`);
          job.settle(this.failed(agent, reason));
        }, this.times.resultMs),
        settle: (outcome) => {
          clearTimeout(job.timer);
          this.jobs.delete(jobId);
          resolve(outcome);
        },
      };
      this.jobs.set(jobId, job);
      this.send(job);
    });
  }

  /** At shutdown: every job still waiting fails now (a late result after a restart still counts). */
  close(): void {
    for (const job of this.jobs.values()) job.settle({ status: 'failed', reason: 'unreachable: the server stopped before the device agent answered' });
  }

  private agent(id: number, name: string): Agent {
    let agent = this.agents.get(id);
    if (!agent) {
      agent = { id, name, ready: [], offlineSince: this.startedAt, devices: [], lastFailure: null, reported: new Set() };
      this.agents.set(id, agent);
    }
    return agent;
  }

  private target(agent: Agent): AgentSocket | undefined {
    return agent.ready.at(-1);
  }

  private unreachable(agent: Agent): string {
    return `unreachable: the device agent "${agent.name}" is not connected (since ${agent.offlineSince.toISOString()})`;
  }

  private failed(agent: Agent, reason: string): PrintOutcome {
    agent.lastFailure = reason;
    this.publish(agent);
    return { status: 'failed', reason };
  }

  /** Hands a job to the agent's socket, if it has one and the job can still print in time. */
  private send(job: Job): void {
    const socket = this.target(job.agent);
    const startWithinMs = job.deadline - this.clock().getTime() - this.times.printMs;
    if (!socket || job.sent || startWithinMs <= 0) return;
    job.sent = true;
    socket.emit('print:job', { ...job.request, startWithinMs });
  }

  private serve(socket: AgentSocket, agent: Agent): void {
    socket.on('device:hello', (payload, ack) => {
      const hello = received('device:hello', payload);
      if (!hello) {
        answer(ack, { error: { code: 'invalid_hello', message: 'device:hello needs { version, hostname, devices }: update the agent to this server\'s version.' } });
        return;
      }
      if (agent.ready.length > 0) this.log.warn(`device agent "${agent.name}" connected a second time (from ${hello.hostname}): only the latest connection prints`);
      agent.ready = [...agent.ready.filter((s) => s !== socket), socket];
      agent.devices = hello.devices;
      this.log.info(`device agent "${agent.name}" connected from ${hello.hostname} (agent ${hello.version}): ${describeDevices(hello.devices)}`);
      const welcome = this.publish(agent);
      if (welcome) answer(ack, welcome);
      for (const job of this.jobs.values()) if (job.agent === agent) this.send(job);
    });
    socket.on('device:status', (payload) => {
      const status = received('device:status', payload);
      if (!status) return;
      agent.devices = status.devices;
      this.publish(agent);
    });
    socket.on('print:result', (payload, ack) => {
      const result = received('print:result', payload);
      if (!result) return answer(ack, { ok: false });
      const outcome: PrintOutcome = result.status === 'printed' ? { status: 'printed' } : { status: 'failed', reason: result.reason ?? 'io_error: no reason given' };
      agent.lastFailure = outcome.status === 'failed' ? outcome.reason : null;
      const job = this.jobs.get(result.jobId);
      if (job?.agent === agent) job.settle(outcome);
      else this.late(agent.id, result);
      this.publish(agent);
      answer(ack, { ok: true });
    });
    socket.on('disconnect', (why) => {
      const wasReady = agent.ready.includes(socket);
      agent.ready = agent.ready.filter((s) => s !== socket);
      if (!wasReady || agent.ready.length > 0) return;
      agent.offlineSince = this.clock();
      this.log.warn(`device agent "${agent.name}" disconnected (${why})`);
      this.publish(agent);
    });
  }

  /**
   * Shows the agent's devices on the dashboard: its printer once per kiosk it prints for (or once
   * under its own name), each keypad and rating box; all offline while the agent is. Answers what
   * the agent serves, or nothing once its key is revoked (then its rows go).
   */
  private publish(agent: Agent): AgentWelcome | undefined {
    const active = this.store.admin.devices().filter((d) => d.revokedAt === null);
    const self = active.find((d) => d.id === agent.id);
    if (!self) {
      for (const key of agent.reported) this.board.forget(key);
      this.agents.delete(agent.id);
      return undefined;
    }
    agent.name = self.name;
    const kiosks = active.filter((d) => d.kind === 'kiosk' && d.printAgentId === agent.id);
    const online = this.target(agent) !== undefined;
    const rows = new Map<string, Row>();
    for (const device of agent.devices) {
      const state = online ? device.state : 'offline';
      const lastFailure = device.kind === 'printer' && state === 'online' && agent.lastFailure ? `${LAST_FAILURE}: ${agent.lastFailure}` : undefined;
      const detail = online ? [device.detail, lastFailure].filter(Boolean).join(' · ') : OFFLINE_DETAIL;
      const row = { kind: device.kind, name: device.name, state, ...(detail ? { detail } : {}) };
      if (device.kind !== 'printer') rows.set(`hid:${agent.id}:${device.name}`, row);
      else if (kiosks.length === 0) rows.set(`printer:agent-${agent.id}`, { ...row, name: `Máy in – ${agent.name}` });
      else for (const kiosk of kiosks) rows.set(`printer:kiosk-${kiosk.id}`, { ...row, name: `Máy in – ${kiosk.name}` });
    }
    for (const key of agent.reported) if (!rows.has(key)) this.board.forget(key);
    for (const [key, row] of rows) this.board.report(key, row);
    agent.reported = new Set(rows.keys());
    return { agentId: agent.id, name: agent.name, kiosks: kiosks.map((k) => k.name), counterId: self.counterId };
  }
}

function answer<T>(ack: ((answer: T) => void) | undefined, value: T): void {
  if (typeof ack === 'function') ack(value);
}

function describeDevices(devices: AgentDevice[]): string {
  if (devices.length === 0) return 'no devices';
  return devices.map((d) => `${d.kind} "${d.name}" ${d.state}${d.detail ? ` (${d.detail})` : ''}`).join(', ');
}
