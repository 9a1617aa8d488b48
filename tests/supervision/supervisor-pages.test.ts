// The supervisor's pages for acting and reading the audit log, in Chromium: close a counter its
// officer left open (its ticket back to the front of the line), change a waiting ticket's priority
// with a reason, and find both in the audit log, which downloads as CSV.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, VIEWPORTS, launchBrowser, openPage } from '../support/browser.ts';
import { http, issue, login, officerAt, send, startServer, type Running } from '../support/server.ts';

const HEALTH_SERVICE = 8;
let server: Running;
let browser: Browser;

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `supervisor-${name}.png`), fullPage: false });
}

beforeAll(async () => {
  // No printer: a full disk is shown below, and a print outcome is written outside any request.
  [server, browser] = await Promise.all([startServer({ printing: {} }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('acting as a supervisor', { timeout: 120_000 }, () => {
  it('closes an abandoned counter, changes a priority, and reads both in the audit log', async () => {
    const held = await issue(server.url, HEALTH_SERVICE);
    const waiting = await issue(server.url, HEALTH_SERVICE);
    const absent = await officerAt(server.url, 'officer04', 4);
    await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 4 }, token: absent });

    const page = await openPage(browser, `${server.url}/counter/supervisor/act`, VIEWPORTS.console);
    await page.fill('input[name=username]', 'supervisor');
    await page.fill('input[name=password]', 'demo');
    await page.click('button[type=submit]');
    const counter4 = page.locator('.act-counters li[data-counter="4"]');
    await expect.poll(() => counter4.textContent()).toContain(`Đang giữ số ${held.number}`);
    await page.selectOption('select[name=counter]', { label: 'Quầy 4' });
    await page.locator(`tr[data-ticket="${waiting.number}"]`).waitFor();
    await screenshot(page, 'act-1366');

    await counter4.getByRole('button', { name: 'Đóng quầy' }).click();
    await page.getByLabel('Trả về đầu hàng chờ').check();
    await screenshot(page, 'act-close-1366');
    await page.locator('.modal').getByRole('button', { name: 'Đóng quầy' }).click();
    await page.getByText('Đã đóng quầy 4.').waitFor();
    await expect.poll(() => counter4.count()).toBe(0);
    const supervisor = await login(server.url, 'supervisor');
    expect((await send(server.url, 'GET /api/tickets/:id', { params: { id: held.id }, token: supervisor })).body.ticket.status).toBe('waiting');

    await page.locator(`tr[data-ticket="${waiting.number}"]`).getByRole('button', { name: 'Đổi ưu tiên' }).click();
    await page.selectOption('select[name=priority]', 'pregnant');
    // what does not fit is said in Vietnamese, whatever the browser's own language
    const reason = page.locator('input[name=reason]');
    const said = () => reason.evaluate((e: HTMLInputElement) => e.validationMessage);
    await page.locator('.modal').getByRole('button', { name: 'Đổi ưu tiên' }).click();
    expect(await said()).toBe('Vui lòng điền ô này.');
    await reason.fill('ab');
    await page.locator('.modal').getByRole('button', { name: 'Đổi ưu tiên' }).click();
    expect(await said()).toBe('Cần ít nhất 3 ký tự (hiện có 2).');
    await reason.fill('Phụ nữ mang thai, bấm nhầm ở kiosk');
    await page.locator('.modal').getByRole('button', { name: 'Đổi ưu tiên' }).click();
    await page.getByText(`Phiếu ${waiting.number} đã được đổi nhóm ưu tiên.`).waitFor();
    expect((await send(server.url, 'GET /api/tickets/:id', { params: { id: waiting.id }, token: supervisor })).body.ticket.priority).toBe('pregnant');

    await page.getByRole('link', { name: 'Nhật ký' }).click();
    await page.locator('.audit-table').waitFor();
    // Actions and details in words, the code in the tooltip: no raw codes on the Vietnamese page.
    await expect.poll(() => page.locator('.audit-table td[title="supervisor.close-counter"]').textContent()).toBe('Giám sát viên đóng quầy');
    const table = await page.locator('.audit-table').textContent();
    expect(table).toContain('Phụ nữ mang thai, bấm nhầm ở kiosk');
    expect(await page.locator('.audit-table td[title="ticket.call"]').first().textContent()).toBe('Gọi số');
    expect(table).toContain(`số: ${held.number} · từ: đang chờ`);
    expect(table).not.toMatch(/ticket\.|auth\.login|counter\.open|from: /);
    await page.selectOption('select[name=action]', 'ticket.priority');
    await page.getByRole('button', { name: 'Xem nhật ký' }).click();
    await expect.poll(() => page.locator('.audit-table tbody tr').count()).toBe(1);
    await screenshot(page, 'audit-1366');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^motcua-nhat-ky-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.csv$/);
    // The file words the action as the page does (its code kept beside, for tools), in the page's language.
    const row = readFileSync(await file.path(), 'utf8').split('\r\n').find((l) => l.includes('ticket.priority'))!;
    expect(row).toContain(',Đổi nhóm ưu tiên,');
    await page.getByRole('button', { name: /^EN / }).click();
    const [english] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(readFileSync(await english.path(), 'utf8').split('\r\n').find((l) => l.includes('ticket.priority'))).toContain(',Priority changed,');
  });
});

describe('a full disk', { timeout: 120_000 }, () => {
  it('shows first on the dashboard', async () => {
    const page = await openPage(browser, `${server.url}/counter/supervisor`, VIEWPORTS.console);
    await page.fill('input[name=username]', 'supervisor');
    await page.fill('input[name=password]', 'demo');
    await page.click('button[type=submit]');
    await page.locator('.dept').first().waitFor();
    const { page_count: pages } = server.store.db.prepare('PRAGMA page_count').get() as { page_count: number };
    server.store.db.pragma(`max_page_count = ${pages}`);
    try {
      let status = 0;
      for (let i = 0; i < 500 && status !== 507; i++) status = (await http(server.url, '/api/tickets', { token: 'demo-kiosk', body: { serviceId: HEALTH_SERVICE } })).status;
      expect(status).toBe(507);
      // the next refresh (a push, or at the latest the 15-second one) brings it
      await expect.poll(() => page.locator('.disk-full').count(), { timeout: 30_000 }).toBe(1);
      expect(await page.locator('.disk-full').textContent()).toMatch(/Ổ đĩa máy chủ đã đầy từ \d\d:\d\d/);
      await screenshot(page, 'dashboard-disk-full-1366');
    } finally {
      server.store.db.pragma('max_page_count = 1073741823');
    }
  });
});
