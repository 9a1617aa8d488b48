// The endpoints of CONTRACT.md against the real server on a temporary database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, issue, login, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

let server: Running;
let url: string;
beforeAll(async () => {
  server = await startServer();
  url = server.url;
});
afterAll(() => server.close());

describe('public endpoints', () => {
  it('answers health', async () => {
    expect(await send(url, 'GET /api/health')).toEqual({ status: 200, body: { ok: true } });
  });

  it('lists the four departments with Vietnamese and English names, services and counters', async () => {
    const { status, body } = await send(url, 'GET /api/catalog');
    expect(status).toBe(200);
    expect(body.departments.map((d) => d.code)).toEqual(['TP', 'YT', 'TNMT', 'LDTBXH']);
    expect(body.departments[0]!.name).toEqual({ vi: 'Sở Tư pháp', en: 'Department of Justice' });
    for (const d of body.departments) expect(d.services.length).toBeGreaterThanOrEqual(5);
    expect(body.departments[0]!.services[0]!.name.vi).toBe('Lý lịch tư pháp');
    expect(body.counters).toHaveLength(12);
    expect(body.counters[0]).toEqual({ id: 1, number: 1, name: 'Quầy 1', departmentId: 1 });
  });

  it('serves the OpenAPI document with every contract path', async () => {
    const { status, body } = await http<{ paths: Record<string, unknown> }>(url, '/api/openapi.json');
    expect(status).toBe(200);
    for (const path of ['/api/health', '/api/catalog', '/api/auth/login', '/api/tickets', '/api/tickets/track/{trackCode}', '/api/counters/{id}/open',
      '/api/counters/{id}/call-next', '/api/counters/{id}/recall', '/api/counters/{id}/call', '/api/tickets/{id}/finish', '/api/tickets/{id}/no-show',
      '/api/tickets/{id}/transfer', '/api/tickets/{id}/rating', '/api/stats', '/api/announcements/preview']) {
      expect(body.paths, path).toHaveProperty([path]);
    }
  });
});

describe('issuing and tracking', () => {
  it('issues numbers from the department block, in order, with position and ETA', async () => {
    const a = await issue(url, 1);
    const b = await issue(url, 1, { priority: 'elderly', lang: 'en' });
    expect(Number(b.number)).toBe(Number(a.number) + 1);
    expect(Number(a.number)).toBeGreaterThanOrEqual(1001);
    expect(a).toMatchObject({ departmentCode: 'TP', serviceId: 1, status: 'waiting', priority: null });
    expect(b.priority).toBe('elderly');
    expect(b.position).toBe(1); // a priority ticket goes ahead of the normal one
    // no counter is open yet: no wait is promised
    expect(a).toMatchObject({ noOpenCounter: true });
    expect(a.etaMinutes).toBeUndefined();
    const health = await issue(url, 8);
    expect(health.number).toBe('2001');
  });

  it('tracks a ticket by its code with public fields only', async () => {
    const t = await issue(url, 2);
    const { status, body } = await send(url, 'GET /api/tickets/track/:trackCode', { params: { trackCode: t.trackCode } });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['departmentCode', 'departmentId', 'departmentName', 'etaMinutes', 'noOpenCounter', 'number', 'position', 'serviceName', 'status', 'timeZone', 'url']);
    expect(body).toMatchObject({ number: t.number, status: 'waiting', departmentCode: 'TP', url: `${url}/t/${t.trackCode}`, timeZone: 'Asia/Ho_Chi_Minh', etaMinutes: 0, noOpenCounter: true });
    expect((await refusal(url, 'GET /api/tickets/track/:trackCode', { params: { trackCode: 'nosuchcode' } })).status).toBe(404);
  });

  it('answers a retried request with the same Idempotency-Key with the same ticket', async () => {
    const idempotencyKey = 'kiosk-retry-0001';
    const first = await send(url, 'POST /api/tickets', { token: 'demo-kiosk', body: { serviceId: 3 }, idempotencyKey });
    const again = await send(url, 'POST /api/tickets', { token: 'demo-kiosk', body: { serviceId: 3 }, idempotencyKey });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.number).toBe(first.body.number);
  });
});

describe('a ticket through a counter', () => {
  it('is called, served, finished and rated once', async () => {
    const token = await officerAt(url, 'officer07', 7);
    const t = await issue(url, 13); // Natural Resources: Đất đai
    const call = await send(url, 'POST /api/counters/:id/call-next', { params: { id: 7 }, token });
    expect(call.status).toBe(200);
    expect(call.body.ticket).toMatchObject({ id: t.id, status: 'called', counterId: 7 });
    expect(call.body.reason).toMatch(/^oldest normal ticket for Land, waited 0 min$/);
    expect(call.body.reasonVi).toBe('phiếu thường chờ lâu nhất của Đất đai, đã chờ 0 phút');
    expect((await send(url, 'POST /api/tickets/:id/serve', { params: { id: t.id }, token })).status).toBe(200);
    const done = await send(url, 'POST /api/tickets/:id/finish', { params: { id: t.id }, token });
    expect(done.body.ticket.status).toBe('done');
    expect((await send(url, 'POST /api/tickets/:id/rating', { params: { id: t.id }, token, body: { score: 4 } })).status).toBe(200);
    const twice = await refusal(url, 'POST /api/tickets/:id/rating', { params: { id: t.id }, token, body: { score: 3 } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_rated');
  });

  it('answers { ticket: null } with a reason when nothing waits', async () => {
    const token = await officerAt(url, 'officer10', 10);
    const { status, body } = await send(url, 'POST /api/counters/:id/call-next', { params: { id: 10 }, token });
    expect(status).toBe(200);
    expect(body).toEqual({ ticket: null, reason: 'no ticket is waiting for the services of counter 10', reasonVi: 'không có phiếu nào đang chờ các dịch vụ của quầy 10' });
  });

  it('recalls up to the limit, then marks the ticket no-show', async () => {
    const token = await officerAt(url, 'officer11', 11);
    const t = await issue(url, 19);
    await send(url, 'POST /api/counters/:id/call-next', { params: { id: 11 }, token });
    for (let i = 1; i <= 3; i++) {
      const r = await send(url, 'POST /api/counters/:id/recall', { params: { id: 11 }, token });
      expect(r.body.ticket).toMatchObject({ id: t.id, status: 'called', recalls: i });
    }
    const last = await send(url, 'POST /api/counters/:id/recall', { params: { id: 11 }, token });
    expect(last.body.ticket.status).toBe('no_show');
  });

  it('calls a specific number, and 404s a number that is not live', async () => {
    const token = await officerAt(url, 'officer12', 12);
    const t = await issue(url, 20);
    const called = await send(url, 'POST /api/counters/:id/call', { params: { id: 12 }, token, body: { number: t.number } });
    expect(called.body.ticket).toMatchObject({ id: t.id, status: 'called' });
    await send(url, 'POST /api/tickets/:id/finish', { params: { id: t.id }, token });
    const missing = await refusal(url, 'POST /api/counters/:id/call', { params: { id: 12 }, token, body: { number: '4999' } });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('no_live_ticket');
  });

  it('transfers to another department keeping number and arrival, or to the back', async () => {
    const token = await officerAt(url, 'officer04', 4);
    const kept = await issue(url, 9); // Health: Dược phẩm
    const later = await issue(url, 9);
    await send(url, 'POST /api/counters/:id/call', { params: { id: 4 }, token, body: { number: kept.number } });
    const moved = await send(url, 'POST /api/tickets/:id/transfer', { params: { id: kept.id }, token, body: { serviceId: 18 } }); // Labour: Việc làm
    expect(moved.status).toBe(200);
    expect(moved.body.ticket).toMatchObject({ number: kept.number, status: 'waiting', departmentCode: 'LDTBXH', serviceId: 18, trackCode: kept.trackCode });
    expect((await send(url, 'GET /api/tickets/:id', { params: { id: kept.id }, token })).body.ticket.status).toBe('transferred');
    // the transferred ticket keeps its earlier arrival: it stands ahead of a Labour ticket issued after it
    const labour = await issue(url, 18);
    expect(labour.position).toBe(2);
    // sent to the back of a counter's line instead
    await send(url, 'POST /api/counters/:id/call', { params: { id: 4 }, token, body: { number: later.number } });
    const back = await send(url, 'POST /api/tickets/:id/transfer', { params: { id: later.id }, token, body: { counterId: 5, toBack: true } });
    expect(back.body.ticket).toMatchObject({ targetCounterId: 5, status: 'waiting' });
  });

  it('parks and resumes a ticket, and refuses calls while paused', async () => {
    const token = await officerAt(url, 'officer05', 5);
    const { body } = await send(url, 'POST /api/counters/:id/call-next', { params: { id: 5 }, token });
    const id = body.ticket!.id; // the ticket transferred to counter 5 above
    expect((await send(url, 'POST /api/tickets/:id/park', { params: { id }, token })).body.ticket.status).toBe('parked');
    expect((await send(url, 'POST /api/counters/:id/pause', { params: { id: 5 }, token, body: { reason: 'lunch' } })).status).toBe(200);
    const paused = await refusal(url, 'POST /api/counters/:id/call-next', { params: { id: 5 }, token });
    expect(paused.status).toBe(409);
    expect(paused.body.error.message).toMatch(/paused \(lunch\)/);
    await send(url, 'POST /api/counters/:id/resume', { params: { id: 5 }, token });
    expect((await send(url, 'POST /api/tickets/:id/resume', { params: { id }, token })).body.ticket.status).toBe('serving');
  });
});

describe('reports and announcements', () => {
  it('serves stats to supervisors only', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const supervisor = await login(url, 'supervisor');
    const { status, body } = await send(url, 'GET /api/stats', { query: { from: today, to: today }, token: supervisor });
    expect(status).toBe(200);
    const nr = body.departments.find((d) => d.code === 'TNMT')!;
    expect(nr).toMatchObject({ served: 1, ratings: { 1: 0, 2: 0, 3: 0, 4: 1 } });
    const officer = await login(url, 'officer01');
    expect((await refusal(url, 'GET /api/stats', { query: { from: today, to: today }, token: officer })).status).toBe(403);
  });

  it('previews the words and clips of an announcement in the southern dialect', async () => {
    const { status, body } = await send(url, 'GET /api/announcements/preview', { query: { number: '1005', counter: 5 } });
    expect(status).toBe(200);
    expect(body.vi.text).toBe('Mời công dân có số 1005 đến quầy số 5');
    expect(body.vi.clips[0]).toBe('chime.ogg');
    expect(body.vi.clips.join(' ')).toContain('vi/ngan.ogg vi/khong.ogg vi/tram.ogg vi/le.ogg');
    expect(body.en?.text).toBe('Ticket number 1005, please go to counter 5');
  });
});
