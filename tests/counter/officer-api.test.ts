// The server side of the officer console and the rating tablet: /api/me, /api/me/day,
// /api/rating/prompt, and the rating:open / rating:closed pushes to a counter's tablet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeView, OfficerDay, RatingTabletState, Ticket, TicketResponse } from '@motcua/protocol';
import { connect, http, issue, next, officerAt, startServer, type Running } from '../support/server.ts';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server?.close());

async function serveOne(token: string, counterId: number, serviceId: number): Promise<Ticket> {
  await issue(server.url, serviceId);
  const called = await http<{ ticket: Ticket }>(server.url, `/api/counters/${counterId}/call-next`, { token, method: 'POST' });
  await http(server.url, `/api/tickets/${called.body.ticket.id}/serve`, { token, method: 'POST' });
  return called.body.ticket;
}

describe('officer console reads', () => {
  it('GET /api/me says where the officer works and the recall limit', async () => {
    const token = await officerAt(server.url, 'officer02', 2);
    const { status, body } = await http<MeView>(server.url, '/api/me', { token });
    expect(status).toBe(200);
    expect(body).toMatchObject({ user: { username: 'officer02', role: 'officer', departmentId: 1 }, counterId: 2, recallLimit: 3 });
  });

  it('GET /api/me/day counts served tickets and ratings of today', async () => {
    const token = await officerAt(server.url, 'officer03', 3);
    const before = await http<OfficerDay>(server.url, '/api/me/day', { token });
    expect(before.body).toMatchObject({ served: 0, averageServiceSeconds: null, ratings: { count: 0, average: null } });
    for (const score of [4, 2]) {
      const t = await serveOne(token, 3, 1);
      await http(server.url, `/api/tickets/${t.id}/finish`, { token, method: 'POST' });
      expect((await http(server.url, `/api/tickets/${t.id}/rating`, { token, body: { score } })).status).toBe(200);
    }
    const after = await http<OfficerDay>(server.url, '/api/me/day', { token });
    expect(after.body.served).toBe(2);
    expect(after.body.averageServiceSeconds).toBeGreaterThanOrEqual(0);
    expect(after.body.ratings).toEqual({ count: 2, average: 3, byScore: { 1: 0, 2: 1, 3: 0, 4: 1 } });
  });
});

describe('rating tablet', () => {
  it('hears rating:open for its counter only, starts from GET /api/rating/prompt, and hears rating:closed', async () => {
    const token = await officerAt(server.url, 'officer04', 4);
    const idle = await http<RatingTabletState>(server.url, '/api/rating/prompt', { token: 'demo-rate-4' });
    expect(idle.body).toEqual({ counter: { id: 4, number: 4, name: 'Quầy 4' }, prompt: null });

    const tablet = connect(server.url, 'demo-rate-4');
    const other = connect(server.url, 'demo-rate-5');
    await Promise.all([next(tablet, 'queue:snapshot'), next(other, 'queue:snapshot')]);
    let otherHeard = false;
    other.on('rating:open', () => { otherHeard = true; });

    const t = await serveOne(token, 4, 8);
    const opened = next(tablet, 'rating:open');
    await http<TicketResponse>(server.url, `/api/tickets/${t.id}/finish`, { token, method: 'POST' });
    expect(await opened).toMatchObject({ ticketId: t.id, number: t.number, counterId: 4, counterNumber: 4 });

    const state = await http<RatingTabletState>(server.url, '/api/rating/prompt', { token: 'demo-rate-4' });
    expect(state.body.prompt).toMatchObject({ ticketId: t.id, number: t.number });

    const closed = next(tablet, 'rating:closed');
    expect((await http(server.url, `/api/tickets/${t.id}/rating`, { token: 'demo-rate-4', body: { score: 3 } })).status).toBe(200);
    expect(await closed).toEqual({ ticketId: t.id, number: t.number, score: 3 });
    expect((await http(server.url, `/api/tickets/${t.id}/rating`, { token: 'demo-rate-4', body: { score: 1 } })).status).toBe(409);
    expect((await http<RatingTabletState>(server.url, '/api/rating/prompt', { token: 'demo-rate-4' })).body.prompt).toBeNull();
    // A tablet of another counter may not rate it, and heard nothing of counter 4.
    expect((await http(server.url, `/api/tickets/${t.id}/rating`, { token: 'demo-rate-5', body: { score: 1 } })).status).toBe(403);
    expect(otherHeard).toBe(false);
    tablet.close();
    other.close();
  });

  it('refuses a device bound to no counter with a message that says what to do', async () => {
    const { status, body } = await http<{ error: { code: string; message: string } }>(server.url, '/api/rating/prompt', { token: 'demo-display' });
    expect(status).toBe(409);
    expect(body.error.message).toMatch(/Ask an administrator/);
  });
});
