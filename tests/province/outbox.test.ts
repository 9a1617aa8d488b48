// The site's outbox: every change to a ticket, counter or rating writes one event in the same
// transaction, with public fields only; a refused command writes none. Without a hub the site
// reports it does not sync and keeps its events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issue, login, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

let site: Running;
const events = () => site.store.outbox.batch(0, 10_000);
const last = () => events().at(-1)!;
const lastTicket = () => events().filter((e) => e.kind === 'ticket').at(-1)!;

beforeAll(async () => {
  site = await startServer();
});

afterAll(async () => {
  await site?.close();
});

describe('the outbox', () => {
  it('writes an event for each change of a ticket, a counter and a rating, with public fields only', async () => {
    const before = site.store.outbox.lastSeq();
    const ticket = await issue(site.url, 1);
    expect(last()).toMatchObject({ seq: before + 1, kind: 'ticket', data: { id: ticket.id, number: Number(ticket.number), department: 'TP', status: 'waiting', original: true, priority: false, calledAt: null, counter: null } });
    expect(Object.keys(last().data).sort()).toEqual(['calledAt', 'counter', 'day', 'department', 'finishedAt', 'id', 'kind', 'number', 'original', 'priority', 'procedure', 'queuedAt', 'service', 'servingAt', 'status', 'targetWaitMinutes']);
    const token = await officerAt(site.url, 'officer01', 1);
    expect(events().some((e) => e.kind === 'counter' && e.data.number === 1 && e.data.state === 'open' && e.data.department === 'TP')).toBe(true);
    expect(JSON.stringify(events().filter((e) => e.kind === 'counter'))).not.toMatch(/officer/);
    await send(site.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token });
    expect(lastTicket().data).toMatchObject({ id: ticket.id, status: 'called', counter: 1 });
    expect(last().kind).toBe('ticket'); // a call changes no counter's state: no counter event
    await send(site.url, 'POST /api/tickets/:id/finish', { params: { id: ticket.id }, token });
    expect(lastTicket().data).toMatchObject({ id: ticket.id, status: 'done' });
    await send(site.url, 'POST /api/tickets/:id/rating', { params: { id: ticket.id }, token, body: { score: 4 } });
    expect(last()).toMatchObject({ kind: 'rating', data: { ticket: ticket.id, score: 4, scale: 4, enteredBy: 'officer', counter: 1 } });
    // numbered one after another, never twice
    const seqs = events().map((e) => e.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(JSON.stringify(events())).not.toContain(ticket.trackCode);
  });

  it('writes nothing for a refused command', async () => {
    const before = site.store.outbox.lastSeq();
    const token = await login(site.url, 'officer02');
    await refusal(site.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token }); // not this officer's counter
    await refusal(site.url, 'POST /api/tickets', { token: 'demo-kiosk', body: { serviceId: 9999 } });
    expect(site.store.outbox.lastSeq()).toBe(before);
  });

  it('says it does not sync without a hub, and keeps its events', async () => {
    const status = (await send(site.url, 'GET /api/sync/status', { token: await login(site.url, 'admin', 'admin') })).body;
    expect(status).toEqual({ provinceUrl: null, pending: events().length, ackedSeq: 0, catalogVersion: null, settingsVersion: null });
    expect(status.pending).toBeGreaterThan(0);
    await refusal(site.url, 'GET /api/sync/status', { token: await login(site.url, 'supervisor') });
  });
});
