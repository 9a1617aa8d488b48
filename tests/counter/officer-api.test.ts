// The server side of the officer console and the rating tablet: /api/me, /api/me/day,
// /api/rating/prompt, and the rating:open / rating:closed pushes to a counter's tablet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '@motcua/protocol';
import { connect, issue, login, next, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server?.close());

async function serveOne(token: string, counterId: number, serviceId: number): Promise<Ticket> {
  await issue(server.url, serviceId);
  const called = (await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: counterId }, token })).body.ticket!;
  await send(server.url, 'POST /api/tickets/:id/serve', { params: { id: called.id }, token });
  return called;
}

describe('officer console reads', () => {
  it('GET /api/me says where the officer works and the recall limit', async () => {
    const token = await officerAt(server.url, 'officer02', 2);
    const { status, body } = await send(server.url, 'GET /api/me', { token });
    expect(status).toBe(200);
    expect(body).toMatchObject({ user: { username: 'officer02', role: 'officer', departmentId: 1 }, counterId: 2, recallLimit: 3 });
  });

  it('GET /api/me/day counts served tickets and ratings of today', async () => {
    const token = await officerAt(server.url, 'officer03', 3);
    const before = await send(server.url, 'GET /api/me/day', { token });
    expect(before.body).toMatchObject({ served: 0, averageServiceSeconds: null, ratings: { count: 0, average: null } });
    for (const score of [4, 2] as const) {
      const t = await serveOne(token, 3, 1);
      await send(server.url, 'POST /api/tickets/:id/finish', { params: { id: t.id }, token });
      expect((await send(server.url, 'POST /api/tickets/:id/rating', { params: { id: t.id }, token, body: { score } })).status).toBe(200);
    }
    const after = await send(server.url, 'GET /api/me/day', { token });
    expect(after.body.served).toBe(2);
    expect(after.body.averageServiceSeconds).toBeGreaterThanOrEqual(0);
    expect(after.body.ratings).toEqual({ count: 2, average: 3, byScore: { 1: 0, 2: 1, 3: 0, 4: 1 } });
  });
});

describe('a pause note', () => {
  it("reaches the officer's desk and the supervisors' dashboard, never the screens, and goes with the resume", async () => {
    const note = 'họp với lãnh đạo';
    const token = await officerAt(server.url, 'officer05', 5);
    const supervisor = await login(server.url, 'supervisor');
    const display = connect(server.url, 'demo-display');
    await next(display, 'queue:snapshot');
    const heard: unknown[] = [];
    display.onAny((_event: string, payload: unknown) => heard.push(payload));
    const changed = next(display, 'counter:changed');
    await send(server.url, 'POST /api/counters/:id/pause', { params: { id: 5 }, token, body: { reason: 'meeting', note: `  ${note} ` } });
    expect((await changed).counter).toMatchObject({ id: 5, state: 'paused', pauseReason: 'meeting' });

    const desk = await send(server.url, 'GET /api/counters/:id/queue', { params: { id: 5 }, token });
    expect(desk.body).toMatchObject({ counter: { state: 'paused', pauseReason: 'meeting' }, pauseNote: note });
    const dashboard = await send(server.url, 'GET /api/dashboard', { token: supervisor });
    expect(dashboard.body.counters.find((c) => c.id === 5)).toMatchObject({ state: 'paused', pauseReason: 'meeting', pauseNote: note });
    display.emit('queue:resync');
    heard.push(await next(display, 'queue:snapshot'));
    expect(JSON.stringify(heard)).not.toContain('lãnh đạo');
    display.close();

    await send(server.url, 'POST /api/counters/:id/resume', { params: { id: 5 }, token });
    expect((await send(server.url, 'GET /api/counters/:id/queue', { params: { id: 5 }, token })).body.pauseNote).toBeUndefined();
    expect((await send(server.url, 'GET /api/dashboard', { token: supervisor })).body.counters.find((c) => c.id === 5)).not.toHaveProperty('pauseNote');
  });
});

describe('rating tablet', () => {
  it('hears rating:open for its counter only, starts from GET /api/rating/prompt, and hears rating:closed', async () => {
    const token = await officerAt(server.url, 'officer04', 4);
    const idle = await send(server.url, 'GET /api/rating/prompt', { token: 'demo-rate-4' });
    expect(idle.body).toEqual({ counter: { id: 4, number: 4, name: 'Quầy 4' }, prompt: null });

    const tablet = connect(server.url, 'demo-rate-4');
    const other = connect(server.url, 'demo-rate-5');
    await Promise.all([next(tablet, 'queue:snapshot'), next(other, 'queue:snapshot')]);
    let otherHeard = false;
    other.on('rating:open', () => { otherHeard = true; });

    const t = await serveOne(token, 4, 8);
    const opened = next(tablet, 'rating:open');
    await send(server.url, 'POST /api/tickets/:id/finish', { params: { id: t.id }, token });
    expect(await opened).toMatchObject({ ticketId: t.id, number: t.number, counterId: 4, counterNumber: 4 });

    const state = await send(server.url, 'GET /api/rating/prompt', { token: 'demo-rate-4' });
    expect(state.body.prompt).toMatchObject({ ticketId: t.id, number: t.number });

    const closed = next(tablet, 'rating:closed');
    expect((await send(server.url, 'POST /api/tickets/:id/rating', { params: { id: t.id }, token: 'demo-rate-4', body: { score: 3 } })).status).toBe(200);
    expect(await closed).toEqual({ ticketId: t.id, number: t.number, score: 3 });
    expect((await refusal(server.url, 'POST /api/tickets/:id/rating', { params: { id: t.id }, token: 'demo-rate-4', body: { score: 1 } })).status).toBe(409);
    expect((await send(server.url, 'GET /api/rating/prompt', { token: 'demo-rate-4' })).body.prompt).toBeNull();
    // A tablet of another counter may not rate it, and heard nothing of counter 4.
    expect((await refusal(server.url, 'POST /api/tickets/:id/rating', { params: { id: t.id }, token: 'demo-rate-5', body: { score: 1 } })).status).toBe(403);
    expect(otherHeard).toBe(false);
    tablet.close();
    other.close();
  });

  it('refuses a device bound to no counter with a message that says what to do', async () => {
    const { status, body } = await refusal(server.url, 'GET /api/rating/prompt', { token: 'demo-display' });
    expect(status).toBe(409);
    expect(body.error.message).toMatch(/Ask an administrator/);
  });
});
