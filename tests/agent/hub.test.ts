// The server's device hub against a hand-driven agent socket (the protocol an agent speaks, step by
// step): the welcome, print jobs and their results, a job that times out and then answers late, a
// result about someone else's ticket, and an administrator binding, unbinding and revoking.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CenterConfig } from '@motcua/protocol';
import type { AgentDevice, AgentWelcome, DeviceStatus, ErrorBody, PrintJobRequest, PrintJobResult, PrintStatus, Ticket } from '@motcua/protocol';
import { hashSecret } from '../../server/src/security/crypto.ts';
import { connect, demo, login, next, officerAt, printoutOf, refusal, send, startServer, type Running, type TestSocket } from '../support/server.ts';

const AGENT_KEY = 'test-hub-agent';
const AGENT_NAME = 'Máy tính kiosk tầng 1';
const SPARE_KIOSK_KEY = 'test-hub-spare-kiosk';
const TP_SERVICE = 1;
const PRINTER: AgentDevice = { kind: 'printer', name: 'network printer 10.0.0.5:9100', state: 'online', since: new Date().toISOString() };

let server: Running;
let agent: TestSocket;
let kiosk: TestSocket;
let admin: string;
const ids = { kiosk: 0, spareKiosk: 0, agent: 0 };
/** Jobs the agent socket received, in order, and who waits for the next one. */
const jobs: PrintJobRequest[] = [];
let onJob: ((job: PrintJobRequest) => void) | undefined;
/** Added to the server's clock: how a test lets time pass for the hub without waiting. */
let skew = 0;

async function connectAgent(): Promise<void> {
  agent = connect(server.url, AGENT_KEY);
  agent.on('print:job', (job) => {
    jobs.push(job);
    onJob?.(job);
  });
  await next(agent, 'queue:snapshot');
}

beforeAll(async () => {
  const base = demo();
  server = await startServer({
    deviceTimes: { resultMs: 3000, printMs: 500, reconnectMs: 10_000 },
    clock: () => new Date(Date.now() + skew),
    config: () => ({
      ...base,
      devices: [
        ...base.devices.map((d) => (d.kind === 'kiosk' ? { ...d, printsThrough: AGENT_NAME } : d)),
        { name: 'Kiosk phụ', kind: 'kiosk' as const, keyHash: hashSecret(SPARE_KIOSK_KEY) },
        { name: AGENT_NAME, kind: 'agent' as const, keyHash: hashSecret(AGENT_KEY) },
      ],
    }),
  });
  const devices = server.store.admin.devices();
  ids.kiosk = devices.find((d) => d.name === 'Kiosk sảnh chính')!.id;
  ids.spareKiosk = devices.find((d) => d.name === 'Kiosk phụ')!.id;
  ids.agent = devices.find((d) => d.name === AGENT_NAME)!.id;
  admin = await login(server.url, 'admin', 'admin');
  kiosk = connect(server.url, 'demo-kiosk');
  await Promise.all([next(kiosk, 'queue:snapshot'), connectAgent()]);
});

afterAll(async () => {
  kiosk?.close();
  agent?.close();
  await server?.close();
});

const hello = (payload: unknown) => agent.timeout(5000).emitWithAck('device:hello', payload as never) as Promise<AgentWelcome | ErrorBody>;
const answer = (result: PrintJobResult) => agent.timeout(5000).emitWithAck('print:result', result);
const nextJob = () => new Promise<PrintJobRequest>((resolve) => (onJob = resolve));

async function issue(key = 'demo-kiosk'): Promise<Ticket> {
  const { status, body } = await send(server.url, 'POST /api/tickets', { token: key, body: { serviceId: TP_SERVICE } });
  expect(status).toBe(201);
  return body;
}

async function devicesNow(): Promise<DeviceStatus[]> {
  return (await send(server.url, 'GET /api/devices/status', { token: admin })).body.devices;
}

async function exportedDevices(): Promise<CenterConfig['devices']> {
  return (await send(server.url, 'GET /api/admin/config', { token: admin })).body.devices;
}

describe('the device hub', () => {
  it('refuses a hello with another kind of key or malformed, and welcomes an agent with the kiosks it prints for', async () => {
    const asKiosk = await kiosk.timeout(5000).emitWithAck('device:hello', { version: '0.1.0', hostname: 'kiosk-pc-1', devices: [] });
    expect(asKiosk).toEqual({ error: { code: 'not_an_agent', message: expect.stringMatching(/^This is the key of a kiosk, not the key of a device agent/) } });
    expect(await hello({ version: '1', devices: 'all' })).toEqual({ error: expect.objectContaining({ code: 'invalid_hello' }) });
    expect(await hello({ version: '0.1.0', hostname: 'kiosk-pc-1', devices: [PRINTER] })).toEqual({ agentId: ids.agent, name: AGENT_NAME, kiosks: ['Kiosk sảnh chính'], counterId: null });
    const row = (await devicesNow()).find((d) => d.key === `printer:kiosk-${ids.kiosk}`);
    expect(row).toMatchObject({ kind: 'printer', name: 'Máy in – Kiosk sảnh chính', state: 'online' });
  });

  it('sends a bound kiosk\'s ticket to the agent with what to print, and records its answer', async () => {
    const job = nextJob();
    const heard = next(kiosk, 'print:status');
    const ticket = await issue();
    const received = await job;
    expect(received).toMatchObject({ ticketId: ticket.id, number: ticket.number, kioskId: ids.kiosk, reprint: false });
    expect(received.startWithinMs).toBeGreaterThan(0);
    expect(received.startWithinMs).toBeLessThanOrEqual(2500);
    expect(received.content).toMatchObject({ number: ticket.number, centerName: expect.any(String), departmentName: 'Sở Tư pháp', lang: 'vi', trackUrl: `${server.url}/t/${ticket.trackCode}` });
    expect(await answer({ jobId: received.jobId, ticketId: ticket.id, status: 'printed' })).toEqual({ ok: true });
    expect(await heard).toEqual({ ticketId: ticket.id, number: ticket.number, status: 'printed' });
    expect(server.store.tickets.get(ticket.id)?.printStatus).toBe('printed');
  });

  it('fails a job the agent does not answer in time (timeout), then records the late answer and tells the kiosk again', async () => {
    const job = nextJob();
    const heard: PrintStatus[] = [];
    kiosk.on('print:status', (s) => heard.push(s));
    const ticket = await issue();
    const received = await job;
    const failed = await next(kiosk, 'print:status');
    expect(failed.status).toBe('failed');
    expect(failed.reason).toMatch(/^timeout: the device agent "Máy tính kiosk tầng 1" did not answer within 3 s/);
    expect(server.store.tickets.get(ticket.id)?.printStatus).toBe('failed');

    const printed = next(kiosk, 'print:status');
    expect(await answer({ jobId: received.jobId, ticketId: ticket.id, status: 'printed' })).toEqual({ ok: true });
    expect(await printed).toEqual({ ticketId: ticket.id, number: ticket.number, status: 'printed' });
    expect(server.store.tickets.get(ticket.id)?.printStatus).toBe('printed');
    kiosk.off('print:status');
    expect(heard.map((s) => s.status)).toEqual(['failed', 'printed']);
  });

  it('ignores a result about a ticket of a kiosk that does not print through this agent, and refuses a malformed one', async () => {
    const spare = await issue(SPARE_KIOSK_KEY);
    await expect.poll(() => server.store.tickets.get(spare.id)?.printStatus).toBe('printed'); // on the server's own (file) printer
    expect(await answer({ jobId: 'made-up', ticketId: spare.id, status: 'failed', reason: 'paper_out: no' })).toEqual({ ok: true });
    expect(await answer({ jobId: 'x', ticketId: -1, status: 'maybe' } as never)).toEqual({ ok: false });
    expect(server.store.tickets.get(spare.id)?.printStatus).toBe('printed');
  });

  it('holds the job of an agent that is reconnecting and sends it once the agent says hello again; fails it at once for an agent gone longer', async () => {
    const agentRow = async () => (await devicesNow()).find((d) => d.key === `device:${ids.agent}`)?.state;
    agent.close();
    await expect.poll(agentRow).toBe('offline');
    const heard = next(kiosk, 'print:status');
    const ticket = await issue();
    await connectAgent();
    const job = nextJob();
    await hello({ version: '0.1.0', hostname: 'kiosk-pc-1', devices: [PRINTER] });
    const received = await job;
    expect(received.ticketId).toBe(ticket.id);
    expect(await answer({ jobId: received.jobId, ticketId: ticket.id, status: 'printed' })).toEqual({ ok: true });
    expect(await heard).toMatchObject({ ticketId: ticket.id, status: 'printed' });

    agent.close();
    await expect.poll(agentRow).toBe('offline');
    skew += 10_000; // the agent has been away as long as a reconnection may take
    const failed = next(kiosk, 'print:status');
    const late = await issue();
    expect(await failed).toMatchObject({ ticketId: late.id, status: 'failed', reason: expect.stringMatching(/^unreachable: the device agent "Máy tính kiosk tầng 1" is not connected \(since /) });
    await connectAgent();
    expect(await hello({ version: '0.1.0', hostname: 'kiosk-pc-1', devices: [PRINTER] })).toMatchObject({ agentId: ids.agent });
  });

  it('prints a live ticket again for the kiosk that issued it (or a supervisor), and refuses the others', async () => {
    const first = nextJob();
    const ticket = await issue();
    await answer({ jobId: (await first).jobId, ticketId: ticket.id, status: 'printed' });
    const again = nextJob();
    const reprint = send(server.url, 'POST /api/tickets/:id/reprint', { params: { id: ticket.id }, token: 'demo-kiosk' });
    const job = await again;
    expect(job).toMatchObject({ ticketId: ticket.id, reprint: true });
    await answer({ jobId: job.jobId, ticketId: ticket.id, status: 'failed', reason: 'cover_open: the printer cover is open' });
    expect(await reprint).toEqual({ status: 200, body: { ticketId: ticket.id, number: ticket.number, status: 'failed', reason: 'cover_open: the printer cover is open' } });

    const officer = await officerAt(server.url, 'officer01', 1);
    const refused = async (token: string, id = ticket.id) => {
      const { status, body } = await refusal(server.url, 'POST /api/tickets/:id/reprint', { params: { id }, token });
      return [status, body.error.code];
    };
    expect(await refused(SPARE_KIOSK_KEY)).toEqual([403, 'not_this_kiosk']);
    expect((await refused(officer))[0]).toBe(403);
    expect(await refused(admin, 999_999)).toEqual([404, 'unknown_ticket']);
    const { body: called } = await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token: officer });
    expect((await send(server.url, 'POST /api/tickets/:id/finish', { params: { id: called.ticket!.id }, token: officer })).status).toBe(200);
    expect(await refused(admin, called.ticket!.id)).toEqual([409, 'not_reprintable']);
    expect(jobs.filter((j) => j.reprint)).toHaveLength(1);
  });

  it('lets an administrator print a kiosk on the server\'s own printer again, and bind it back (kept in the configuration)', async () => {
    const unbind = await send(server.url, 'PUT /api/admin/devices/:id/print-agent', { params: { id: ids.kiosk }, token: admin, body: { agentId: null } });
    expect(unbind.status).toBe(200);
    expect((await exportedDevices()).find((d) => d.name === 'Kiosk sảnh chính')?.printsThrough).toBeUndefined();
    const before = jobs.length;
    const heard = next(kiosk, 'print:status');
    const ticket = await issue();
    expect((await heard).status).toBe('printed');
    expect(existsSync(printoutOf(join(server.dir, 'printouts'), ticket))).toBe(true);
    expect(jobs).toHaveLength(before);

    const wrong = await refusal(server.url, 'PUT /api/admin/devices/:id/print-agent', { params: { id: ids.kiosk }, token: admin, body: { agentId: ids.spareKiosk } });
    expect(wrong.status).toBe(404);
    const bind = await send(server.url, 'PUT /api/admin/devices/:id/print-agent', { params: { id: ids.kiosk }, token: admin, body: { agentId: ids.agent } });
    expect(bind.status).toBe(200);
    expect((await exportedDevices()).find((d) => d.name === 'Kiosk sảnh chính')?.printsThrough).toBe(AGENT_NAME);
  });

  it('shows the states the agent reports, then drops its rows and unbinds its kiosks when its key is revoked', async () => {
    const keypad: AgentDevice = { kind: 'keypad', name: 'Bàn phím quầy 1', state: 'unknown', since: new Date().toISOString(), detail: 'not plugged in' };
    agent.emit('device:status', { devices: [{ ...PRINTER, state: 'error', detail: 'Hết giấy – paper_out: the printer reports no paper' }, keypad] });
    const keypadKey = `hid:${ids.agent}:Bàn phím quầy 1`;
    const printerRow = async () => (await devicesNow()).find((d) => d.key === `printer:kiosk-${ids.kiosk}`);
    await expect.poll(printerRow).toMatchObject({ state: 'error', detail: 'Hết giấy – paper_out: the printer reports no paper' });
    expect((await devicesNow()).find((d) => d.key === keypadKey)).toMatchObject({ kind: 'keypad', state: 'unknown', detail: 'not plugged in' });

    const gone = new Promise((resolve) => agent.once('disconnect', resolve));
    const revoke = await send(server.url, 'POST /api/admin/devices/:id/revoke', { params: { id: ids.agent }, token: admin });
    expect(revoke.status).toBe(200);
    await gone;
    // back to what the kiosk's last printout says (printed on the server's own printer)
    await expect.poll(printerRow).toMatchObject({ state: 'online' });
    expect((await devicesNow()).find((d) => d.key === keypadKey)).toBeUndefined();
    expect((await exportedDevices()).find((d) => d.name === 'Kiosk sảnh chính')?.printsThrough).toBeUndefined();
  });
});
