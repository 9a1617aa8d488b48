// Supervisors act (issue 16 item 5) through the real server: close a counter its officer left
// open (the ticket in hand back to the front of its line, or finished), and change a waiting
// ticket's priority group with a reason the audit log and the ticket's call both give.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '@motcua/protocol';
import { issue, login, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

let server: Running;
let supervisor: string;
const HEALTH_SERVICE = 8;

beforeAll(async () => {
  server = await startServer();
  supervisor = await login(server.url, 'supervisor');
});
afterAll(() => server.close());

describe('a supervisor closing a counter its officer left open', () => {
  it('asks what becomes of the ticket in hand, then sends it back to the front of its line and signs the officer out of the counter', async () => {
    const first = await issue(server.url, HEALTH_SERVICE);
    const second = await issue(server.url, HEALTH_SERVICE);
    const absent = await officerAt(server.url, 'officer04', 4);
    expect((await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 4 }, token: absent })).body.ticket?.id).toBe(first.id);

    const other = await officerAt(server.url, 'officer05', 5);
    expect((await refusal(server.url, 'POST /api/counters/:id/close', { params: { id: 4 }, token: other, body: { ticket: 'requeue' } })).status).toBe(403);
    const undecided = await refusal(server.url, 'POST /api/counters/:id/close', { params: { id: 4 }, token: supervisor });
    expect(undecided.status).toBe(409);
    expect(undecided.body.error).toMatchObject({ code: 'counter_busy', messageVi: expect.stringContaining(first.number) });

    const closed = await send(server.url, 'POST /api/counters/:id/close', { params: { id: 4 }, token: supervisor, body: { ticket: 'requeue' } });
    expect(closed.body.counter).toMatchObject({ state: 'closed', current: null });
    expect((await send(server.url, 'GET /api/tickets/:id', { params: { id: first.id }, token: supervisor })).body.ticket.status).toBe('waiting');
    expect((await refusal(server.url, 'POST /api/counters/:id/call-next', { params: { id: 4 }, token: absent })).body.error.code).toBe('not_at_counter');
    // back at the front: called before the ticket issued after it
    expect((await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 5 }, token: other })).body.ticket?.id).toBe(first.id);
    await send(server.url, 'POST /api/tickets/:id/finish', { params: { id: first.id }, token: other });
    expect((await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 5 }, token: other })).body.ticket?.id).toBe(second.id);

    const today = server.queue.today();
    const audit = (await send(server.url, 'GET /api/audit', { token: supervisor, query: { from: today, to: today, user: 'supervisor', counter: 4 } })).body.entries;
    expect(audit.map((e) => e.action)).toEqual(['supervisor.close-counter', 'ticket.requeue']);
  });

  it('finishes the ticket in hand when told so', async () => {
    const ticket = await issue(server.url, HEALTH_SERVICE);
    const absent = await officerAt(server.url, 'officer06', 6);
    await send(server.url, 'POST /api/counters/:id/call', { params: { id: 6 }, token: absent, body: { number: ticket.number } });
    await send(server.url, 'POST /api/counters/:id/close', { params: { id: 6 }, token: supervisor, body: { ticket: 'finish' } });
    expect((await send(server.url, 'GET /api/tickets/:id', { params: { id: ticket.id }, token: supervisor })).body.ticket.status).toBe('done');
  });

  it('refuses a body that is not an object', async () => {
    const response = await fetch(`${server.url}/api/counters/6/close`, { method: 'POST', headers: { authorization: `Bearer ${supervisor}`, 'content-type': 'application/json' }, body: '"requeue"' });
    expect(response.status).toBe(400);
  });
});

describe('a supervisor changing a waiting ticket\'s priority', () => {
  it('needs a reason, is audited, puts the ticket in the priority line, and its call says so', async () => {
    const justice = await officerAt(server.url, 'officer01', 1);
    const earlier = await issue(server.url, 1);
    const elderly = await issue(server.url, 1);
    const officer = await login(server.url, 'officer02');
    expect((await refusal(server.url, 'POST /api/tickets/:id/priority', { params: { id: elderly.id }, token: officer, body: { priority: 'elderly', reason: 'cụ 80 tuổi' } })).status).toBe(403);
    expect((await refusal(server.url, 'POST /api/tickets/:id/priority', { params: { id: elderly.id }, token: supervisor, body: { priority: 'elderly', reason: '' } })).status).toBe(400);

    const changed = await send(server.url, 'POST /api/tickets/:id/priority', { params: { id: elderly.id }, token: supervisor, body: { priority: 'elderly', reason: 'cụ 80 tuổi bấm nhầm "Không"' } });
    expect(changed.body.ticket.priority).toBe('elderly');
    const call = (await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token: justice })).body;
    expect(call.ticket?.id).toBe(elderly.id);
    expect(call.reason).toMatch(/set by a supervisor: cụ 80 tuổi/);
    expect(call.reasonVi).toMatch(/giám sát viên đổi nhóm ưu tiên/);

    const late = await refusal(server.url, 'POST /api/tickets/:id/priority', { params: { id: elderly.id }, token: supervisor, body: { priority: null, reason: 'nhầm phiếu' } });
    expect(late.body.error).toMatchObject({ code: 'not_waiting', messageVi: expect.stringContaining('không còn ở hàng chờ') });
    const today = server.queue.today();
    const audit = (await send(server.url, 'GET /api/audit', { token: supervisor, query: { from: today, to: today, action: 'ticket.priority' } })).body.entries;
    expect(audit[0]).toMatchObject({ actor: 'supervisor', ticketNumber: elderly.number, detail: { from: null, to: 'elderly', reason: 'cụ 80 tuổi bấm nhầm "Không"' } });
    expect((await send(server.url, 'GET /api/tickets/:id', { params: { id: earlier.id }, token: supervisor })).body.ticket.status).toBe('waiting');
  });
});

describe('refusals to supervisors and admins', () => {
  it('say what is wrong in Vietnamese too, more than the table\'s generic words', async () => {
    const admin = await login(server.url, 'admin', 'admin');
    const { body: view } = await send(server.url, 'GET /api/admin', { token: admin });
    const self = view.users.find((u) => u.username === 'admin')!;
    const kiosk = view.devices.find((d) => d.kind === 'kiosk')!;
    const refusals = [
      await refusal(server.url, 'POST /api/admin/users/:id/retire', { params: { id: self.id }, token: admin }),
      await refusal(server.url, 'PUT /api/admin/devices/:id/print-agent', { params: { id: kiosk.id }, token: supervisor, body: { agentId: 999 } }),
      await refusal(server.url, 'POST /api/tickets/:id/reprint', { params: { id: 999_999 }, token: supervisor }),
    ];
    for (const { body } of refusals) {
      expect(body.error.messageVi).toBeTruthy();
      expect(body.error.messageVi).not.toBe(ERRORS[body.error.code].vi);
    }
    expect(refusals[1]!.body.error.messageVi).toContain('999');
  });
});
