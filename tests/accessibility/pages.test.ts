// Every page a citizen, officer, supervisor or administrator sees, in Chromium at its real size on a
// busy demo center, checked by axe-core (its npm package injected into the page): no serious and no
// critical violation on any of them.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '@motcua/protocol';
import { openPage, VIEWPORTS } from '../support/browser.ts';
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

async function check(page: Page, where: string): Promise<void> {
  const faults = await seriousFaults(page);
  expect(faults.length, describeFaults(where, faults)).toBe(0);
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
  it('kiosk: home, department, priority, ticket', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await check(page, 'kiosk home');
    await page.locator('.department-tile[data-code=TP]').click();
    await onScreen(page, 'department');
    await check(page, 'kiosk department');
    await tapText(page, 'Hộ tịch');
    await onScreen(page, 'priority');
    await check(page, 'kiosk priority');
    await tapText(page, 'Không Lấy số thường');
    await shownTicket(page);
    await check(page, 'kiosk ticket');
    await page.close();
  });

  it('wall display: full board and one department', async () => {
    const full = await openDisplay(env.browser, env.server.url);
    await check(full, 'wall display');
    const zone = await openDisplay(env.browser, env.server.url, 'key=demo-display&zone=TP');
    await check(zone, 'wall display, zone TP');
  });

  it('phone tracking page', async () => {
    const page = await openPage(env.browser, `${env.server.url}/t/${waiting.trackCode}`, VIEWPORTS.phone);
    await page.getByTestId('track-number').filter({ hasText: waiting.number }).waitFor();
    await check(page, 'phone page');
  });

  it('officer console with a ticket in hand, and the rating tablet', async () => {
    const token = await officerAt(env.server.url, 'officer12', 12);
    await issue(env.server.url, await serviceOf(env.server.url, 'LDTBXH'));
    await send(env.server.url, 'POST /api/counters/:id/call-next', { params: { id: 12 }, token });
    const page = await console('/counter', 'officer12');
    await page.getByTestId('ticket-number').waitFor();
    await check(page, 'officer console');
    const tablet = await openPage(env.browser, `${env.server.url}/counter/rate?key=demo-rate-1`, VIEWPORTS.console);
    await tablet.getByTestId('rate-idle').waitFor();
    await check(tablet, 'rating tablet');
  });

  it('supervisor: dashboard, reports, acting, audit log', async () => {
    for (const [path, ready] of [['/counter/supervisor', '.dashboard'], ['/counter/supervisor/reports', 'main'], ['/counter/supervisor/act', '.act-counters'], ['/counter/supervisor/audit', 'main']] as const) {
      const page = await console(path, 'supervisor');
      await page.locator(ready).first().waitFor();
      await page.waitForTimeout(500);
      await check(page, path);
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
      await check(page, `admin tab ${(await tabs.nth(i).textContent()) ?? i}`);
    }
  });
});
