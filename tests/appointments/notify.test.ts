// Notifications through real HTTP servers on 127.0.0.1 standing in for an SMS brand-name gateway
// (which fails the first request) and Zalo ZNS: a checked-in booking near its turn gets the
// message exactly once on each channel, also after a failed try; tomorrow's booking gets its
// reminder once; every outcome is recorded; a gateway that is down never fails a queue action.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CenterConfig } from '@motcua/protocol';
import { DEMO_KIOSK_KEY } from '../../server/src/config/demo.ts';
import { demo, issue, send, startServer, type Running } from '../support/server.ts';

interface Received { path: string; body: string; headers: Record<string, string | string[] | undefined> }

/** A stand-in provider: records every request; answers 500 to the first `failFirst` requests, then `ok`. */
async function standIn(failFirst: number, ok: string): Promise<{ server: Server; url: string; received: Received[]; accepted: Received[] }> {
  const received: Received[] = [];
  const accepted: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => { body += chunk.toString(); });
    request.on('end', () => {
      const r = { path: request.url ?? '', body, headers: request.headers };
      received.push(r);
      if (received.length <= failFirst) {
        response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"gateway busy"}');
        return;
      }
      accepted.push(r);
      response.writeHead(200, { 'content-type': 'application/json' }).end(ok);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, accepted };
}

let now = Date.parse('2026-12-01T08:45:00+07:00');
let server: Running;
let sms: Awaited<ReturnType<typeof standIn>>;
let zalo: Awaited<ReturnType<typeof standIn>>;

beforeAll(async () => {
  sms = await standIn(1, '{"status":"OK"}');
  zalo = await standIn(0, '{"error":0,"message":"Success"}');
  const base = demo();
  const config: CenterConfig = {
    ...base,
    center: {
      ...base.center,
      notifications: {
        sms: { url: `${sms.url}/sms/send`, body: '{"to":"{phone}","text":"{message}","brandname":"MOTCUA"}', headers: { authorization: 'Bearer gateway-key' } },
        zalo: { url: `${zalo.url}/message/template`, accessToken: 'zalo-token', templateId: '123456' },
      },
    },
  };
  server = await startServer({ config: () => config, clock: () => new Date(now), notifier: { everyMs: 50, retryBaseMs: 200 } });
});
afterAll(async () => {
  await server.close();
  sms.server.close();
  zalo.server.close();
});

const until = async (what: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('near your turn', { timeout: 30_000 }, () => {
  it('reaches the stand-in SMS gateway exactly once after its first try failed, and Zalo once', async () => {
    const serviceId = (await send(server.url, 'GET /api/catalog')).body.departments[0]!.services[0]!.id;
    const { body: booking } = await send(server.url, 'POST /api/appointments', {
      body: { serviceId, date: '2026-12-01', start: '09:00', phone: '0912 345 678', idNumber: '082195000777' },
    });
    await issue(server.url, serviceId);
    const ticket = (await send(server.url, 'POST /api/appointments/:code/check-in', { params: { code: booking.code }, token: DEMO_KIOSK_KEY })).body;
    await sleep(300);
    expect(sms.received).toHaveLength(0); // 15 minutes before the slot: not near yet

    now = Date.parse('2026-12-01T08:52:00+07:00');
    await until(() => sms.accepted.length === 1 && zalo.accepted.length === 1);
    await sleep(1000);
    expect(sms.received).toHaveLength(2);
    expect(sms.accepted).toHaveLength(1);
    expect(zalo.accepted).toHaveLength(1);
    const message = JSON.parse(sms.accepted[0]!.body) as { to: string; text: string; brandname: string };
    expect(message).toEqual({ to: '0912345678', brandname: 'MOTCUA', text: `motcua: So ${ticket.number} (Ly lich tu phap) sap den luot: con 0 nguoi truoc ban. Moi quy vi co mat tai khu cho So Tu phap.` });
    expect(sms.accepted[0]!.headers.authorization).toBe('Bearer gateway-key');
    const zaloMessage = JSON.parse(zalo.accepted[0]!.body) as { phone: string; template_id: string; template_data: { message: string } };
    expect(zaloMessage).toMatchObject({ phone: '84912345678', template_id: '123456' });
    expect(zaloMessage.template_data.message).toContain(`Số ${ticket.number} (Lý lịch tư pháp) sắp đến lượt`);
    expect(zalo.accepted[0]!.headers.access_token).toBe('zalo-token');

    const records = server.store.notifications.all().filter((n) => n.ref === `near:${ticket.id}`);
    expect(records.map((n) => [n.channel, n.status, n.attempts])).toEqual([['sms', 'sent', 2], ['zalo', 'sent', 1]]);
    expect(records[0]!.lastError).toMatch(/HTTP 500/);
  });

  it('reminds a booking of tomorrow once', async () => {
    const serviceId = (await send(server.url, 'GET /api/catalog')).body.departments[1]!.services[0]!.id;
    const { body: booking } = await send(server.url, 'POST /api/appointments', {
      body: { serviceId, date: '2026-12-02', start: '14:00', phone: '0987654321', idNumber: '082195000778', lang: 'en' },
    });
    await until(() => sms.accepted.some((r) => r.body.includes(booking.code)));
    await sleep(500);
    const reminders = sms.accepted.filter((r) => r.body.includes(booking.code));
    expect(reminders).toHaveLength(1);
    expect((JSON.parse(reminders[0]!.body) as { text: string }).text).toBe(`motcua: reminder of your appointment tomorrow 02/12 at 14:00 (Medical practice licences), code ${booking.code}. Check in at the kiosk from 30 minutes before.`);
  });

  it('records a message the gateway keeps refusing as failed, with why, while the queue goes on', async () => {
    sms.server.close();
    const serviceId = (await send(server.url, 'GET /api/catalog')).body.departments[2]!.services[0]!.id;
    const { body: booking } = await send(server.url, 'POST /api/appointments', {
      body: { serviceId, date: '2026-12-02', start: '15:00', phone: '0911111111', idNumber: '082195000779' },
    });
    const started = Date.now();
    expect((await issue(server.url, serviceId)).status).toBe('waiting');
    expect(Date.now() - started).toBeLessThan(2000);
    const record = () => server.store.notifications.all().find((n) => n.recipient === '0911111111' && n.channel === 'sms');
    await until(() => record()?.status === 'failed', 20_000);
    expect(record()!.attempts).toBe(6);
    expect(record()!.lastError).toMatch(/fetch failed|ECONNREFUSED/);
    expect(server.store.notifications.all().find((n) => n.recipient === '0911111111' && n.channel === 'zalo')!.status).toBe('sent');
    expect(booking.code).toMatch(/^[A-Z2-9]{8}$/);
  });
});
