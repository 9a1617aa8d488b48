// Races: four counters serving the same services call next 100 times each, all at once, while
// kiosks keep issuing. No ticket may be called twice, none may be skipped: every issued ticket is
// called exactly once, and within each line (service × priority or not) in the order it arrived.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CenterConfig } from '@motcua/protocol';
import type { Call, PriorityGroup, Ticket } from '@motcua/protocol';
import { connect, demo, issue, officerAt, send, startServer, type Running, type TestSocket } from '../support/server.ts';

const COUNTERS = 4;
const CALLS_EACH = 100;
const TOTAL = COUNTERS * CALLS_EACH;
const JUSTICE_SERVICES = [1, 2, 3, 4, 5, 6, 7];
const PRIORITIES: (PriorityGroup | undefined)[] = [undefined, undefined, undefined, 'elderly', undefined, 'pregnant', undefined];

/** The demo center with four Justice counters (officer01–04) that all serve every Justice service. */
function sharedCounters(): CenterConfig {
  const d = demo();
  const justice = d.departments.find((x) => x.code === 'TP')!;
  const services = Object.fromEntries(justice.services.map((s, i) => [s.code, 1 + (i % 2)]));
  return {
    ...d,
    counters: Array.from({ length: COUNTERS }, (_, i) => ({ number: i + 1, name: `Quầy ${i + 1}`, department: 'TP', services })),
    users: d.users.map((u) => (/^officer0[1-4]$/.test(u.username) ? { ...u, department: 'TP' } : u)),
  };
}

describe('four counters calling next over shared services at once', () => {
  let server: Running;
  let screen: TestSocket;
  const pushed: Call[] = [];

  beforeAll(async () => {
    server = await startServer({ config: sharedCounters, printing: {} });
    screen = connect(server.url, 'demo-display');
    screen.on('ticket:called', (call) => pushed.push(call));
    await new Promise((resolve) => screen.once('queue:snapshot', resolve));
  });
  afterAll(async () => {
    screen.disconnect();
    await server.close();
  });

  it('calls every ticket exactly once, in arrival order within each line, none skipped', async () => {
    const issued: Ticket[] = [];
    const issueSome = async (n: number, from: number) => {
      for (let i = from; i < from + n; i++) issued.push(await issue(server.url, JUSTICE_SERVICES[i % 7]!, PRIORITIES[i % 7] ? { priority: PRIORITIES[i % 7] } : {}));
    };
    await issueSome(TOTAL / 2, 0);
    const tokens = await Promise.all(Array.from({ length: COUNTERS }, (_, i) => officerAt(server.url, `officer0${i + 1}`, i + 1)));

    // The other half arrives while the counters call: a call may then find nobody and try again.
    const arrivals = issueSome(TOTAL / 2, TOTAL / 2);
    const called = await Promise.all(tokens.map(async (token, i) => {
      const mine: Ticket[] = [];
      while (mine.length < CALLS_EACH) {
        const { status, body } = await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: i + 1 }, token });
        expect(status).toBe(200);
        if (!body.ticket) continue;
        mine.push(body.ticket);
        const done = await send(server.url, 'POST /api/tickets/:id/finish', { params: { id: body.ticket.id }, token });
        expect(done.status).toBe(200);
      }
      return mine;
    }));
    await arrivals;

    const ids = called.flat().map((t) => t.id);
    expect(ids).toHaveLength(TOTAL);
    expect(new Set(ids).size).toBe(TOTAL);
    expect(new Set(ids)).toEqual(new Set(issued.map((t) => t.id)));

    // The screen heard each call once, in one gap-free stream.
    await expect.poll(() => pushed.length).toBe(TOTAL);
    expect(new Set(pushed.map((c) => c.ticketId)).size).toBe(TOTAL);
    expect(pushed.every((c, i) => i === 0 || c.seq > pushed[i - 1]!.seq)).toBe(true);

    // Within one line, the push order is the arrival order: nobody was passed over.
    const line = (t: Ticket) => `${t.serviceId}/${t.priority ? 'priority' : 'normal'}`;
    const byId = new Map(issued.map((t) => [t.id, t]));
    const lines = new Map<string, number[]>();
    for (const c of pushed) {
      const t = byId.get(c.ticketId)!;
      lines.set(line(t), [...(lines.get(line(t)) ?? []), t.id]);
    }
    for (const order of lines.values()) expect(order).toEqual([...order].sort((a, b) => a - b));

    const left = await send(server.url, 'GET /api/counters/:id/queue', { params: { id: 1 }, token: tokens[0] });
    expect(left.body.waiting).toEqual([]);
  }, 120_000);
});
