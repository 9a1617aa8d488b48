// The audit log read back (issue 16 item 4): GET /api/audit with its filters and its CSV export,
// for supervisors and admins only; a keypad's actions are recorded under the officer working at
// its counter, with the keypad named beside.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/src/security/crypto.ts';
import { demo, http, issue, login, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

const KEYPAD_KEY = 'test-keypad-audit';
let server: Running;
let today: string;

beforeAll(async () => {
  const base = demo();
  server = await startServer({
    config: () => ({ ...base, devices: [...base.devices, { name: 'Bàn phím quầy 1', kind: 'agent', keyHash: hashSecret(KEYPAD_KEY), counter: 1 }] }),
  });
  today = server.queue.today();
});
afterAll(() => server.close());

describe('the audit log', () => {
  it('names the officer at the counter for a keypad\'s call, the keypad beside, and filters by user, counter and action', async () => {
    const ticket = await issue(server.url, 1);
    const officer = await officerAt(server.url, 'officer01', 1);
    expect((await send(server.url, 'POST /api/keypad', { token: KEYPAD_KEY, body: { action: 'call-next' } })).body.ok).toBe(true);
    await send(server.url, 'POST /api/tickets/:id/finish', { params: { id: ticket.id }, token: officer });
    const supervisor = await login(server.url, 'supervisor');

    const { body } = await send(server.url, 'GET /api/audit', { token: supervisor, query: { from: today, to: today, user: 'officer01' } });
    const call = body.entries.find((e) => e.action === 'ticket.call');
    expect(call).toMatchObject({ actor: 'officer01', device: 'Bàn phím quầy 1', ticketNumber: ticket.number, counterNumber: 1, detail: { from: 'waiting' } });
    expect(body.entries.map((e) => e.action)).toEqual(['ticket.finish', 'ticket.call', 'counter.open', 'auth.login']);
    expect(body.truncated).toBe(false);

    const tickets = (await send(server.url, 'GET /api/audit', { token: supervisor, query: { from: today, to: today, action: 'ticket', counter: 1 } })).body.entries;
    expect(tickets.map((e) => e.action)).toEqual(['ticket.finish', 'ticket.call']);
    expect((await send(server.url, 'GET /api/audit', { token: supervisor, query: { from: today, to: today, counter: 7 } })).body.entries).toEqual([]);
    const admin = await login(server.url, 'admin', 'admin');
    expect((await send(server.url, 'GET /api/audit', { token: admin, query: { from: today, to: today, action: 'auth.login' } })).body.entries.length).toBeGreaterThanOrEqual(3);
  });

  it('is refused to officers, and a range that ends before it starts', async () => {
    const officer = await login(server.url, 'officer02');
    expect((await refusal(server.url, 'GET /api/audit', { token: officer, query: { from: today, to: today } })).status).toBe(403);
    const supervisor = await login(server.url, 'supervisor');
    const bad = await refusal(server.url, 'GET /api/audit', { token: supervisor, query: { from: '2026-02-02', to: '2026-02-01' } });
    expect(bad.body.error.code).toBe('bad_range');
  });

  it('exports the same entries as CSV, formulas written as text', async () => {
    const admin = await login(server.url, 'admin', 'admin');
    await http(server.url, '/api/auth/login', { body: { username: '=HYPERLINK("x")', password: 'wrong-password' } });
    const response = await fetch(`${server.url}/api/audit/export?from=${today}&to=${today}&action=auth`, { headers: { authorization: `Bearer ${admin}` } });
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('Thao tác / Action');
    expect(csv).toMatch(/auth\.login\.failed/);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    // The code (for tools) and the words (for people) on the same line, in the language asked for (Vietnamese unless told).
    const lines = csv.split('\r\n');
    expect(lines[1]!.split(',').slice(3, 4).concat(lines[1]!.split(',').slice(-2))).toEqual(['Thao tác / Action', 'Thao tác (diễn giải) / Action (words)', 'Chi tiết (diễn giải) / Detail (words)']);
    const failed = lines.find((l) => l.includes('auth.login.failed'))!;
    expect(failed).toMatch(/,Đăng nhập sai mật khẩu,"?tài khoản: /);
    const english = await fetch(`${server.url}/api/audit/export?from=${today}&to=${today}&action=auth&lang=en`, { headers: { authorization: `Bearer ${admin}` } });
    const failedEn = (await english.text()).split('\r\n').find((l) => l.includes('auth.login.failed'))!;
    expect(failedEn).toMatch(/,Failed sign-in,"?username: /);
  });
});
