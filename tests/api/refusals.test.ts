// Bad input gets a clear 4xx in the error shape and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@motcua/protocol';
import { http, issue, login, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

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

/** `request` is a typed `refusal(…)`, or a raw `http(…)` for what the route table forbids. */
async function refused(status: number, code: string | RegExp, request: () => Promise<{ status: number; body: ErrorBody }>) {
  const before = ticketCount();
  const answer = await request();
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body.error.code).toMatch(code);
  expect(answer.body.error.message.length).toBeGreaterThan(10);
  expect(ticketCount()).toBe(before);
  return answer.body.error;
}

describe('authentication and roles', () => {
  it('401s a wrong password and an unknown user alike', async () => {
    await refused(401, 'bad_credentials', () => refusal(url, 'POST /api/auth/login', { body: { username: 'officer01', password: 'wrong' } }));
    await refused(401, 'bad_credentials', () => refusal(url, 'POST /api/auth/login', { body: { username: 'nobody', password: 'demo' } }));
  });

  it('401s a ticket without a kiosk key, 403s one from an officer', async () => {
    await refused(401, 'unauthenticated', () => refusal(url, 'POST /api/tickets', { body: { serviceId: 1 } }));
    await refused(403, 'wrong_role', () => refusal(url, 'POST /api/tickets', { body: { serviceId: 1 }, token: officer }));
  });

  it('403s an officer at a counter of another department', async () => {
    const token = await login(url, 'officer04');
    const error = await refused(403, 'foreign_counter', () => refusal(url, 'POST /api/counters/:id/open', { params: { id: 1 }, token }));
    expect(error.message).toContain('Department of Justice');
  });

  it('403s an officer acting at a counter they did not open', async () => {
    const token = await login(url, 'officer02');
    await refused(403, 'not_at_counter', () => refusal(url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token }));
  });

  it('409s a second officer opening a counter that is taken', async () => {
    const token = await login(url, 'officer02');
    await refused(409, 'counter_taken', () => refusal(url, 'POST /api/counters/:id/open', { params: { id: 1 }, token }));
  });
});

describe('malformed and invalid input', () => {
  it('400s malformed JSON', async () => {
    await refused(400, /malformed|invalid/, () => http<ErrorBody>(url, '/api/tickets', { token: 'demo-kiosk', body: '{"serviceId": 1,' }));
  });

  it('400s wrong types, missing and extra fields, naming the field', async () => {
    expect((await refused(400, 'invalid_request', () => http<ErrorBody>(url, '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'one' } }))).message).toMatch(/serviceId/);
    await refused(400, 'invalid_request', () => http<ErrorBody>(url, '/api/tickets', { token: 'demo-kiosk', body: {} }));
    expect((await refused(400, 'invalid_request', () => http<ErrorBody>(url, '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 1, extra: true } }))).message).toMatch(/extra/);
    await refused(400, 'invalid_request', () => http<ErrorBody>(url, '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 1, priority: 'vip' } }));
    await refused(400, 'invalid_request', () => http<ErrorBody>(url, '/api/tickets/abc/finish', { token: officer, method: 'POST' }));
  });

  it('404s an unknown service with a message saying where to look', async () => {
    const error = await refused(404, 'unknown_service', () => refusal(url, 'POST /api/tickets', { token: 'demo-kiosk', body: { serviceId: 9999 } }));
    expect(error.message).toMatch(/GET \/api\/catalog/);
  });

  it('413s an oversized body', async () => {
    await refused(413, 'body_too_large', () => http<ErrorBody>(url, '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 1, pad: 'x'.repeat(40_000) } }));
  });

  it('404s unknown endpoints and ids', async () => {
    await refused(404, 'not_found', () => http<ErrorBody>(url, '/api/nothing-here'));
    await refused(404, 'unknown_ticket', () => refusal(url, 'POST /api/tickets/:id/finish', { params: { id: 99999 }, token: officer }));
    await refused(404, 'unknown_counter', () => refusal(url, 'POST /api/counters/:id/open', { params: { id: 999 }, token: officer }));
  });
});

describe('actions out of order', () => {
  it('409s finishing a waiting ticket and rating an unfinished one, changing nothing', async () => {
    const t = await issue(url, 1);
    await refused(409, 'not_held', () => refusal(url, 'POST /api/tickets/:id/finish', { params: { id: t.id }, token: officer }));
    await send(url, 'POST /api/counters/:id/call', { params: { id: 1 }, token: officer, body: { number: t.number } });
    await refused(409, 'not_finished', () => refusal(url, 'POST /api/tickets/:id/rating', { params: { id: t.id }, token: officer, body: { score: 4 } }));
    await refused(409, 'counter_busy', () => refusal(url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token: officer }));
    await send(url, 'POST /api/tickets/:id/finish', { params: { id: t.id }, token: officer });
    await refused(409, 'illegal_transition', () => refusal(url, 'POST /api/tickets/:id/finish', { params: { id: t.id }, token: officer }));
    const after = await send(url, 'GET /api/tickets/:id', { params: { id: t.id }, token: officer });
    expect(after.body.ticket.status).toBe('done');
  });

  it('409s calling a ticket already called at another counter, naming that counter', async () => {
    const t = await issue(url, 2);
    await send(url, 'POST /api/counters/:id/call', { params: { id: 1 }, token: officer, body: { number: t.number } });
    const other = await officerAt(url, 'officer03', 3);
    const error = await refused(409, 'already_called', () => refusal(url, 'POST /api/counters/:id/call', { params: { id: 3 }, token: other, body: { number: t.number } }));
    expect(error.message).toBe(`Ticket ${t.number} was already called at counter 1.`);
    await send(url, 'POST /api/tickets/:id/finish', { params: { id: t.id }, token: officer });
  });
});

describe('rate limit', () => {
  it('429s a kiosk over its tickets per minute', async () => {
    const limited = await startServer({ rateLimitPerMinute: 2 });
    try {
      await issue(limited.url, 1);
      await issue(limited.url, 1);
      const over = await refusal(limited.url, 'POST /api/tickets', { token: 'demo-kiosk', body: { serviceId: 1 } });
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
    await send(url, 'POST /api/counters/:id/call', { params: { id: 1 }, token: officer, body: { number: t.number } });
    const busy = await refusal(url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token: officer });
    expect(busy.status).toBe(409);
    expect(busy.body.error.messageVi).toBe(`Quầy 1 đang giữ phiếu số ${t.number}: hãy kết thúc, đánh dấu vắng mặt, tạm giữ hoặc chuyển phiếu trước.`);
    await send(url, 'POST /api/tickets/:id/finish', { params: { id: t.id }, token: officer });
    const again = await refusal(url, 'POST /api/tickets/:id/finish', { params: { id: t.id }, token: officer });
    expect(again.body.error.messageVi).toBe(`Phiếu số ${t.number} đã phục vụ xong, nên không thể kết thúc.`);
  });
});
