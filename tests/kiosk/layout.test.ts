// The kiosk's home at its real size (1080×1920) on a busy morning, in Chromium: every department
// of the demo in full view once queues and waits show under each; in large text, a list that
// scrolls says so with a cue to tap; the help row's labels break between phrases, never inside one.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { issue, officerAt } from '../support/server.ts';
import { catalog, openKiosk, serverAndBrowser, shot } from './support.ts';

const env = serverAndBrowser();

/** The department tiles that are not in full view in the list (their codes), and whether the list scrolls. */
async function hiddenTiles(page: Page): Promise<{ hidden: string[]; scrolls: boolean }> {
  return page.locator('.departments').evaluate((list) => {
    const box = list.getBoundingClientRect();
    const hidden = [...list.querySelectorAll<HTMLElement>('.department-tile')]
      .filter((tile) => {
        const r = tile.getBoundingClientRect();
        return r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
      })
      .map((tile) => tile.dataset.code ?? '?');
    return { hidden, scrolls: list.scrollHeight > list.clientHeight + 1 };
  });
}

/** The line (its top, in px) each word of an element's text is drawn on. */
async function wordLines(page: Page, selector: string): Promise<Record<string, number>> {
  return page.locator(selector).evaluate((element) => {
    const lines: Record<string, number> = {};
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        lines[match[0]] = Math.round(range.getBoundingClientRect().top);
      }
    }
    return lines;
  });
}

/** Each phrase's words on one line. */
async function expectPhrasesWhole(page: Page, selector: string, phrases: string[]): Promise<void> {
  const lines = await wordLines(page, selector);
  for (const phrase of phrases) {
    const tops = phrase.split(' ').map((word) => lines[word]);
    expect(new Set(tops).size, `"${phrase}" on one line in ${selector}: ${JSON.stringify(lines)}`).toBe(1);
  }
}

describe('kiosk home layout', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    // A busy morning: people wait in every department and a counter of each is open, so each
    // tile shows how many wait and about how long.
    const departments = (await catalog(env.server.url)).departments;
    for (const [code, count] of [['TP', 7], ['YT', 1], ['TNMT', 3], ['LDTBXH', 2]] as const) {
      for (let i = 0; i < count; i++) await issue(env.server.url, departments.find((d) => d.code === code)!.services[0]!.id);
    }
    for (const [officer, counter] of [['officer01', 1], ['officer04', 4], ['officer07', 7], ['officer10', 10]] as const) {
      await officerAt(env.server.url, officer, counter);
    }
  });

  it('shows all four departments in full, with their queues and waits, and the help row\'s labels whole', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await expect.poll(() => page.locator('.department-tile [data-testid=eta]').count(), { timeout: 20_000 }).toBe(4);
    await shot(page, 'home-busy');
    expect(await hiddenTiles(page)).toEqual({ hidden: [], scrolls: false });
    // Figures for the report: the list's room, and what its tiles take before they grow to fill it.
    const room = await page.locator('.departments').evaluate((list) => {
      for (const tile of list.children) (tile as HTMLElement).style.flexGrow = '0';
      const needed = list.lastElementChild!.getBoundingClientRect().bottom - list.getBoundingClientRect().top;
      for (const tile of list.children) (tile as HTMLElement).style.flexGrow = '';
      return { shown: list.clientHeight, needed };
    });
    console.log(`departments' list: ${room.shown} px, its tiles and gaps at their own height: ${room.needed.toFixed(0)} px`);
    await expectPhrasesWhole(page, '.assist-help', ['Gọi nhân viên', 'Call staff']);
    await expectPhrasesWhole(page, '.assist-large', ['Chữ lớn,', 'rõ nét']);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Please choose a department').waitFor();
    await shot(page, 'home-busy-en');
    expect(await hiddenTiles(page)).toEqual({ hidden: [], scrolls: false });
    await expectPhrasesWhole(page, '.assist-large', ['Large,', 'clear text']);
    await page.close();
  });

  it('in large text, shows a "more below" cue while departments are out of view, and the cue brings them into view', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await page.getByRole('button', { name: 'Chữ lớn, rõ nét' }).click();
    await expect.poll(() => page.locator('.department-tile [data-testid=eta]').count(), { timeout: 20_000 }).toBe(4);
    await shot(page, 'home-busy-large');
    await expectPhrasesWhole(page, '.assist-help', ['Gọi nhân viên', 'Call staff']);
    await expectPhrasesWhole(page, '.assist-large', ['Chữ lớn,', 'rõ nét']);
    const { hidden } = await hiddenTiles(page);
    expect(hidden.length).toBeGreaterThan(0);
    const more = page.getByRole('button', { name: 'Xem thêm cơ quan bên dưới' });
    await more.waitFor();
    for (let taps = 0; taps < 4 && await more.isVisible(); taps++) {
      await more.click();
      await page.waitForTimeout(1000); // the smooth scroll
    }
    await expect.poll(async () => (await hiddenTiles(page)).hidden).not.toContain('LDTBXH');
    await more.waitFor({ state: 'hidden' });
    await shot(page, 'home-busy-large-scrolled');
    await page.close();
  });
});
