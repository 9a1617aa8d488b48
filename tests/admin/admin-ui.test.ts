// The administration pages in Chromium: an admin adds a service and a counter and an open kiosk
// offers the new service without any restart; a revoked display key loses its connection at once.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, VIEWPORTS, launchBrowser, openPage } from '../support/browser.ts';
import { connect, login, next, send, startServer, type Running } from '../support/server.ts';

const SCREENS = '/tmp/screens/supervisor';
// Browser flows on a shared 2-core machine: page loads alone can take seconds each.
const WIDE = { width: 1920, height: 1080 };
let server: Running;
let browser: Browser;
let admin: Page;

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(SCREENS, { recursive: true });
  const png = await page.screenshot({ path: join(ARTIFACTS, `admin-${name}.png`), fullPage: !(await page.locator('.modal').count()) });
  writeFileSync(join(SCREENS, `admin-${name}.png`), png);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await openPage(browser, `${server.url}/counter/admin`, VIEWPORTS.console);
  await admin.fill('input[name=username]', 'admin');
  await admin.fill('input[name=password]', 'admin');
  await admin.click('button[type=submit]');
  await admin.waitForSelector('form[aria-label="Trung tâm"]');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const tab = (name: string) => admin.click(`.admin-tabs button:has-text("${name}")`);
const dialog = () => admin.locator('.modal');

describe('administration', { timeout: 120_000 }, () => {
  it('shows the center settings with business hours and the call policy', async () => {
    await admin.check('input[name=hours-on]');
    // Times on the 24-hour clock in either language (a native time input shows 04:30 PM on an English browser):
    // typed as text, 16.30 or 16:30, kept as 16:30; 25:00 is refused in the page's language.
    expect(await admin.locator('input[type=time]').count()).toBe(0);
    expect(await admin.locator('input[name=opens-time]').inputValue()).toBe('07:00');
    const closes = admin.locator('input[name=closes-time]');
    await closes.fill('25:00');
    expect(await closes.evaluate((input: HTMLInputElement) => input.checkValidity() ? '' : input.validationMessage)).toBe('Chưa đúng dạng: giờ:phút, 24 giờ');
    await closes.fill('16.30');
    await admin.selectOption('select[name=ratingScale]', '5');
    await screenshot(admin, 'center-1366');
    await admin.setViewportSize(WIDE);
    await screenshot(admin, 'center-1920');
    await admin.setViewportSize(VIEWPORTS.console);
    await admin.click('button:has-text("Lưu thông tin trung tâm")');
    await admin.waitForSelector('.done');
    const center = (await send(server.url, 'GET /api/catalog')).body.center!;
    expect(center.businessHours).toEqual({ days: [1, 2, 3, 4, 5], opens: '07:00', closes: '16:30' });
    expect(center.ratingScale).toBe(5);
    // the demo's lunch turns, changed here, then off
    const adminToken = await login(server.url, 'admin', 'admin');
    await admin.fill('input[name=lunch-minutes]', '45');
    expect(await admin.locator('input[name=lunch-until-time]').inputValue()).toBe('13:30');
    await admin.click('button:has-text("Lưu thông tin trung tâm")');
    await expect.poll(async () => (await send(server.url, 'GET /api/admin', { token: adminToken })).body.center.lunchTurns).toEqual({ from: '11:00', until: '13:30', minutes: 45 });
    await admin.uncheck('input[name=lunch-on]');
    await admin.click('button:has-text("Lưu thông tin trung tâm")');
    await expect.poll(async () => (await send(server.url, 'GET /api/admin', { token: adminToken })).body.center.lunchTurns).toBeUndefined();
    // Back to issuing at any hour, so that the kiosk below takes tickets whenever the test runs.
    await admin.uncheck('input[name=hours-on]');
    await admin.selectOption('select[name=ratingScale]', '4');
    await admin.click('button:has-text("Lưu thông tin trung tâm")');
    await expect.poll(async () => (await send(server.url, 'GET /api/catalog')).body.center?.businessHours).toBeUndefined();
  });

  it('adds a service and a counter; the open kiosk offers the new service without a restart', async () => {
    const kiosk = await openPage(browser, `${server.url}/kiosk?key=demo-kiosk`, VIEWPORTS.kiosk);
    await kiosk.waitForSelector('.department-tile[data-code=TP]');

    await tab('Phòng ban & lĩnh vực');
    await admin.click('section[aria-label="Sở Tư pháp"] button:has-text("+ Thêm lĩnh vực")');
    await admin.fill('.modal input[name=code]', 'BTTP');
    await dialog().locator('input').nth(1).fill('Bồi thường nhà nước');
    await dialog().locator('input').nth(2).fill('State compensation');
    await admin.fill('.modal input[name=targetWaitMinutes]', '20');
    await screenshot(admin, 'service-dialog-1366');
    await admin.click('.modal button[type=submit]');
    await admin.waitForSelector('.modal', { state: 'detached' });
    expect(await admin.locator('section[aria-label="Sở Tư pháp"]').textContent()).toContain('Bồi thường nhà nước');

    await tab('Quầy');
    await admin.click('text=+ Thêm quầy');
    await admin.fill('.modal input[name=name]', 'Quầy 13 – Bồi thường');
    await admin.check('.modal input[name=svc-BTTP]');
    await admin.check('.modal input[name=svc-LLTP]');
    await screenshot(admin, 'counter-dialog-1366');
    await admin.click('.modal button[type=submit]');
    await admin.waitForSelector('.modal', { state: 'detached' });
    expect(await admin.locator('.admin-table').textContent()).toContain('Quầy 13 – Bồi thường');
    await admin.setViewportSize(WIDE);
    await screenshot(admin, 'counters-1920');
    await admin.setViewportSize(VIEWPORTS.console);

    const catalog = (await send(server.url, 'GET /api/catalog')).body;
    const added = catalog.departments[0]!.services.find((s) => s.code === 'BTTP')!;
    expect(added.counterNumbers).toEqual([13]);
    expect(catalog.counters.find((c) => c.number === 13)?.name).toBe('Quầy 13 – Bồi thường');

    await kiosk.click('.department-tile[data-code=TP]');
    await kiosk.waitForSelector('.service-tile:has-text("Bồi thường nhà nước")');
    await kiosk.context().close();
  });

  it('issues a display key once and revoking it disconnects the display at once', async () => {
    await tab('Thiết bị');
    await admin.click('text=+ Cấp khóa thiết bị');
    await admin.fill('.modal input[name=name]', 'Màn hình tầng 2');
    await admin.click('.modal button[type=submit]');
    const key = (await admin.locator('.device-key').textContent())!;
    expect(key.length).toBeGreaterThanOrEqual(20);
    await screenshot(admin, 'device-key-1366');
    await admin.click('text=Đã chép, đóng');

    const display = connect(server.url, key);
    await next(display, 'queue:snapshot');
    const dropped = new Promise<string>((resolve) => display.on('disconnect', resolve));
    await admin.click('tr:has-text("Màn hình tầng 2") button:has-text("Thu hồi khóa")');
    await admin.click('.modal button[type=submit]');
    expect(await dropped).toBe('io server disconnect');
    await admin.waitForSelector('tr.disabled:has-text("Màn hình tầng 2")');
    const refused = connect(server.url, key);
    expect((await new Promise<Error>((resolve) => refused.on('connect_error', resolve))).message).toMatch(/revoked/);
    refused.close();
  });

  it('says why a field does not fit in the language of the page, not of the browser, and keeps a name of only spaces out', async () => {
    await tab('Trung tâm');
    const name = admin.getByLabel('Tên trung tâm — tiếng Việt');
    const saved = await name.inputValue();
    const message = (field: ReturnType<Page['locator']>) => field.evaluate((e: HTMLInputElement) => e.validationMessage);
    await name.fill('   ');
    await admin.click('button:has-text("Lưu thông tin trung tâm")');
    expect(await message(name)).toBe('Vui lòng điền ô này: chỉ có dấu cách là chưa đủ.');
    await name.fill('');
    await admin.click('button:has-text("Lưu thông tin trung tâm")');
    expect(await message(name)).toBe('Vui lòng điền ô này.');
    await name.fill(saved);
    expect(await message(name)).toBe('');
    const streak = admin.locator('input[name=maxPriorityPerNormal]');
    for (const [typed, said] of [['-3', 'Nhỏ nhất là 0.'], ['1.5', 'Hãy nhập một số nguyên.'], ['21', 'Lớn nhất là 20.']]) {
      await streak.fill(typed!);
      await admin.click('button:has-text("Lưu chính sách")');
      expect(await message(streak)).toBe(said);
    }
    await admin.click('.lang-switch button[lang=en]');
    await admin.click('button:has-text("Save policy")');
    expect(await message(streak)).toBe('The most allowed is 20.');
    await admin.click('.lang-switch button[lang=vi]');
    expect((await send(server.url, 'GET /api/catalog')).body.center?.name.vi).toBe(saved);
    expect((await send(server.url, 'GET /api/admin', { token: await login(server.url, 'admin', 'admin') })).body.policy.maxPriorityPerNormal).toBe(2);
  });
});
