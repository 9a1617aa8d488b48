// The officer console at 1366×768 with the desk full (a rating prompt and two parked tickets): the
// bar of call a number / pause / close / shortcuts stays on screen and clickable, the page itself
// does not scroll, and the parked tickets are still reachable in the desk.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, VIEWPORTS, openPage, serverAndBrowser } from '../support/browser.ts';
import { issue, officerAt, send } from '../support/server.ts';

const env = serverAndBrowser();
const SIDE_ACTIONS = ['callNumber', 'pause', 'close', 'help'] as const;

describe('officer console layout', { timeout: 90_000 }, () => {
  it('keeps the side actions on screen at 1366×768 with a rating prompt and two parked tickets', async () => {
    const { server, browser } = env;
    const { body: catalog } = await send(server.url, 'GET /api/catalog');
    const service = catalog.departments.find((d) => d.code === 'TP')!.services[0]!.id;
    const token = await officerAt(server.url, 'officer01', 1);
    const at = { params: { id: 1 }, token };
    const parked: string[] = [];
    for (let i = 0; i < 2; i++) {
      await issue(server.url, service);
      const { body } = await send(server.url, 'POST /api/counters/:id/call-next', at);
      await send(server.url, 'POST /api/tickets/:id/park', { params: { id: body.ticket!.id }, token });
      parked.push(body.ticket!.number);
    }
    const third = await issue(server.url, service);

    const page = await openPage(browser, `${server.url}/counter`, VIEWPORTS.console);
    page.setDefaultTimeout(15_000);
    await page.getByLabel('Tên đăng nhập').fill('officer01');
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.locator('.parked li').nth(1).waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('ticket-number').filter({ hasText: third.number }).waitFor();
    await page.keyboard.press('s');
    await page.locator('.status-chip.serving').waitFor();
    await page.keyboard.press('f');
    await page.getByTestId('rating-prompt').waitFor();
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'counter-full-desk-1366.png') });

    // Each side action is wholly on screen and is what a click at its middle hits.
    for (const id of SIDE_ACTIONS) {
      const onTop = await page.locator(`button[data-action=${id}]`).evaluate((button) => {
        const r = button.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.top >= 0 && r.bottom <= window.innerHeight && hit !== null && button.contains(hit);
      });
      expect(onTop, id).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await page.mouse.click(...(await middle(page, 'button[data-action=help]')));
    await page.getByRole('dialog', { name: 'Phím tắt' }).waitFor();
    await page.keyboard.press('Escape');

    // The rating and the second parked ticket are still within reach.
    await page.getByTestId('rating-prompt').getByRole('button', { name: 'Hài lòng', exact: true }).click();
    await page.getByTestId('rating-prompt').filter({ hasText: 'đã được đánh giá' }).waitFor();
    await page.locator('.parked li').filter({ hasText: parked[1]! }).getByRole('button', { name: 'Tiếp tục phục vụ' }).click();
    await page.getByTestId('ticket-number').filter({ hasText: parked[1]! }).waitFor();
    await page.context().close();
  });
});

async function middle(page: import('playwright-core').Page, selector: string): Promise<[number, number]> {
  const box = (await page.locator(selector).boundingBox())!;
  return [box.x + box.width / 2, box.y + box.height / 2];
}
