// The kiosk when things go wrong: the server restarts while a citizen taps, the answer to a ticket
// request is lost on the way back, the printer cannot print. In each case exactly one ticket is
// issued and the citizen sees it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { startServer } from '../support/server.ts';
import { chooseService, onScreen, openKiosk, serverTicket, shot, shownTicket, tapText, waitingIn, type ShownTicket } from './support.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The ticket the kiosk shows, checked to be the one ticket waiting in Justice on the server. */
async function theOneJusticeTicket(page: Page, url: string, timeout?: number): Promise<ShownTicket> {
  const shown = await shownTicket(page, timeout);
  expect(await waitingIn(url, 'TP')).toBe(1);
  expect((await serverTicket(url, shown.id)).number).toBe(shown.number);
  return shown;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('kiosk resilience', { timeout: 60_000 }, () => {
  it('issues exactly one ticket for a tap made while the server restarts', async () => {
    const first = await startServer();
    const port = Number(new URL(first.url).port);
    const page = await openKiosk(browser, first.url);
    await chooseService(page, 'TP', 'Công chứng');
    await first.stop();

    await tapText(page, 'Không Lấy số thường');
    await onScreen(page, 'issuing');
    await page.getByText('không cần bấm lại').waitFor();
    await page.locator('.band.reconnecting').waitFor();
    await shot(page, 'reconnecting');

    const restarted = await startServer({ dir: first.dir, port });
    try {
      await theOneJusticeTicket(page, restarted.url, 20_000);
      await page.locator('.band.reconnecting').waitFor({ state: 'detached' });
    } finally {
      await page.close();
      await restarted.close();
    }
  });

  it('retries a request whose answer was lost with the same Idempotency-Key, and the server issues one ticket', async () => {
    const server = await startServer();
    try {
      const page = await openKiosk(browser, server.url);
      const keys: string[] = [];
      await page.route('**/api/tickets', async (route) => {
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        if (keys.length === 1) {
          await route.fetch(); // reaches the server, which issues the ticket …
          await route.abort('connectionreset'); // … but the kiosk never hears back
        } else {
          await route.continue();
        }
      });
      await chooseService(page, 'TP', 'Luật sư');
      await tapText(page, 'Không Lấy số thường');
      const shown = await shownTicket(page);

      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(UUID);
      expect(keys[1]).toBe(keys[0]);
      expect(await waitingIn(server.url, 'TP')).toBe(1);
      expect((await serverTicket(server.url, shown.id)).number).toBe(shown.number);

      // The next citizen's ticket is a new request with a new key.
      await tapText(page, 'Xong');
      await chooseService(page, 'TP', 'Luật sư');
      await tapText(page, 'Không Lấy số thường');
      const next = await shownTicket(page);
      expect(keys).toHaveLength(3);
      expect(keys[2]).not.toBe(keys[0]);
      expect(next.number).not.toBe(shown.number);
      await page.close();
    } finally {
      await server.close();
    }
  });

  // A restart and the time limit in one test: more time on a loaded machine (it once took 60 s with every kiosk file running).
  it('stops asking after its time limit when the server stays down, says no number was issued, and issues one on "Thử lại" once it is back', { timeout: 120_000 }, async () => {
    const first = await startServer();
    const port = Number(new URL(first.url).port);
    const page = await openKiosk(browser, first.url, 'issueLimit=3');
    await chooseService(page, 'TP', 'Công chứng');
    await first.stop();

    await tapText(page, 'Không Lấy số thường');
    await onScreen(page, 'problem');
    await page.getByRole('heading', { name: 'Chưa cấp được số cho bạn' }).waitFor();
    await page.getByText('Máy chủ không trả lời trong 3 giây nên máy đã ngừng thử.').waitFor();
    await shot(page, 'issue-timed-out');

    const restarted = await startServer({ dir: first.dir, port });
    try {
      await page.locator('.band.reconnecting').waitFor({ state: 'detached' });
      await onScreen(page, 'problem'); // the kiosk asks no more by itself
      expect(await waitingIn(restarted.url, 'TP')).toBe(0);
      await tapText(page, 'English');
      await page.getByRole('heading', { name: 'No number was issued to you' }).waitFor();
      await tapText(page, 'Try again');
      await theOneJusticeTicket(page, restarted.url);
    } finally {
      await page.close();
      await restarted.close();
    }
  });

  it('gives the ticket a timed-out request had issued after all, not a second one, on "Thử lại"', async () => {
    const server = await startServer();
    try {
      const page = await openKiosk(browser, server.url, 'issueLimit=3');
      const keys: string[] = [];
      let answer = false;
      await page.route('**/api/tickets', async (route) => {
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        if (answer) return route.continue();
        await route.fetch(); // reaches the server, which issues the ticket (then replays it) …
        await route.abort('connectionreset'); // … but the kiosk never hears back
      });
      await chooseService(page, 'TP', 'Luật sư');
      await tapText(page, 'Không Lấy số thường');
      await page.getByRole('heading', { name: 'Chưa cấp được số cho bạn' }).waitFor();
      const asked = keys.length;
      expect(await waitingIn(server.url, 'TP')).toBe(1);

      answer = true;
      await page.getByRole('button', { name: 'Về trang đầu' }).waitFor();
      await tapText(page, 'Thử lại');
      await theOneJusticeTicket(page, server.url);
      expect(keys).toHaveLength(asked + 1);
      expect(new Set(keys).size).toBe(1);
      await page.close();
    } finally {
      await server.close();
    }
  });

  it('says plainly when the printer fails, and keeps the number and QR code on screen longer', async () => {
    const server = await startServer({ printing: { printer: 'tcp://127.0.0.1:1' } });
    try {
      const page = await openKiosk(browser, server.url);
      await chooseService(page, 'YT', 'Dược phẩm');
      await tapText(page, 'Không Lấy số thường');
      const shown = await shownTicket(page);
      await page.locator('.band.failed', { hasText: 'Máy in bị lỗi hoặc hết giấy' }).waitFor();
      await page.getByText('Vui lòng chụp ảnh màn hình này hoặc ghi lại số của bạn.').waitFor();
      await page.getByRole('timer').filter({ hasText: /sau (8\d|9\d) giây/ }).waitFor();
      expect((await serverTicket(server.url, shown.id)).number).toBe(shown.number);
      expect(shown.qrText).toMatch(new RegExp(`^${server.url}/t/[A-Za-z0-9_-]+$`));
      await shot(page, 'printer-fault');
      await page.close();
    } finally {
      await server.close();
    }
  });
});
