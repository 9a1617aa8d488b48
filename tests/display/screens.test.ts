// The wall display of a busy center at 1920×1080, whole center and one zone, and on 1280×720 and
// 1366×768 screens: the web font with Vietnamese diacritics is in use, every number and name fits
// inside its box, no counter tile overlaps another, the waiting counts are the server's. Screenshots are left in tests/artifacts/display/ for people to judge from a distance.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { send } from '../support/server.ts';
import { busyCenter, openDisplay, rig, screenshot } from './center.ts';

const env = rig();
beforeAll(() => busyCenter(env.server.url).then(() => undefined));

/** Each part that must lie wholly inside its box (the closest ancestor matching the box selector). */
const MUST_FIT: [part: string, box: string][] = [
  ['.counter-label', '.counter'], ['.counter-number', '.counter'], ['.counter-status', '.counter'],
  ['.department-name', '.department'], ['.waiting', '.department'],
  ['.now-label', '.now'], ['.now-number', '.now'], ['.now-counter', '.now'],
  ['.recent-call', '.recent'], ['.header-names', '.header'], ['.clock', '.header'],
  ['.board', '.screen'], ['.calls', '.screen'],
];

/** Parts that stick out of their box, as "part in box: how" (empty when everything fits). */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate((pairs) => pairs.flatMap(([part, box]) => [...document.querySelectorAll(part)].flatMap((el) => {
    if (el.getClientRects().length === 0) return []; // not displayed on this screen
    const outer = el.parentElement?.closest(box);
    if (!outer) return [`${part} has no ${box}`];
    const a = el.getBoundingClientRect();
    const b = outer.getBoundingClientRect();
    const inside = a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
    const clipped = el.scrollWidth > el.clientWidth + 1;
    return inside && !clipped ? [] : [`${part} "${(el as HTMLElement).innerText.replace(/\s+/g, ' ')}" in ${box}`];
  })), MUST_FIT);
}

/** Counter tiles that overlap another tile, as "n/m" pairs (empty when none do). */
async function overlappingTiles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const tiles = [...document.querySelectorAll<HTMLElement>('.counter')].map((el) => ({ n: el.dataset.counter, r: el.getBoundingClientRect() }));
    return tiles.flatMap((a, i) => tiles.slice(i + 1)
      .filter((b) => a.r.left < b.r.right - 0.5 && b.r.left < a.r.right - 0.5 && a.r.top < b.r.bottom - 0.5 && b.r.top < a.r.bottom - 0.5)
      .map((b) => `${a.n}/${b.n}`));
  });
}

async function check(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('800 40px "Be Vietnam Pro"', 'Mời công dân có số'))).toBe(true);
  expect(await overflows(page)).toEqual([]);
  expect(await overlappingTiles(page)).toEqual([]);
  await screenshot(page, name);
}

describe('wall display of a busy center at 1920×1080', () => {
  it('shows all departments, their waiting counts, paused and closed counters, and the recent calls, everything inside its box', async () => {
    const page = await openDisplay(env.browser, env.server.url);
    const { body: catalog } = await send(env.server.url, 'GET /api/catalog');
    for (const d of catalog.departments) {
      expect(await page.getByTestId(`waiting-${d.code}`).locator('.waiting-count').innerText()).toBe(String(d.waiting));
    }
    expect(await page.locator('[data-counter="6"]').innerText()).toContain('Nghỉ trưa');
    expect(await page.locator('[data-counter="9"]').getAttribute('data-state')).toBe('closed');
    expect(await page.getByTestId('recent-calls').locator('li').count()).toBe(5);
    await check(page, 'all');
    await page.context().close();
  });

  // Smaller wall screens (a 720p or 768p TV): the same board, scaled to the screen.
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1366, height: 768 }]) {
    it(`reads as well at ${viewport.width}×${viewport.height}: every tile, name, count and recent call inside its box`, async () => {
      const page = await openDisplay(env.browser, env.server.url, 'key=demo-display', undefined, viewport);
      expect(await page.getByTestId('recent-calls').locator('li').count()).toBe(5);
      await check(page, `all-${viewport.width}x${viewport.height}`);
      const zone = await openDisplay(env.browser, env.server.url, 'key=demo-display&zone=TNMT', undefined, viewport);
      await check(zone, `zone-TNMT-${viewport.width}x${viewport.height}`);
      for (const p of [page, zone]) await p.context().close();
    });
  }

  it('shows one department on a zone screen, everything inside its box', async () => {
    const page = await openDisplay(env.browser, env.server.url, 'key=demo-display&zone=TNMT');
    expect(await page.locator('.zone-name').innerText()).toContain('Sở Tài nguyên và Môi trường');
    await check(page, 'zone-TNMT');
    await page.context().close();
  });
});
