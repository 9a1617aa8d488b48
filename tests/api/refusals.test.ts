// Bad input gets a clear 4xx in the error shape and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Ticket } from '@motcua/protocol';
import { http, issue, login, officerAt, startServer, type Running } from '../support/server.ts';

let server: Running;
let url: string;
let officer: string;
beforeAll(async () => {
  server = await startServer();
  url = server.url;
  officer = await officerAt(url, 'officer01', 1);
});
afterAll(() => server.close());

function ticketCount(): number {
  return server.store.db.prepare('SELECT count(*) FROM tickets').pluck().get() as number;
}

async function refused(status: number, code: string | RegExp, path: string, options: Parameters<typeof http>[2] = {}) {
  const before = ticketCount();
  const answer = await http<ErrorBody>(url, path, options);
  expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(status);
  expect(answer.body.error.code).toMatch(code);
  expect(answer.body.error.message.length).toBeGreaterThan(10);
  expect(ticketCount()).toBe(before);
  return answer.body.error;
}

describe('authentication and roles', () => {
  it('401s a wrong password and an unknown user alike', async () => {
    await refused(401, 'bad_credentials', '/api/auth/login', { body: { username: 'officer01', password: 'wrong' } });
    await refused(401, 'bad_credentials', '/api/auth/login', { body: { username: 'nobody', password: 'demo' } });
  });

  it('401s a ticket without a kiosk key, 403s one from an officer', async () => {
    await refused(401, 'unauthenticated', '/api/tickets', { body: { serviceId: 1 } });
    await refused(403, 'wrong_role', '/api/tickets', { body: { serviceId: 1 }, token: officer });
  });

  it('403s an officer at a counter of another department', async () => {
    const token = await login(url, 'officer04');
    const error = await refused(403, 'foreign_counter', '/api/counters/1/open', { token, method: 'POST' });
    expect(error.message).toContain('Department of Justice');
  });

  it('403s an officer acting at a counter they did not open', async () => {
    const token = await login(url, 'officer02');
    await refused(403, 'not_at_counter', '/api/counters/1/call-next', { token, method: 'POST' });
  });

  it('409s a second officer opening a counter that is taken', async () => {
    const token = await login(url, 'officer02');
    await refused(409, 'counter_taken', '/api/counters/1/open', { token, method: 'POST' });
  });
});

describe('malformed and invalid input', () => {
  it('400s malformed JSON', async () => {
    await refused(400, /malformed|invalid/, '/api/tickets', { token: 'demo-kiosk', body: '{"serviceId": 1,' });
  });

  it('400s wrong types, missing and extra fields, naming the field', async () => {
    expect((await refused(400, 'invalid_request', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'one' } })).message).toMatch(/serviceId/);
    await refused(400, 'invalid_request', '/api/tickets', { token: 'demo-kiosk', body: {} });
    expect((await refused(400, 'invalid_request', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 1, extra: true } })).message).toMatch(/extra/);
    await refused(400, 'invalid_request', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 1, priority: 'vip' } });
    await refused(400, 'invalid_request', '/api/tickets/abc/finish', { token: officer, method: 'POST' });
  });

  it('404s an unknown service with a message saying where to look', async () => {
    const error = await refused(404, 'unknown_service', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 9999 } });
    expect(error.message).toMatch(/GET \/api\/catalog/);
  });

  it('413s an oversized body', async () => {
    await refused(413, 'body_too_large', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 1, pad: 'x'.repeat(40_000) } });
  });

  it('404s unknown endpoints and ids', async () => {
    await refused(404, 'not_found', '/api/nothing-here');
    await refused(404, 'unknown_ticket', '/api/tickets/99999/finish', { token: officer, method: 'POST' });
    await refused(404, 'unknown_counter', '/api/counters/999/open', { token: officer, method: 'POST' });
  });
});

describe('actions out of order', () => {
  it('409s finishing a waiting ticket and rating an unfinished one, changing nothing', async () => {
    const t = await issue(url, 1);
    await refused(409, 'not_held', `/api/tickets/${t.id}/finish`, { token: officer, method: 'POST' });
    await http(url, '/api/counters/1/call', { token: officer, body: { number: t.number } });
    await refused(409, 'not_finished', `/api/tickets/${t.id}/rating`, { token: officer, body: { score: 4 } });
    await refused(409, 'counter_busy', '/api/counters/1/call-next', { token: officer, method: 'POST' });
    await http(url, `/api/tickets/${t.id}/finish`, { token: officer, method: 'POST' });
    await refused(409, 'illegal_transition', `/api/tickets/${t.id}/finish`, { token: officer, method: 'POST' });
    const after = await http<{ ticket: Ticket }>(url, `/api/tickets/${t.id}`, { token: officer });
    expect(after.body.ticket.status).toBe('done');
  });

  it('409s calling a ticket already called at another counter, naming that counter', async () => {
    const t = await issue(url, 2);
    await http(url, '/api/counters/1/call', { token: officer, body: { number: t.number } });
    const other = await officerAt(url, 'officer03', 3);
    const error = await refused(409, 'already_called', '/api/counters/3/call', { token: other, body: { number: t.number } });
    expect(error.message).toBe(`Ticket ${t.number} was already called at counter 1.`);
    await http(url, `/api/tickets/${t.id}/finish`, { token: officer, method: 'POST' });
  });
});

describe('rate limit', () => {
  it('429s a kiosk over its tickets per minute', async () => {
    const limited = await startServer({ rateLimitPerMinute: 2 });
    try {
      await issue(limited.url, 1);
      await issue(limited.url, 1);
      const over = await http<ErrorBody>(limited.url, '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 1 } });
      expect(over.status).toBe(429);
      expect(over.body.error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});

describe('messages in Vietnamese', () => {
  it('says what to do in Vietnamese as well as English', async () => {
    const t = await issue(url, 4);
    await http(url, '/api/counters/1/call', { token: officer, body: { number: t.number } });
    const busy = await http<ErrorBody>(url, '/api/counters/1/call-next', { token: officer, method: 'POST' });
    expect(busy.status).toBe(409);
    expect(busy.body.error.messageVi).toBe(`Quầy 1 đang giữ phiếu số ${t.number}: hãy kết thúc, đánh dấu vắng mặt, tạm giữ hoặc chuyển phiếu trước.`);
    await http(url, `/api/tickets/${t.id}/finish`, { token: officer, method: 'POST' });
    const again = await http<ErrorBody>(url, `/api/tickets/${t.id}/finish`, { token: officer, method: 'POST' });
    expect(again.body.error.messageVi).toBe(`Phiếu số ${t.number} đã phục vụ xong, nên không thể kết thúc.`);
  });
});
