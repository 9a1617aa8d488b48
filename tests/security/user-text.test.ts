// Security review, text an administrator types (issue 16 item 9): a right-to-left override in the
// notice must not turn the display's ticker around (the text is isolated), and a department named
// with 100 emoji (200 characters, the most a name takes) must stay inside its kiosk tile. Each fails without its fix.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, VIEWPORTS, launchBrowser, openPage } from '../support/browser.ts';
import { login, send, startServer, type Running } from '../support/server.ts';

let server: Running;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const admin = await login(server.url, 'admin', 'admin');
  const { body: view } = await send(server.url, 'GET /api/admin', { token: admin });
  await send(server.url, 'PUT /api/admin/center', { token: admin, body: { ...view.center, notice: { vi: '\u202Egnol oot gnitiaw', en: 'Notice' } } });
  const justice = view.departments.find((d) => d.code === 'TP')!;
  await send(server.url, 'PUT /api/admin/departments/:id', {
    token: admin, params: { id: justice.id },
    body: { name: { vi: '😀'.repeat(100), en: 'Justice' }, block: justice.block },
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('text an administrator types', { timeout: 90_000 }, () => {
  it('is isolated on the display: an RTL override in the notice stays inside it', async () => {
    const page = await openPage(browser, `${server.url}/display?key=demo-display`, VIEWPORTS.display);
    const vi = page.locator('.ticker-copy:not([aria-hidden]) .ticker-vi');
    await vi.waitFor();
    expect(await vi.evaluate((el) => el.querySelector('bdi') !== null || getComputedStyle(el).unicodeBidi === 'isolate')).toBe(true);
  });

  it('keeps a 100-emoji department name inside its kiosk tile', async () => {
    const page = await openPage(browser, `${server.url}/kiosk?key=demo-kiosk`, VIEWPORTS.kiosk);
    const tile = page.locator('.department-tile[data-code=TP]');
    await tile.waitFor();
    const box = await tile.evaluate((el) => {
      const name = el.querySelector('.name')!;
      const r = el.getBoundingClientRect();
      const lines = name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight);
      return { right: r.right, height: r.height, lines, overflowX: name.scrollWidth > name.clientWidth + 1, viewport: window.innerWidth };
    });
    await page.screenshot({ path: `${ARTIFACTS}kiosk-emoji-name.png` });
    expect(box.right).toBeLessThanOrEqual(box.viewport);
    expect(box.overflowX).toBe(false);
    expect(box.lines).toBeLessThanOrEqual(3.05);
  });
});
