// Test harness: the real server on port 0 with a temporary SQLite file, and helpers to talk to it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as ioClient, type Socket } from 'socket.io-client';
import { buildServer, type MotcuaServer, type ServerOptions } from '../../server/src/app.ts';
import { demoConfig } from '../../server/src/config/demo.ts';
import type { CenterConfig } from '@motcua/protocol';
import type { ClientToServerEvents, ErrorBody, IssueTicketRequest, RouteAnswer, RouteKey, ServerToClientEvents, Ticket } from '@motcua/protocol';
import { ApiError, routeUrl, type CallInput } from '@motcua/protocol/client';

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

/** Where the demo's file printer saves a ticket: the folder of the day it was issued in the demo center (Tiền Giang), whatever this machine's zone. */
export function printoutOf(printouts: string, ticket: Pick<Ticket, 'number' | 'issuedAt'>): string {
  const day = new Date(ticket.issuedAt).toLocaleDateString('sv-SE', { timeZone: demoConfig().center.timeZone });
  return join(printouts, day, `${ticket.number}.png`);
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

export interface CallOptions { token?: string; body?: unknown; method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; headers?: Record<string, string> }

/**
 * A raw HTTP request; answers status and parsed JSON. Only for what the route table forbids (bad
 * types, malformed JSON, unknown endpoints, raw headers): a route of the table goes through `send`.
 */
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

/** What a test sends to a route of the table: the typed client's input, on the test server. */
export type SendInput<K extends RouteKey> = Omit<CallInput<K>, 'baseUrl' | 'signal'>;
export type SendArgs<K extends RouteKey> = object extends SendInput<K> ? [input?: SendInput<K>] : [input: SendInput<K>];

async function request(url: string, route: RouteKey, input = {} as SendInput<RouteKey>): Promise<{ status: number; body: unknown }> {
  const { params, query, body, token, idempotencyKey } = input as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown; token?: string | null; idempotencyKey?: string };
  const [method, path] = route.split(' ') as [NonNullable<CallOptions['method']>, string];
  return http(url, routeUrl(path, params, query), { method, body, token: token ?? undefined, headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {} });
}

/**
 * Calls a route of the table on a test server, e.g. `send(url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token })`:
 * its status and its answer, typed by the table. A refusal throws an ApiError; to test one, use `refusal`.
 */
export async function send<K extends RouteKey>(url: string, route: K, ...[input]: SendArgs<K>): Promise<{ status: number; body: RouteAnswer<K> }> {
  const { status, body } = await request(url, route, input);
  if (status >= 400) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new ApiError(status, error?.code ?? 'internal', `${route} refused with ${status}: ${JSON.stringify(body)}`, error?.messageVi);
  }
  return { status, body: body as RouteAnswer<K> };
}

/** Calls a route of the table that must refuse: its status and error body (a success throws). */
export async function refusal<K extends RouteKey>(url: string, route: K, ...[input]: SendArgs<K>): Promise<{ status: number; body: ErrorBody }> {
  const { status, body } = await request(url, route, input);
  if (status < 400) throw new Error(`${route} was to be refused, but answered ${status}: ${JSON.stringify(body)}`);
  return { status, body: body as ErrorBody };
}

export async function login(url: string, username: string, password = 'demo'): Promise<string> {
  return (await send(url, 'POST /api/auth/login', { body: { username, password } })).body.token;
}

export async function issue(url: string, serviceId: number, extra: Omit<IssueTicketRequest, 'serviceId'> = {}): Promise<Ticket> {
  return (await send(url, 'POST /api/tickets', { token: 'demo-kiosk', body: { serviceId, ...extra } })).body;
}

/** An officer signed in and working at a counter. */
export async function officerAt(url: string, username: string, counterId: number): Promise<string> {
  const token = await login(url, username);
  await send(url, 'POST /api/counters/:id/open', { params: { id: counterId }, token });
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
