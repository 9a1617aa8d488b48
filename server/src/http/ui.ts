// Serves the built UIs (/kiosk, /display, /counter, the phone page /t/<code>, the booking pages
// /book and /book/<code>), the voice clips and the tab icon.
import fastifyStatic from '@fastify/static';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from './context.ts';

interface UiPage { route: string; ui: string; file: string }

const PAGES: UiPage[] = [
  { route: '/kiosk', ui: 'kiosk-ui', file: 'index.html' },
  { route: '/t/:trackCode', ui: 'kiosk-ui', file: 'track.html' },
  { route: '/book', ui: 'kiosk-ui', file: 'book.html' },
  { route: '/book/:code', ui: 'kiosk-ui', file: 'book.html' },
  { route: '/display', ui: 'display-ui', file: 'index.html' },
  { route: '/counter', ui: 'counter-ui', file: 'index.html' },
  { route: '/counter/*', ui: 'counter-ui', file: 'index.html' },
];

const UIS = ['kiosk-ui', 'display-ui', 'counter-ui'];

const LANDING = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>motcua</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body style="font:20px system-ui,sans-serif;max-width:40em;margin:2em auto;line-height:1.6">
<h1>motcua — Hệ thống xếp hàng / Queue system</h1><ul>
<li><a href="/kiosk">Kiosk lấy số / Ticket kiosk</a></li>
<li><a href="/book">Đặt lịch hẹn / Book an appointment</a></li>
<li><a href="/display">Màn hình gọi số / Wall display</a></li>
<li><a href="/counter">Quầy giao dịch, giám sát, quản trị / Counter console, dashboard, admin</a></li>
<li><a href="/docs">API (OpenAPI)</a></li></ul></body></html>`;

/** The phone page's service worker: shows the server's Web Push message ("near your turn") and brings the page back on a tap. */
const PUSH_WORKER = `self.addEventListener('push', (event) => {
  const data = event.data ? event.data.json() : { title: 'motcua', body: '' };
  event.waitUntil(self.registration.showNotification(data.title, { body: data.body, tag: 'motcua-turn', renotify: true, vibrate: [400, 200, 400] }));
});
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(self.clients.matchAll({ type: 'window' }).then((pages) => (pages[0] ? pages[0].focus() : undefined)));
});
`;

export async function serveUis(app: App, repoRoot: string): Promise<void> {
  let decorate = true;
  for (const ui of UIS) {
    const root = join(repoRoot, ui, 'dist');
    if (!existsSync(root)) continue;
    await app.register(fastifyStatic, { root, prefix: `/${ui.replace('-ui', '')}-assets/`, decorateReply: decorate, index: false, immutable: true, maxAge: '365d' });
    decorate = false;
  }
  await app.register(fastifyStatic, { root: join(repoRoot, 'server', 'assets', 'audio'), prefix: '/audio/', decorateReply: decorate, index: false, maxAge: '1h' });

  for (const page of PAGES) {
    const file = join(repoRoot, page.ui, 'dist', page.file);
    app.get(page.route, { schema: { hide: true } }, async (_request, reply) => {
      if (!existsSync(file)) {
        return reply.status(503).type('text/plain; charset=utf-8').send(`${page.ui} is not built yet: run "npm run build:ui" (npm start does it for you).`);
      }
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(readFileSync(file));
    });
  }
  // Every page's tab icon; /favicon.ico too, for whatever asks without reading the page's link.
  const icon = readFileSync(join(repoRoot, 'server', 'assets', 'favicon.svg'));
  for (const path of ['/favicon.svg', '/favicon.ico']) {
    app.get(path, { schema: { hide: true } }, async (_request, reply) => reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(icon));
  }
  app.get('/push-sw.js', { schema: { hide: true } }, async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(PUSH_WORKER));
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(LANDING));
}
