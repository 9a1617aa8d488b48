// End to end: the real server, the device agent as its own process (as on a kiosk PC) and a network
// printer standing in on 127.0.0.1. The demo kiosk is bound to the agent (devices[].printsThrough),
// so its tickets print through the agent; the printer's faults reach the kiosk and the dashboard; the
// agent finds the server again by itself after a restart, and stops cleanly on SIGTERM.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeTcpPrinter, printedRaster, ticketJob } from '@motcua/drivers/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printData } from '../../server/src/devices/printing.ts';
import type { DeviceStatus, PrintStatus, Ticket } from '@motcua/protocol';
import { hashSecret } from '../../server/src/security/crypto.ts';
import { connect, demo, login, next, send, startServer, type Running, type StartOptions, type TestSocket } from '../support/server.ts';
import { AgentProcess } from './support.ts';

const AGENT_KEY = 'test-agent-kiosk-pc';
const AGENT_NAME = 'Máy tính kiosk sảnh chính';
const KIOSK_NAME = 'Kiosk sảnh chính';
const CONNECTED = new RegExp(`connected to .* as "${AGENT_NAME}": prints for "${KIOSK_NAME}"`);
const KEYPAD_NAME = 'Bàn phím quầy 1';
const TP_SERVICE = 1;
/** Short waits for the agent, so that the test of an agent gone ends soon. */
const TIMES = { resultMs: 6000, printMs: 2000, reconnectMs: 3000 };

let server: Running;
let printer: FakeTcpPrinter;
let agent: AgentProcess;
let kiosk: TestSocket;
let supervisor: string;
let kioskId: number;

const base = demo();
const options: StartOptions = {
  deviceTimes: TIMES,
  config: () => ({
    ...base,
    devices: [
      ...base.devices.map((d) => (d.kind === 'kiosk' ? { ...d, printsThrough: AGENT_NAME } : d)),
      { name: AGENT_NAME, kind: 'agent' as const, keyHash: hashSecret(AGENT_KEY) },
    ],
  }),
};

async function connectKiosk(): Promise<void> {
  kiosk?.close();
  kiosk = connect(server.url, 'demo-kiosk');
  await next(kiosk, 'queue:snapshot');
}

/** Issues a ticket at the kiosk and resolves with it and the print:status the kiosk then hears. */
async function issueAndHear(): Promise<{ ticket: Ticket; status: PrintStatus }> {
  const heard = next(kiosk, 'print:status', 15_000);
  const { status, body: ticket } = await send(server.url, 'POST /api/tickets', { token: 'demo-kiosk', body: { serviceId: TP_SERVICE } });
  expect(status).toBe(201);
  expect(ticket.print).toEqual({ status: 'pending' });
  const printStatus = await heard;
  expect(printStatus.ticketId).toBe(ticket.id);
  return { ticket, status: printStatus };
}

/** The connections on which the printer got a ticket (the others only asked its status). */
const printouts = () => printer.connections.filter((c) => c.commands.some((command) => command.kind === 'raster'));

async function deviceRow(key: string, until: (row: DeviceStatus | undefined) => boolean): Promise<DeviceStatus | undefined> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { body } = await send(server.url, 'GET /api/devices/status', { token: supervisor });
    const row = body.devices.find((d) => d.key === key);
    if (until(row) || Date.now() > deadline) return row;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  printer = await FakeTcpPrinter.start();
  server = await startServer(options);
  kioskId = server.store.admin.devices().find((d) => d.name === KIOSK_NAME)!.id;
  supervisor = await login(server.url, 'supervisor');
  // the configuration file gives the keypad; the flags give the rest
  const configFile = join(server.dir, 'agent.json');
  writeFileSync(configFile, JSON.stringify({ statusSeconds: 30, hid: { devices: [{ name: KEYPAD_NAME, kind: 'keypad', vendorId: '04d9', productId: '1203' }] } }));
  agent = new AgentProcess(['--server', server.url, '--key', AGENT_KEY, '--printer', printer.spec, '--config', configFile]);
  await agent.waitFor(CONNECTED);
  await connectKiosk();
});

afterAll(async () => {
  kiosk?.close();
  await agent?.stop();
  await server?.close();
  await printer?.close();
});

describe('a kiosk bound to a device agent', () => {
  it('prints its tickets through the agent: the printer gets the ticket as one 576-dot raster and a cut, the kiosk hears printed', async () => {
    const { ticket, status } = await issueAndHear();
    expect(status).toEqual({ ticketId: ticket.id, number: ticket.number, status: 'printed' });

    expect(printouts()).toHaveLength(1);
    const { commands } = printouts()[0]!;
    expect(commands.at(-1)).toEqual({ kind: 'cut', partial: true });
    const printed = printedRaster(commands);
    expect(printed.width).toBe(576);
    // the same dots as the server would render for this ticket (Vietnamese text, number, QR)
    const expected = ticketJob(printData(server.queue, ticket, 'vi', server.url)).raster;
    expect(printed.height).toBe(expected.height);
    expect(Buffer.from(printed.data).equals(Buffer.from(expected.data))).toBe(true);
    expect(agent.lines.some((line) => line.includes(`ticket ${ticket.number}: printed`))).toBe(true);
  });

  it('announces the keypad of its configuration file: the dashboard lists it (unknown: none is plugged in here)', async () => {
    const agentId = server.store.admin.devices().find((d) => d.name === AGENT_NAME)!.id;
    const row = await deviceRow(`hid:${agentId}:${KEYPAD_NAME}`, (r) => r !== undefined);
    expect(row).toMatchObject({ kind: 'keypad', name: KEYPAD_NAME, state: 'unknown' });
    expect(row?.detail).toMatch(/04d9/);
  });

  it('issues the ticket when the printer is out of paper, tells the kiosk (failed: paper_out) and shows the fault on the dashboard', async () => {
    printer.state = { paperOut: true };
    const before = printouts().length;
    const { status } = await issueAndHear();
    expect(status.status).toBe('failed');
    expect(status.reason).toMatch(/^paper_out: /);
    expect(printouts()).toHaveLength(before);

    const row = await deviceRow(`printer:kiosk-${kioskId}`, (r) => r?.state === 'error');
    expect(row).toMatchObject({ kind: 'printer', name: `Máy in – ${KIOSK_NAME}`, state: 'error' });
    expect(row?.detail).toMatch(/Hết giấy – paper_out/);
  });

  it('prints a ticket again on request once the paper is back (supervisor reprint), and the kiosk hears it', async () => {
    printer.state = { paperOut: true };
    const { ticket } = await issueAndHear();
    printer.state = {};
    const before = printouts().length;
    const heard = next(kiosk, 'print:status', 15_000);
    const { status, body } = await send(server.url, 'POST /api/tickets/:id/reprint', { params: { id: ticket.id }, token: supervisor });
    expect(status).toBe(200);
    expect(body).toEqual({ ticketId: ticket.id, number: ticket.number, status: 'printed' });
    expect(await heard).toEqual(body);
    expect(printouts()).toHaveLength(before + 1);
    expect(printedRaster(printouts().at(-1)!.commands).width).toBe(576);

    const row = await deviceRow(`printer:kiosk-${kioskId}`, (r) => r?.state === 'online');
    expect(row?.state).toBe('online');
  });

  it('finds the server again by itself after the server restarts, and the next ticket prints', async () => {
    const from = agent.lines.length;
    const { port } = new URL(server.url);
    await server.stop();
    await agent.waitFor(/disconnected from the server/, { from });
    server = await startServer({ ...options, dir: server.dir, port: Number(port) });
    await agent.waitFor(CONNECTED, { from });
    await connectKiosk();

    const before = printouts().length;
    const { status } = await issueAndHear();
    expect(status.status).toBe('printed');
    expect(printouts()).toHaveLength(before + 1);
  });

  it('stops cleanly on SIGTERM; a ticket issued while no agent is there fails (unreachable) so the kiosk shows it on screen', async () => {
    expect(await agent.stop()).toBe(0);
    expect(agent.lines.at(-1)).toMatch(/stopped$/);
    const agentRow = await deviceRow(`device:${server.store.admin.devices().find((d) => d.name === AGENT_NAME)!.id}`, (r) => r?.state === 'offline');
    expect(agentRow?.state).toBe('offline');

    const { status } = await issueAndHear();
    expect(status.status).toBe('failed');
    expect(status.reason).toMatch(/^unreachable: the device agent "Máy tính kiosk sảnh chính" is not connected/);
    const row = await deviceRow(`printer:kiosk-${kioskId}`, (r) => r?.state === 'offline');
    expect(row?.detail).toMatch(/agent offline/);
  });
});
