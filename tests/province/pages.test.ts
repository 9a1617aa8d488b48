// The hub's pages in Chromium, on a real PostgreSQL: the public /province page on a phone and a TV
// (every site, waiting and estimated wait, offline sites said so, the procedure filter), and the
// province supervisor's page (sign in, sites offline, over target, the report across sites).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvinceEvent } from '@motcua/protocol';
import { http } from '../support/server.ts';
import { launchBrowser, openPage, VIEWPORTS } from '../support/browser.ts';
import { HUB_SUPERVISORS, startHub, startPostgres, type RunningHub, type TestPostgres } from '../support/postgres.ts';

let pg: TestPostgres;
let hub: RunningHub;
let browser: Browser;
const A = { code: 'XA-A', name: 'Xã Mỹ Phong', key: 'XA-A.secret-key-of-site-xa-a' };
const B = { code: 'TINH-B', name: 'Cơ sở 2 của tỉnh', key: 'TINH-B.secret-key-of-site-tinh-b' };
const day = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);

beforeAll(async () => {
  pg = await startPostgres();
  hub = await startHub({ databaseUrl: pg.url, sites: [A, B], supervisors: HUB_SUPERVISORS });
  const now = Date.now();
  const t = (seq: number, id: number, status: string, procedure: string, extra: Record<string, unknown> = {}): ProvinceEvent => ({
    seq, at: now, kind: 'ticket', data: { id, day, number: 1000 + id, department: 'TP', service: 'CT', procedure, targetWaitMinutes: 15, status, original: true, queuedAt: now - 20 * 60_000, calledAt: null, ...extra },
  });
  const events: ProvinceEvent[] = [
    t(1, 1, 'done', '1.000001', { calledAt: now - 15 * 60_000, servingAt: now - 15 * 60_000, finishedAt: now - 5 * 60_000 }),
    t(2, 2, 'waiting', '1.000001'), t(3, 3, 'waiting', '1.000002'),
    { seq: 4, at: now, kind: 'counter', data: { number: 1, department: 'TP', state: 'open', staffed: true, retired: false } },
  ];
  await http(hub.url, '/api/province/events', { body: { site: A.code, events }, token: A.key });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await hub?.app.close();
  await pg?.close();
});

describe('/province', () => {
  for (const [name, viewport] of [['phone', VIEWPORTS.phone], ['TV', VIEWPORTS.display]] as const) {
    it(`shows every site with its waiting and estimated wait on a ${name}, an offline site as such`, async () => {
      const page = await openPage(browser, `${hub.url}/province`, viewport);
      await page.waitForSelector('.site');
      const text = await page.locator('#sites').innerText();
      expect(text).toContain('Xã Mỹ Phong');
      expect(text).toContain('Đang hoạt động / Online');
      expect(text).toMatch(/TP\s+2\s+1\s+20 phút/); // 2 waiting × 10 min ÷ 1 open counter
      expect(text).toContain('Cơ sở 2 của tỉnh');
      expect(text).toContain('Mất kết nối');
      expect(await page.locator('#best').innerText()).toContain('Xã Mỹ Phong');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(viewport.width);
      await page.close();
    });
  }

  it('filters by procedure: only that procedure\'s waiting tickets count', async () => {
    const page = await openPage(browser, `${hub.url}/province`, VIEWPORTS.phone);
    await page.waitForSelector('.site');
    await page.fill('#procedure', '1.000002');
    await page.click('#form button');
    await page.waitForFunction(() => /TP\s+1\s+1\s+10 phút/.test((document.querySelector('#sites') as HTMLElement).innerText)); // 1 waiting × 10 min
    await page.close();
  });
});

describe('/province/supervisor', () => {
  /** Types the province supervisor's name and `password` in the sign-in form and sends it. */
  const signIn = async (page: Page, password: string) => {
    await page.fill('#user', HUB_SUPERVISORS[0]!.username);
    await page.fill('#password', password);
    await page.click('#login button');
  };

  it('signs in, then shows sites offline, tickets over target and the report across sites', async () => {
    const page = await openPage(browser, `${hub.url}/province/supervisor`, VIEWPORTS.console);
    await signIn(page, 'wrong');
    await page.waitForFunction(() => document.querySelector('#error')!.textContent !== '');
    expect(await page.locator('#error').innerText()).toContain('Sai tên đăng nhập');
    await signIn(page, HUB_SUPERVISORS[0]!.password);
    await page.waitForFunction(() => document.querySelector('#report')!.textContent!.includes('Toàn tỉnh'));
    expect(await page.locator('#error').innerText()).toBe('');
    expect(await page.locator('#offline').innerText()).toContain('Cơ sở 2 của tỉnh');
    expect(await page.locator('#over').innerText()).toContain('Xã Mỹ Phong · TP: 2 / 2');
    const report = await page.locator('#report').innerText();
    expect(report).toMatch(/Toàn tỉnh \/ Province\s+3\s+1\s+0\s+300\s+300/);
    await page.close();
  });

  it('publishes the settings every site takes; refuses invalid ones and says why', async () => {
    const page = await openPage(browser, `${hub.url}/province/supervisor`, VIEWPORTS.console);
    await signIn(page, HUB_SUPERVISORS[0]!.password);
    await page.waitForFunction(() => document.querySelector('#settings-version')!.textContent !== '');
    expect(await page.locator('#settings-version').innerText()).toContain('Chưa công bố');
    await page.fill('#maxPriorityPerNormal', '3');
    await page.fill('#agingMinutes', '45');
    await page.fill('#recallLimit', '2');
    for (const d of ['1', '2', '3', '4', '5']) await page.check(`input[name=day][value="${d}"]`);
    // hours on the 24-hour clock whatever the browser's language (a native time input said "07:30 AM")
    expect(await page.locator('input[type=time]').count()).toBe(0);
    await page.fill('#opens', '07:30');
    await page.fill('#closes', '17:00');
    await page.fill('#holidays', '2027-01-01\n2027-04-30');
    await page.fill('#daysAhead', '7');
    await page.click('#settings button');
    await page.waitForFunction(() => document.querySelector('#settings-saved')!.textContent!.includes('phiên bản 1'));
    expect((await hub.store.settings())!.settings).toEqual({
      policy: { maxPriorityPerNormal: 3, agingMinutes: 45, recallLimit: 2 },
      businessHours: { days: [1, 2, 3, 4, 5], opens: '07:30', closes: '17:00', holidays: ['2027-01-01', '2027-04-30'] },
      appointments: { daysAhead: 7 },
    });
    await page.fill('#closes', '07:00');
    await page.click('#settings button');
    await page.waitForFunction(() => document.querySelector('#error')!.textContent !== '');
    expect(await page.locator('#error').innerText()).toContain('Cấu hình chung của tỉnh không hợp lệ');
    expect((await hub.store.settings())!.version).toBe(1);
    await page.close();
  });
});
