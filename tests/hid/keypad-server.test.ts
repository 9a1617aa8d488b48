// End to end against the real server: byte-exact reports from a fake keypad and rating box go
// through the HID drivers and the HTTP sender, with an agent key bound to counter 1, and act as
// the officer working there; the display and the officer's console see what happened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpSender, type HidDevices } from '../../drivers/src/hid/index.ts';
import type { FakeHidSource } from '../../drivers/src/hid/testing.ts';
import type { CounterView, KeypadAction } from '@motcua/protocol';
import { hashSecret } from '../../server/src/security/crypto.ts';
import { NO_SHOW_CONFIRM_MS } from '../../server/src/services/keypad.ts';
import { connect, demo, http, issue, next, officerAt, refusal, send, startServer, type Running, type TestSocket } from '../support/server.ts';
import { BOX, BOX_DEVICE, KEYPAD, KEYPAD_DEVICE, Recorded, runFake, type Sent } from './support.ts';

const AGENT_KEY = 'test-keypad-1';
const UNBOUND_KEY = 'test-agent-unbound';
const TP_SERVICE = 1;
const R = (...bytes: number[]) => Buffer.from(bytes);
const KEY = { enter: 0x58, add: 0x57, subtract: 0x56, multiply: 0x55, divide: 0x54, decimal: 0x63, kp1: 0x59, kp4: 0x5c };
const DIGIT: Record<string, number> = { 0: 0x62, 1: 0x59, 2: 0x5a, 3: 0x5b, 4: 0x5c, 5: 0x5d, 6: 0x5e, 7: 0x5f, 8: 0x60, 9: 0x61 };

/** Added to the server's clock: how the test lets a keypad's question run out without waiting. */
let skew = 0;
let server: Running;
let hid: HidDevices;
let keypad: FakeHidSource;
let box: FakeHidSource;
let sent: Recorded<Sent>;
let display: TestSocket;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  const base = demo();
  server = await startServer({
    clock: () => new Date(Date.now() + skew),
    // the center's tablets use the official 5-level scale; the 4-button box still rates on its own 4
    config: () => ({
      ...base,
      center: { ...base.center, ratingScale: 5 },
      devices: [
        ...base.devices,
        { name: 'Máy tính quầy 1 (bàn phím, hộp đánh giá)', kind: 'agent', keyHash: hashSecret(AGENT_KEY), counter: 1 },
        { name: 'Máy tính chưa gán quầy', kind: 'agent', keyHash: hashSecret(UNBOUND_KEY) },
      ],
    }),
  });
  // the rating box's first button sends KP_1 and gives score 1 here (the default order is 4, 3, 2, 1)
  const fake = runFake(
    { devices: [KEYPAD, { ...BOX, buttons: ['KP_1', 'KP_2', 'KP_3', 'KP_4'], scores: [1, 2, 3, 4] }], pollSeconds: 0.01 },
    httpSender({ server: server.url, key: AGENT_KEY }),
  );
  hid = fake.devices;
  sent = fake.sent;
  fake.backend.plug({ ...KEYPAD_DEVICE, path: '/dev/hidraw0' });
  fake.backend.plug({ ...BOX_DEVICE, path: '/dev/hidraw1', outputReports: true });
  await fake.statuses.until((s) => s.kind === 'keypad' && s.state === 'online');
  await fake.statuses.until((s) => s.kind === 'rating' && s.state === 'online');
  keypad = fake.backend.source('/dev/hidraw0');
  box = fake.backend.source('/dev/hidraw1');
  display = socket('demo-display');
  await next(display, 'queue:snapshot');
});

afterAll(async () => {
  hid.stop();
  sockets.forEach((s) => s.close());
  await server.close();
});

function socket(token: string): TestSocket {
  const s = connect(server.url, token);
  sockets.push(s);
  return s;
}

/** The officer's console socket, recording the keypad's actions. */
async function officerConsole(token: string): Promise<Recorded<KeypadAction>> {
  const s = socket(token);
  await next(s, 'queue:snapshot');
  const actions = new Recorded<KeypadAction>();
  s.on('keypad:action', (a) => actions.push(a));
  return actions;
}

/** Taps keys one by one, each after the server answered the one before; answers the outcomes. */
async function tap(source: FakeHidSource, ...usages: number[]): Promise<Sent[]> {
  const from = sent.items.length;
  for (const usage of usages) {
    const before = sent.items.length;
    source.tap(usage);
    if (Object.values(DIGIT).includes(usage) && source === keypad) continue; // a digit sends nothing
    await sent.until(() => true, before);
  }
  return sent.items.slice(from);
}

const queueOf = async (token: string) => (await send(server.url, 'GET /api/counters/:id/queue', { params: { id: 1 }, token })).body;
const dayOf = async (token: string) => (await send(server.url, 'GET /api/me/day', { token })).body;

describe('a call keypad and a rating box at counter 1', () => {
  it('refuses keypad commands while no officer works at the counter, without a crash', async () => {
    const [outcome] = await tap(keypad, KEY.enter);
    expect(outcome).toEqual({ command: { action: 'call-next' }, outcome: { ok: false, message: expect.stringMatching(/^You are not working at counter 1/) } });
  });

  it('calls the next ticket on Enter (a held key, one press), the display hears it; finish then rating key 1 stores score 1 once', async () => {
    const token = await officerAt(server.url, 'officer01', 1);
    const consoleActions = await officerConsole(token);
    const ticket = await issue(server.url, TP_SERVICE);

    const called = next(display, 'ticket:called');
    for (const report of [R(0, 0, KEY.enter, 0, 0, 0, 0, 0), R(0, 0, KEY.enter, 0, 0, 0, 0, 0), R(0, 0, 0, 0, 0, 0, 0, 0)]) keypad.feed(report);
    expect(await called).toMatchObject({ ticketId: ticket.id, number: ticket.number, counterId: 1, counterNumber: 1, recall: false });
    expect(await consoleActions.until((a) => a.action === 'call-next')).toMatchObject({
      counterId: 1, ok: true, number: ticket.number, ticketId: ticket.id, message: `Keypad: called ${ticket.number}.`, messageVi: `Bàn phím: đã gọi số ${ticket.number}.`,
    });
    await sent.until((s) => s.command.action === 'call-next' && s.outcome.ok);

    const [finished] = await tap(keypad, KEY.decimal);
    expect(finished!.outcome).toEqual({ ok: true, message: `Keypad: ticket ${ticket.number} finished; the citizen may rate the service now.` });
    expect(await consoleActions.until((a) => a.action === 'finish')).toMatchObject({ ok: true, ticketId: ticket.id, messageVi: `Bàn phím: số ${ticket.number} đã xong; mời công dân đánh giá.` });
    expect((await send(server.url, 'GET /api/tickets/:id', { params: { id: ticket.id }, token })).body.ticket.status).toBe('done');
    // the held Enter sent one command only
    expect(sent.items.filter((s) => s.command.action === 'call-next' && s.outcome.ok)).toHaveLength(1);

    const [rated] = await tap(box, KEY.kp1);
    expect(rated).toEqual({ command: { action: 'rate', score: 1 }, outcome: { ok: true, message: `ticket ${ticket.number} rated 1` } });
    await box.untilWritten(1);
    expect(box.written[0]).toEqual([0, 7]);
    const day = await dayOf(token);
    expect(day.ratings).toMatchObject({ count: 1, byScore: { 1: 1, 2: 0, 3: 0, 4: 0 } });
    expect(server.store.db.prepare('SELECT score, scale FROM ratings WHERE ticket_id = ?').get(ticket.id)).toEqual({ score: 1, scale: 4 });

    const [again, other] = await tap(box, KEY.kp1, KEY.kp4);
    expect(again!.outcome).toEqual({ ok: false, message: 'no rating is open at counter 1 (rate after the ticket is finished, once)' });
    expect(other!.outcome.ok).toBe(false);
    expect((await dayOf(token)).ratings).toEqual(day.ratings);
  });

  it('calls a typed number, recalls, marks no-show, prompts a transfer, pauses and resumes, and refuses what cannot be done', async () => {
    const token = await officerAt(server.url, 'officer01', 1);
    const consoleActions = await officerConsole(token);
    const first = await issue(server.url, TP_SERVICE);
    const second = await issue(server.url, TP_SERVICE);

    const calledByNumber = next(display, 'ticket:called');
    const [call] = await tap(keypad, ...[...second.number].map((d) => DIGIT[d]!), KEY.enter);
    expect(call!.command).toEqual({ action: 'call', number: second.number });
    expect(await calledByNumber).toMatchObject({ number: second.number, counterId: 1, recall: false });

    const recalled = next(display, 'ticket:called');
    await tap(keypad, KEY.add);
    expect(await recalled).toMatchObject({ number: second.number, recall: true });

    // Enter with a ticket in hand: refused, the console says why, nothing changes
    const [busy] = await tap(keypad, KEY.enter);
    expect(busy!.outcome.ok).toBe(false);
    expect(await consoleActions.until((a) => !a.ok)).toMatchObject({ action: 'call-next', code: 'counter_busy', counterId: 1, messageVi: expect.stringMatching(/^Quầy 1 /) });
    expect((await queueOf(token)).held.map((t) => [t.id, t.status])).toEqual([[second.id, 'called']]);

    // A no-show asks first (a slip on the keypad drops nobody): the console hears the question and the ticket stays
    // in hand; another key forgets the question, and so does a second press too late; the same key again in time records it.
    const noShow = async () => {
      const from = consoleActions.items.length;
      await tap(keypad, KEY.subtract);
      return consoleActions.until((a) => a.action === 'no-show', from);
    };
    const status = async () => (await send(server.url, 'GET /api/tickets/:id', { params: { id: second.id }, token })).body.ticket.status;
    expect(await noShow()).toMatchObject({
      ok: true, number: second.number, asksAgainWithinSeconds: NO_SHOW_CONFIRM_MS / 1000,
      messageVi: `Bàn phím: số ${second.number} vắng mặt? Bấm Vắng mặt lần nữa để ghi (trong 5 giây).`,
    });
    expect(await status()).toBe('called');
    await tap(keypad, KEY.add);
    expect(await noShow()).toHaveProperty('asksAgainWithinSeconds');
    skew += NO_SHOW_CONFIRM_MS + 1;
    expect(await noShow()).toHaveProperty('asksAgainWithinSeconds');
    expect(await status()).toBe('called');
    const recorded = await noShow();
    expect(recorded).toMatchObject({ ok: true, number: second.number, messageVi: `Bàn phím: số ${second.number} được ghi là vắng mặt.` });
    expect(recorded).not.toHaveProperty('asksAgainWithinSeconds');
    expect(await status()).toBe('no_show');

    await tap(keypad, KEY.enter, KEY.multiply);
    expect(await consoleActions.until((a) => a.action === 'transfer')).toMatchObject({ ok: true, number: first.number, ticketId: first.id });
    await tap(keypad, KEY.decimal);

    const counters = new Recorded<CounterView>();
    display.on('counter:changed', (change) => counters.push(change.counter));
    await tap(keypad, KEY.divide);
    expect(await counters.until((c) => c.state === 'paused')).toMatchObject({ id: 1, pauseReason: 'other' });
    await tap(keypad, KEY.divide);
    expect(await consoleActions.until((a) => a.action === 'resume')).toMatchObject({ ok: true, counterId: 1 });
    expect((await queueOf(token)).counter.state).toBe('open');

    const [unknown] = await tap(keypad, DIGIT[9]!, DIGIT[9]!, KEY.enter);
    expect(unknown).toEqual({ command: { action: 'call', number: '99' }, outcome: { ok: false, message: 'No live ticket has number 99 today.' } });
    expect(await consoleActions.until((a) => a.number === '99')).toMatchObject({ action: 'call', ok: false, code: 'no_live_ticket' });
  });
});

describe('POST /api/keypad refusals', () => {
  it('asks for an agent key bound to a counter, and a valid action', async () => {
    const unbound = await refusal(server.url, 'POST /api/keypad', { token: UNBOUND_KEY, body: { action: 'call-next' } });
    expect(unbound).toMatchObject({ status: 409, body: { error: { code: 'device_not_bound' } } });
    expect((await refusal(server.url, 'POST /api/keypad', { token: 'demo-kiosk', body: { action: 'call-next' } })).status).toBe(403);
    expect((await http(server.url, '/api/keypad', { token: AGENT_KEY, body: { action: 'jump' } })).status).toBe(400);
    expect((await refusal(server.url, 'POST /api/keypad', { token: AGENT_KEY, body: { action: 'call', number: '12a' } })).status).toBe(400);
    expect(await refusal(server.url, 'POST /api/keypad', { token: AGENT_KEY, body: { action: 'call' } })).toMatchObject({ status: 400, body: { error: { code: 'number_missing' } } });
  });
});
