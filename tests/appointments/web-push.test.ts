// Web Push through a local push service (the web-push-testing package, in this process): the phone
// page's subscription (made with the server's VAPID key) gets "near your turn" once, encrypted and
// signed, when its ticket nears the counter.
import { createRequire } from 'node:module';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issue, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

interface PushTestingServer { startServer(): void; _server: { close(): void } }
const require = createRequire(import.meta.url);
const { PushApiModel } = require('web-push-testing/src/PushApiModel.js') as { PushApiModel: new () => unknown };
const WebPushTestingServer = require('web-push-testing/src/server.js') as new (model: unknown, port: number) => PushTestingServer;

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

let server: Running;
let push: PushTestingServer;
let pushUrl: string;

beforeAll(async () => {
  const port = await freePort();
  const log = console.log;
  console.log = () => {};
  push = new WebPushTestingServer(new PushApiModel(), port);
  push.startServer();
  console.log = log;
  pushUrl = `http://localhost:${port}`;
  server = await startServer({ notifier: { everyMs: 50, retryBaseMs: 100 } });
});
afterAll(async () => {
  await server.close();
  push._server.close();
});

const post = async <T>(path: string, body: unknown): Promise<T> => {
  const response = await fetch(pushUrl + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as T;
};
const until = async (what: () => Promise<boolean>, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('Web Push to the phone page', { timeout: 30_000 }, () => {
  it('tells a subscribed ticket once that its turn is near', async () => {
    const { body: key } = await send(server.url, 'GET /api/push/key');
    expect(key.publicKey).toMatch(/^[A-Za-z0-9_-]{80,90}$/);
    const { data: subscription } = await post<{ data: { endpoint: string; keys: { p256dh: string; auth: string }; clientHash: string } }>('/subscribe', {
      userVisibleOnly: 'true', applicationServerKey: key.publicKey,
    });
    const serviceId = (await send(server.url, 'GET /api/catalog')).body.departments[0]!.services[1]!.id;
    const tickets = [];
    for (let i = 0; i < 6; i++) tickets.push(await issue(server.url, serviceId));
    const mine = tickets[5]!;
    const { endpoint, keys } = subscription;
    await send(server.url, 'POST /api/tickets/track/:trackCode/push', { params: { trackCode: mine.trackCode }, body: { endpoint, keys } });
    const messages = async () => (await post<{ data: { messages: string[] } }>('/get-notifications', { clientHash: subscription.clientHash })).data.messages;

    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await messages()).toEqual([]); // 5 ahead, no counter open: not near

    const officer = await officerAt(server.url, 'officer01', 1);
    await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token: officer });
    await send(server.url, 'POST /api/tickets/:id/finish', { params: { id: tickets[0]!.id }, token: officer });
    await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token: officer });
    await until(async () => (await messages()).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const received = await messages();
    expect(received).toHaveLength(1);
    const shown = JSON.parse(received[0]!) as { title: string; body: string };
    expect(shown.title).toBe('motcua');
    expect(shown.body).toContain(`Số ${mine.number}`);
    expect(shown.body).toMatch(/sắp đến lượt: còn [0-4] người trước bạn/);
    const record = server.store.notifications.all().find((n) => n.channel === 'push')!;
    expect(record).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('refuses a subscription for an unknown tracking code', async () => {
    const refused = await refusal(server.url, 'POST /api/tickets/track/:trackCode/push', {
      params: { trackCode: 'nosuchcode' }, body: { endpoint: `${pushUrl}/notify/x`, keys: { p256dh: 'a', auth: 'b' } },
    });
    expect(refused.status).toBe(404);
  });
});
