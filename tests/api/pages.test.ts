// The pages the server hands out: each links the tab icon, and the icon is there (it was a 404 on
// every page of the kiosk, the console and the phone, in the server's log and the browser's console).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from '../support/server.ts';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

describe('pages', () => {
  it('link an icon the server serves, and /favicon.ico answers too', async () => {
    for (const path of ['/', '/kiosk', '/t/ABCDEFGH', '/book', '/display', '/counter', '/counter/admin']) {
      const page = await fetch(server.url + path);
      expect(page.status, path).toBe(200);
      const href = (await page.text()).match(/<link rel="icon" href="([^"]+)"/)?.[1];
      expect(href, path).toBe('/favicon.svg');
    }
    for (const path of ['/favicon.svg', '/favicon.ico']) {
      const icon = await fetch(server.url + path);
      expect(icon.status, path).toBe(200);
      expect(icon.headers.get('content-type'), path).toBe('image/svg+xml');
      expect(await icon.text(), path).toMatch(/^<svg [^>]*viewBox="0 0 32 32"/);
    }
  });
});
