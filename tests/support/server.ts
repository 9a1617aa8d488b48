// Test harness: the real server on port 0 with a temporary SQLite file, and helpers to talk to it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as ioClient, type Socket } from 'socket.io-client';
import { buildServer, type MotcuaServer, type ServerOptions } from '../../server/src/app.ts';
import { demoConfig } from '../../server/src/config/demo.ts';
import type { CenterConfig } from '@motcua/protocol';
import type { ClientToServerEvents, LoginResponse, ServerToClientEvents, Ticket } from '@motcua/protocol';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Running extends MotcuaServer {
  url: string;
  dir: string;
  /** Stops the server and deletes its data. */
  close(): Promise<void>;
  /** Stops the server and keeps its data, for a restart with startServer({ dir, port }). */
  stop(): Promise<void>;
}

// Hashing the demo passwords (scrypt) takes a moment: do it once per test file.
let demoCache: CenterConfig | undefined;
export function demo(): CenterConfig {
  demoCache ??= demoConfig();
  return demoCache;
}

export interface StartOptions extends Partial<ServerOptions> {
  /** Reuse this data folder (a restart); a new temporary one otherwise. */
  dir?: string;
  /** Listen on this port (a restart on the same address); any free port otherwise. */
  port?: number;
}

export async function startServer(options: StartOptions = {}): Promise<Running> {
  const { dir: reuse, port = 0, ...serverOptions } = options;
  const dir = reuse ?? mkdtempSync(join(tmpdir(), 'motcua-test-'));
  const server = await buildServer({
    dbFile: join(dir, 'motcua.db'),
    config: demo,
    rateLimitPerMinute: 0,
    printing: { printer: `file:${join(dir, 'printouts')}` },
    checkAnswers: true,
    ...serverOptions,
  });
  const address = await server.app.listen({ port, host: '127.0.0.1' });
  return {
    ...server,
    url: address,
    dir,
    async close() {
      await server.app.close();
      rmSync(dir, { recursive: true, force: true });
    },
    async stop() {
      await server.app.close();
    },
  };
}

export interface CallOptions { token?: string; body?: unknown; method?: 'GET' | 'POST' | 'PUT'; headers?: Record<string, string> }

/** A real HTTP request; answers status and parsed JSON. */
export async function http<T = unknown>(url: string, path: string, options: CallOptions = {}): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(url + path, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

export async function login(url: string, username: string, password = 'demo'): Promise<string> {
  const { status, body } = await http<LoginResponse>(url, '/api/auth/login', { body: { username, password } });
  if (status !== 200) throw new Error(`login ${username} failed: ${status}`);
  return body.token;
}

export async function issue(url: string, serviceId: number, extra: Record<string, unknown> = {}): Promise<Ticket> {
  const { status, body } = await http<Ticket>(url, '/api/tickets', { token: 'demo-kiosk', body: { serviceId, ...extra } });
  if (status !== 201) throw new Error(`issue failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** An officer signed in and working at a counter. */
export async function officerAt(url: string, username: string, counterId: number): Promise<string> {
  const token = await login(url, username);
  const { status } = await http(url, `/api/counters/${counterId}/open`, { token, method: 'POST' });
  if (status !== 200) throw new Error(`open counter ${counterId} as ${username} failed: ${status}`);
  return token;
}

export function connect(url: string, token?: string): TestSocket {
  return ioClient(url, { path: '/socket.io', transports: ['websocket'], auth: token ? { token } : {}, reconnection: false, forceNew: true });
}

/** Resolves with the next `event` payload (or rejects after `ms`). */
export function next<E extends keyof ServerToClientEvents>(socket: TestSocket, event: E, ms = 5000): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    socket.once(event as 'queue:snapshot', ((payload: never) => {
      clearTimeout(timer);
      resolve(payload);
    }) as never);
  });
}
