// Socket.IO: a snapshot on connect, then the public stream with consecutive seq.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Call, PrintStatus, QueueChanged, QueueSnapshot } from '@motcua/protocol';
import { followQueue } from '@motcua/protocol/client';
import { AFTER_CALL_MS, WAITING_PUSH_MS } from '../../server/src/realtime/hub.ts';
import { connect, issue, next, officerAt, send, startServer, type Running, type TestSocket } from '../support/server.ts';

let server: Running;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await server.close();
});

function open(token?: string): TestSocket {
  const s = connect(server.url, token);
  sockets.push(s);
  return s;
}

describe('queue stream', () => {
  it('sends a snapshot on connect, then ticket:called and the other pushes with consecutive seq', async () => {
    const display = open('demo-display');
    const follower = followQueue(display, {});
    const snapshot = (await next(display, 'queue:snapshot')) as QueueSnapshot;
    expect(snapshot.counters).toHaveLength(12);
    expect(snapshot.waiting).toEqual({ TP: 0, YT: 0, TNMT: 0, LDTBXH: 0 });
    expect(snapshot.center?.name.vi).toBe('Trung tâm Phục vụ hành chính công tỉnh Tiền Giang');

    const seqs: number[] = [];
    for (const event of ['ticket:called', 'queue:changed', 'counter:changed'] as const) {
      display.on(event, (payload: { seq: number }) => seqs.push(payload.seq));
    }
    const token = await officerAt(server.url, 'officer01', 1);
    const t = await issue(server.url, 1);
    const called = next(display, 'ticket:called');
    const answer = await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token });
    expect(answer.status).toBe(200);
    const call = (await called) as Call;
    expect(call).toMatchObject({ ticketId: t.id, number: t.number, departmentCode: 'TP', counterId: 1, counterNumber: 1, recall: false });
    expect(call.announcement?.vi.text).toBe(`Mời công dân có số ${t.number} đến quầy số 1`);
    const recalled = next(display, 'ticket:called');
    await send(server.url, 'POST /api/counters/:id/recall', { params: { id: 1 }, token });
    const recall = (await recalled) as Call;
    expect(recall.recall).toBe(true);
    // open (counter), issue (queue), call (call + queue), recall (call): a call says the counter's
    // new state itself. The call's queue:changed may come up to WAITING_PUSH_MS after the issue's
    // (one push per WAITING_PUSH_MS) and AFTER_CALL_MS after the call.
    await vi.waitFor(() => expect(seqs.length).toBeGreaterThanOrEqual(5), { timeout: 5000 });
    expect(seqs[0]).toBe(snapshot.seq + 1);
    seqs.forEach((s, i) => expect(s).toBe(seqs[0]! + i));
    // What a screen following the stream holds is what a fresh snapshot says.
    const followed = follower.state().counters;
    expect(followed.find((c) => c.id === 1)?.current).toEqual({ number: t.number, ticketId: t.id });
    display.emit('queue:resync');
    expect(followed).toEqual(((await next(display, 'queue:snapshot')) as QueueSnapshot).counters.sort((a, b) => a.number - b.number));
  });

  it('answers queue:resync with a fresh snapshot at the current seq', async () => {
    const display = open('demo-display');
    await next(display, 'queue:snapshot');
    const changed = next(display, 'queue:changed');
    await issue(server.url, 2);
    const change = (await changed) as QueueChanged;
    display.emit('queue:resync');
    const again = (await next(display, 'queue:snapshot')) as QueueSnapshot;
    expect(again.seq).toBe(change.seq);
    expect(again.waiting.TP).toBe(change.waiting.TP);
  });

  it('sends one queue:changed for tickets issued one after another within WAITING_PUSH_MS, with the last counts', async () => {
    const display = open('demo-display');
    const before = (await next(display, 'queue:snapshot')) as QueueSnapshot;
    const pushes: QueueChanged[] = [];
    display.on('queue:changed', (change: QueueChanged) => pushes.push(change));
    const started = Date.now();
    for (let i = 0; i < 8; i++) await issue(server.url, 8); // YT
    const elapsed = Date.now() - started;
    await vi.waitFor(() => expect(pushes.at(-1)?.waiting.YT).toBe((before.waiting.YT ?? 0) + 8), { timeout: 5000 });
    // the first at once, then at most one per WAITING_PUSH_MS while the tickets kept coming
    expect(pushes.length).toBeLessThanOrEqual(2 + Math.floor(elapsed / WAITING_PUSH_MS));
    expect(pushes.length).toBeLessThan(8);
  });

  it('holds counts that were waiting their turn behind a call made meanwhile, for AFTER_CALL_MS', async () => {
    const display = open('demo-display');
    await next(display, 'queue:snapshot');
    const token = await officerAt(server.url, 'officer02', 2);
    // once WAITING_PUSH_MS passed since the last push, an issue's counts go out at once; the next wait until WAITING_PUSH_MS after
    await new Promise((r) => setTimeout(r, WAITING_PUSH_MS));
    const pushedThen = next(display, 'queue:changed');
    await issue(server.url, 1);
    await pushedThen;
    const pushed = Date.now();
    const held = next(display, 'queue:changed');
    await issue(server.url, 1);
    // a call shortly before the held counts are due: they go out only after the call's own writes had their time
    await new Promise((r) => setTimeout(r, pushed + WAITING_PUSH_MS - AFTER_CALL_MS / 2 - Date.now()));
    const calledAt = Date.now();
    await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 2 }, token });
    await held;
    expect(Date.now() - calledAt).toBeGreaterThanOrEqual(AFTER_CALL_MS - 2);
  });

  it('lets a phone page follow the public stream without a key, and refuses a bad key', async () => {
    const phone = open();
    const snapshot = (await next(phone, 'queue:snapshot')) as QueueSnapshot;
    expect(snapshot.counters[0]).not.toHaveProperty('officerId');
    const bad = open('not-a-key');
    const error = await new Promise<Error>((resolve) => bad.once('connect_error', resolve));
    expect(error.message).toMatch(/unauthorized/);
  });

  it('tells the issuing kiosk how its printout went', async () => {
    const kiosk = open('demo-kiosk');
    await next(kiosk, 'queue:snapshot');
    // the tickets of the tests above may still be printing (in the render threads): wait for this one's
    const heard: PrintStatus[] = [];
    kiosk.on('print:status', (status) => heard.push(status));
    const t = await issue(server.url, 3);
    await vi.waitFor(() => expect(heard).toContainEqual({ ticketId: t.id, number: t.number, status: 'printed' }), { timeout: 10_000 });
  });
});
