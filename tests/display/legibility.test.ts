// Displays read from afar and above a counter, in Chromium: the wall board at 1920×1080 with
// counter numbers of at least 120 px and Vietnamese names of at least 40 px, each department's
// "next up" numbers as the server's call policy orders them, a call flashing its counter and the
// now-calling panel; and the screen above one counter (/display?counter=N) from 800×480 up:
// the ticket it calls or serves, closed or paused with the reason, reconnecting after a restart.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { describeFaults, seriousFaults } from '../support/axe.ts';
import { issue, login, send, startServer } from '../support/server.ts';
import { busyCenter, callNext, finish, openDisplay, rig, screenshot, serviceOf } from './center.ts';

const env = rig();
let tokens: Map<number, string>;
beforeAll(async () => {
  tokens = await busyCenter(env.server.url);
});

/** The smallest computed font size (CSS px) among the elements a selector finds. */
async function smallestFont(page: Page, selector: string): Promise<number> {
  return page.evaluate((s) => Math.min(...[...document.querySelectorAll(s)].map((e) => parseFloat(getComputedStyle(e).fontSize))), selector);
}

async function openCounter(counter: number, viewport: { width: number; height: number }): Promise<Page> {
  const page = await openPage(env.browser, `${env.server.url}/display?key=demo-display&counter=${counter}`, viewport);
  await page.locator(`[data-counter-screen="${counter}"]`).waitFor();
  return page;
}

describe('wall display read from 10 m', { timeout: 90_000 }, () => {
  it('draws numbers of at least 120 px and names of at least 40 px at 1920×1080', async () => {
    const page = await openDisplay(env.browser, env.server.url);
    await page.evaluate(() => document.fonts.ready);
    const sizes = {
      counterNumbers: await smallestFont(page, '.counter-number'),
      nowCalling: await smallestFont(page, '.now-number'),
      departmentNames: await smallestFont(page, '.department-name [lang=vi]'),
      counterLabels: await smallestFont(page, '.counter-label'),
    };
    console.log('wall display font sizes (px):', JSON.stringify(sizes));
    expect(sizes.counterNumbers).toBeGreaterThanOrEqual(120);
    expect(sizes.nowCalling).toBeGreaterThanOrEqual(120);
    expect(sizes.departmentNames).toBeGreaterThanOrEqual(40);
    expect(sizes.counterLabels).toBeGreaterThanOrEqual(40);
    await page.context().close();
  });

  it('shows the next three numbers of a department in the order the call policy calls them', async () => {
    const service = await serviceOf(env.server.url, 'LDTBXH');
    const elderly = await issue(env.server.url, service, { priority: 'elderly' });
    const merit = await issue(env.server.url, service, { priority: 'merit' });
    const supervisor = await login(env.server.url, 'supervisor');
    const line = (await send(env.server.url, 'GET /api/counters/:id/queue', { params: { id: 12 }, token: supervisor })).body.waiting;
    const oldestNormal = line.find((t) => t.priority === null)!;
    const page = await openDisplay(env.browser, env.server.url);
    const next = page.getByTestId('next-LDTBXH').locator('.next-numbers b');
    await expect.poll(() => next.allInnerTexts()).toEqual([elderly.number, merit.number, oldestNormal.number]);

    // A call takes the first of them off the line, flashes counter 10 and the now-calling panel.
    const token = tokens.get(10)!;
    const held = (await send(env.server.url, 'GET /api/counters/:id/queue', { params: { id: 10 }, token })).body.held[0];
    if (held) await send(env.server.url, 'POST /api/tickets/:id/finish', { params: { id: held.id }, token });
    const called = await callNext(env.server.url, token, 10);
    expect(called.number).toBe(elderly.number);
    await page.locator('[data-counter="10"] .counter-body.blink').waitFor();
    await page.locator('.now-call.blink', { hasText: elderly.number }).waitFor();
    await expect.poll(() => next.allInnerTexts()).toEqual([merit.number, oldestNormal.number, expect.any(String)]);
    await screenshot(page, 'next-up');
    const faults = await seriousFaults(page);
    expect(faults.length, describeFaults('wall display after a call', faults)).toBe(0);
    await page.context().close();
  });
});

describe('the screen above one counter', { timeout: 120_000 }, () => {
  it('shows the number it calls, then serves, at 800×480 and 1920×1080', async () => {
    const token = tokens.get(11)!;
    const held = (await send(env.server.url, 'GET /api/counters/:id/queue', { params: { id: 11 }, token })).body.held[0];
    const page = await openCounter(11, { width: 800, height: 480 });
    expect(await page.getByTestId('counter-number').innerText()).toBe('11');
    if (held) await finish(env.server.url, token, held);
    await page.locator('[data-state=idle]').waitFor();
    const called = await callNext(env.server.url, token, 11);
    await page.locator('[data-state=calling]').getByTestId('counter-ticket').filter({ hasText: called.number }).waitFor();
    await screenshot(page, 'counter-800x480-calling');
    let faults = await seriousFaults(page);
    expect(faults.length, describeFaults('counter display', faults)).toBe(0);
    const big = await openCounter(11, { width: 1920, height: 1080 });
    await big.getByTestId('counter-ticket').filter({ hasText: called.number }).waitFor();
    expect(await smallestFont(big, '.cs-ticket')).toBeGreaterThanOrEqual(300);
    await screenshot(big, 'counter-1920x1080-calling');
    faults = await seriousFaults(big);
    expect(faults.length, describeFaults('counter display 1920×1080', faults)).toBe(0);
    await big.context().close();
    await page.context().close();
  });

  it('says closed, or paused with the reason', async () => {
    const paused = await openCounter(6, { width: 800, height: 480 });
    expect(await paused.getByTestId('counter-state').innerText()).toContain('Nghỉ trưa');
    await screenshot(paused, 'counter-800x480-paused');
    const closed = await openCounter(9, { width: 1024, height: 600 });
    expect(await closed.getByTestId('counter-state').innerText()).toContain('Đóng');
    await screenshot(closed, 'counter-1024x600-closed');
    const faults = await seriousFaults(closed);
    expect(faults.length, describeFaults('closed counter display', faults)).toBe(0);
    const unknown = await openPage(env.browser, `${env.server.url}/display?key=demo-display&counter=99`, { width: 800, height: 480 });
    await unknown.getByText('Không có quầy số “99”').waitFor();
    for (const page of [paused, closed, unknown]) await page.context().close();
  });

  it('keeps its state under the reconnecting mark while the server restarts, then goes on live', async () => {
    const page = await openCounter(2, { width: 800, height: 480 });
    const before = await page.getByTestId('counter-ticket').innerText();
    const port = Number(new URL(env.server.url).port);
    await env.server.stop();
    await page.getByTestId('reconnecting').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('counter-ticket').innerText()).toBe(before);
    await screenshot(page, 'counter-reconnecting');
    env.server = await startServer({ dir: env.server.dir, port });
    await page.getByTestId('reconnecting').waitFor({ state: 'hidden', timeout: 20_000 });
    const token = await login(env.server.url, 'officer02');
    const held = (await send(env.server.url, 'GET /api/counters/:id/queue', { params: { id: 2 }, token })).body.held[0]!;
    await finish(env.server.url, token, held);
    const called = await callNext(env.server.url, token, 2);
    await page.getByTestId('counter-ticket').filter({ hasText: called.number }).waitFor({ timeout: 20_000 });
    await page.context().close();
  });
});
