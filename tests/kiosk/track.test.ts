// The phone page /t/<trackCode> in real Chromium at phone size: it follows one ticket live through
// the public socket stream (waiting → next → called at counter N, with vibration → done).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VIEWPORTS } from '../support/browser.ts';
import { issue, officerAt, send } from '../support/server.ts';
import { catalog, serverAndBrowser, shot } from './support.ts';

const env = serverAndBrowser();

/** The phone page, with navigator.vibrate recorded in window.vibrations. */
async function openTrack(path: string): Promise<Page> {
  const context = await env.browser.newContext({ viewport: VIEWPORTS.phone, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', isMobile: true, hasTouch: true });
  await context.addInitScript(() => {
    const calls: unknown[] = [];
    Object.assign(window, { vibrations: calls });
    Object.defineProperty(Navigator.prototype, 'vibrate', { configurable: true, value: (pattern: unknown) => { calls.push(pattern); return true; } });
  });
  const page = await context.newPage();
  await page.goto(env.server.url + path);
  return page;
}

const vibrations = (page: Page) => page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations.length);

describe('phone tracking page', { timeout: 60_000 }, () => {
  it('follows a ticket live from waiting to called at the counter, then done', async () => {
    const justice = (await catalog(env.server.url)).departments.find((d) => d.code === 'TP')!;
    const service = justice.services.find((s) => s.code === 'HT')!;
    const ahead = await issue(env.server.url, service.id);
    const mine = await issue(env.server.url, service.id);

    const page = await openTrack(`/t/${mine.trackCode}`);
    await page.getByTestId('track-number').filter({ hasText: mine.number }).waitFor();
    await page.locator('.status-card.waiting', { hasText: 'Đang chờ' }).waitFor();
    await page.locator('.status-card dd', { hasText: '1 người' }).waitFor();
    await page.getByText('Hộ tịch').waitFor();
    await shot(page, 'track-waiting');

    const officer = await officerAt(env.server.url, 'officer01', 1);
    const first = await send(env.server.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token: officer });
    expect(first.body.ticket?.number).toBe(ahead.number);
    await page.getByText('Bạn đứng đầu hàng chờ của dịch vụ này').waitFor();
    await page.locator('.status-card dd', { hasText: 'phút' }).waitFor(); // the wait behind the ticket in hand
    expect(await vibrations(page)).toBe(0);

    await send(env.server.url, 'POST /api/tickets/:id/finish', { params: { id: ahead.id }, token: officer });
    const second = await send(env.server.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token: officer });
    expect(second.body.ticket?.number).toBe(mine.number);
    await page.locator('.status-card.calling', { hasText: 'Mời bạn đến' }).filter({ hasText: 'Quầy số 1' }).waitFor();
    await page.waitForFunction(() => (window as unknown as { vibrations: unknown[] }).vibrations.length === 1);
    await page.waitForTimeout(800); // let the attention animation settle for the screenshot
    await shot(page, 'track-called');

    await send(env.server.url, 'POST /api/counters/:id/recall', { params: { id: 1 }, token: officer });
    await page.waitForFunction(() => (window as unknown as { vibrations: unknown[] }).vibrations.length === 2);

    await send(env.server.url, 'POST /api/tickets/:id/finish', { params: { id: mine.id }, token: officer });
    await page.getByText('Đã hoàn thành. Cảm ơn bạn!').waitFor();
    await page.context().close();
  });

  it('speaks English on request and shows only public fields', async () => {
    const labour = (await catalog(env.server.url)).departments.find((d) => d.code === 'LDTBXH')!;
    const ticket = await issue(env.server.url, labour.services[0]!.id);
    const page = await openTrack(`/t/${ticket.trackCode}?lang=en`);
    await page.getByText('Your number').waitFor();
    await page.getByText('Department of Labour, Invalids and Social Affairs').waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByText('Số của bạn').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(ticket.trackCode);
    expect(text).not.toContain('demo-kiosk');
    await page.context().close();
  });

  it('says a wait under a minute as such, not "0 phút"', async () => {
    // two idle counters for one line: the ticket behind the one ahead is called at once too
    const health = (await catalog(env.server.url)).departments.find((d) => d.code === 'YT')!;
    await officerAt(env.server.url, 'officer04', 4);
    await officerAt(env.server.url, 'officer05', 5);
    await issue(env.server.url, health.services[0]!.id);
    const mine = await issue(env.server.url, health.services[0]!.id);
    const page = await openTrack(`/t/${mine.trackCode}`);
    await page.locator('.status-card dd', { hasText: '1 người' }).waitFor();
    await page.locator('.status-card dd', { hasText: 'dưới 1 phút' }).waitFor();
    await page.getByRole('button', { name: 'EN' }).click();
    await page.locator('.status-card dd', { hasText: 'under 1 min' }).waitFor();
    await page.context().close();
  });

  it('promises no wait while no counter serving the service is open', async () => {
    const labour = (await catalog(env.server.url)).departments.find((d) => d.code === 'LDTBXH')!;
    const mine = await issue(env.server.url, labour.services[0]!.id);
    expect(mine.noOpenCounter).toBe(true);
    expect(mine.etaMinutes).toBeUndefined();
    const tracked = (await send(env.server.url, 'GET /api/tickets/track/:trackCode', { params: { trackCode: mine.trackCode } })).body;
    expect(tracked).toMatchObject({ noOpenCounter: true, etaMinutes: 0 });
    const page = await openTrack(`/t/${mine.trackCode}`);
    await page.locator('.status-card dd', { hasText: 'chưa có quầy mở' }).waitFor();
    expect(await page.locator('.status-card').innerText()).not.toMatch(/phút/);
    await shot(page, 'track-no-counter');
    // A counter of its department opens: the page forecasts the wait at once, before any call.
    const officer = await officerAt(env.server.url, 'officer10', 10);
    await expect.poll(async () => (await send(env.server.url, 'GET /api/tickets/track/:trackCode', { params: { trackCode: mine.trackCode } })).body.noOpenCounter).toBeUndefined();
    await page.locator('.status-card dd', { hasText: 'chưa có quầy mở' }).waitFor({ state: 'detached' });
    await page.locator('.status-card dd', { hasText: /phút/ }).waitFor();
    await shot(page, 'track-counter-opened');
    // … and when that counter closes again, says so again.
    await send(env.server.url, 'POST /api/counters/:id/close', { params: { id: 10 }, token: officer });
    await page.locator('.status-card dd', { hasText: 'chưa có quầy mở' }).waitFor();
    await page.context().close();
  });

  it('says so when the tracking code is unknown', async () => {
    const page = await openTrack('/t/nosuchcode1');
    await page.getByText('Không tìm thấy số này').waitFor();
    await page.context().close();
  });
});
