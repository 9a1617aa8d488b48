// Every page a citizen, officer, supervisor or administrator sees, in Chromium at its real size on a
// busy demo center, checked by axe-core (its npm package injected into the page): no serious and no
// critical violation on any of them. Each page is also saved as docs/screens/<name>.png, so a
// center sees what it gets (linked from the README).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '@motcua/protocol';
import { docScreenshot, openPage, VIEWPORTS } from '../support/browser.ts';
import { describeFaults, seriousFaults } from '../support/axe.ts';
import { issue, officerAt, send } from '../support/server.ts';
import { busyCenter, openDisplay, serviceOf, rig } from '../display/center.ts';
import { onScreen, openKiosk, shownTicket, tapText } from '../kiosk/support.ts';

const env = rig();
let waiting: Ticket;

beforeAll(async () => {
  await busyCenter(env.server.url);
  waiting = await issue(env.server.url, await serviceOf(env.server.url, 'TP'));
});

/** No serious or critical axe-core fault on the page as it is now; then its picture for the docs. */
async function check(page: Page, name: string): Promise<void> {
  const faults = await seriousFaults(page);
  expect(faults.length, describeFaults(name, faults)).toBe(0);
  await docScreenshot(page, name);
}

async function signIn(page: Page, username: string, password = 'demo'): Promise<void> {
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
}

async function console(path: string, username: string, password = 'demo'): Promise<Page> {
  const page = await openPage(env.browser, env.server.url + path, VIEWPORTS.console);
  page.setDefaultTimeout(15_000);
  await signIn(page, username, password);
  return page;
}

describe('accessibility (axe-core: 0 serious, 0 critical)', { timeout: 120_000 }, () => {
  it('kiosk: home, search, collect, department, priority, ticket, and large text', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await check(page, 'kiosk-home');
    await page.locator('.search-button').click();
    await onScreen(page, 'search');
    await check(page, 'kiosk-search');
    await tapText(page, 'Quay lại');
    await page.locator('.collect-button').click();
    await onScreen(page, 'collect');
    await check(page, 'kiosk-collect');
    await tapText(page, 'Quay lại');
    await page.locator('.department-tile[data-code=TP]').click();
    await onScreen(page, 'department');
    await check(page, 'kiosk-department');
    await tapText(page, 'Hộ tịch');
    await onScreen(page, 'priority');
    await check(page, 'kiosk-priority');
    await tapText(page, 'Không Lấy số thường');
    await shownTicket(page);
    await check(page, 'kiosk-ticket');
    await tapText(page, 'Xong');
    await onScreen(page, 'home');
    await page.getByRole('button', { name: 'Chữ lớn, rõ nét' }).click();
    await check(page, 'kiosk-home-large-text');
    await page.close();
  });

  it('wall display (whole center, one department) and the screen above a counter', async () => {
    const full = await openDisplay(env.browser, env.server.url);
    await check(full, 'display-wall');
    const zone = await openDisplay(env.browser, env.server.url, 'key=demo-display&zone=TP');
    await check(zone, 'display-zone-TP');
    const counter = await openPage(env.browser, `${env.server.url}/display?key=demo-display&counter=5`, { width: 800, height: 480 });
    await counter.locator('[data-counter-screen="5"]').waitFor();
    await check(counter, 'display-counter-800x480');
    for (const page of [full, zone, counter]) await page.context().close();
  });

  it('phone tracking page, its times in the center\'s time zone on a phone set to another', async () => {
    const context = await env.browser.newContext({ viewport: VIEWPORTS.phone, locale: 'vi-VN', timezoneId: 'America/New_York', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/t/${waiting.trackCode}`);
    await page.getByTestId('track-number').filter({ hasText: waiting.number }).waitFor();
    await check(page, 'phone-track');
    const shown = (await page.locator('footer').innerText()).match(/(\d\d):(\d\d):\d\d/)!;
    const center = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date());
    const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
    // Within two minutes of the center's clock (the page's time was taken a moment ago), not New York's.
    expect(Math.abs(minutes(`${shown[1]}:${shown[2]}`) - minutes(center)) % (24 * 60)).toBeLessThanOrEqual(2);
    await context.close();
  });

  it('booking pages: /book and a booking\'s own page /book/<code>', async () => {
    const serviceId = await serviceOf(env.server.url, 'TP');
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    const { slots } = (await send(env.server.url, 'GET /api/appointments/slots', { query: { serviceId, date: tomorrow } })).body;
    const slot = slots.find((s) => s.free > 0)!;
    const booked = (await send(env.server.url, 'POST /api/appointments', { body: { serviceId, date: tomorrow, start: slot.start, phone: '0912345678', idNumber: '082195000001' } })).body;
    const page = await openPage(env.browser, `${env.server.url}/book`, VIEWPORTS.phone);
    await page.locator('.book-page input').first().waitFor();
    await check(page, 'booking');
    // the language buttons keep the header's look: not the page's white buttons (white on white)
    const en = page.locator('.lang-switch button[aria-pressed=false]');
    const [color, background] = await en.evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
    expect(color).not.toBe(background);
    await page.goto(`${env.server.url}/book/${booked.code}`);
    await page.locator('.booking-card .code').waitFor();
    await check(page, 'booking-code');
    await page.context().close();
  });

  it('officer console (sign-in, a ticket in hand) and the rating tablet', async () => {
    const token = await officerAt(env.server.url, 'officer12', 12);
    await issue(env.server.url, await serviceOf(env.server.url, 'LDTBXH'));
    await send(env.server.url, 'POST /api/counters/:id/call-next', { params: { id: 12 }, token });
    const login = await openPage(env.browser, `${env.server.url}/counter`, VIEWPORTS.console);
    await login.locator('input[name=username]').waitFor();
    await check(login, 'console-sign-in');
    await login.close();
    const page = await console('/counter', 'officer12');
    await page.getByTestId('ticket-number').waitFor();
    await check(page, 'console-ticket');
    // counter 12's tablet: the busy center finished a ticket at counter 1 minutes ago, whose tablet may still ask for its rating
    const tablet = await openPage(env.browser, `${env.server.url}/counter/rate?key=demo-rate-12`, VIEWPORTS.console);
    await tablet.getByTestId('rate-idle').waitFor();
    await check(tablet, 'rating-tablet');
  });

  it('supervisor: dashboard, reports, acting, audit log', async () => {
    const pages = [['dashboard', '.dashboard'], ['reports', '.sv-main'], ['act', '.act-counters'], ['audit', '.sv-main']] as const;
    for (const [name, ready] of pages) {
      const page = await console(`/counter/supervisor${name === 'dashboard' ? '' : `/${name}`}`, 'supervisor');
      await page.locator(ready).first().waitFor();
      await page.waitForTimeout(500);
      if (name === 'reports' || name === 'audit') {
        // Days in Vietnamese order, whatever the browser's language; the form sends the ISO day.
        const shown = await page.inputValue('input[name=from-day]');
        expect(shown).toMatch(/^\d\d\/\d\d\/\d{4}$/);
        expect(await page.inputValue('input[name=from]')).toBe(shown.split('/').reverse().join('-'));
      }
      await check(page, `supervisor-${name}`);
      await page.close();
    }
  });

  it('administration: every tab', async () => {
    const page = await console('/counter/admin', 'admin', 'admin');
    const tabs = page.locator('.admin-tabs [role=tab]');
    await tabs.first().waitFor();
    const count = await tabs.count();
    for (let i = 0; i < count; i += 1) {
      await tabs.nth(i).click();
      await page.waitForTimeout(500);
      const id = await page.evaluate(() => window.location.hash.slice(1)) || String(i);
      await check(page, `admin-${id}`);
    }
  });
});
