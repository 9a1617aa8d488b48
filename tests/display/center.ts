// Helpers of the wall-display tests: a demo center with tickets waiting and numbers called, and
// the display page opened on it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Ticket } from '@motcua/protocol';
import { ARTIFACTS, openPage, VIEWPORTS } from '../support/browser.ts';
import { issue, officerAt, send } from '../support/server.ts';

export { serverAndBrowser as rig, type ServerAndBrowser as Rig } from '../support/browser.ts';

/** The demo officer who may open counter n (officer01 … officer12 work at counters 1 … 12). */
export const officerOf = (counter: number): string => `officer${String(counter).padStart(2, '0')}`;

/** The first service of a department, by code. */
export async function serviceOf(url: string, code: string): Promise<number> {
  const { body } = await send(url, 'GET /api/catalog');
  const service = body.departments.find((d) => d.code === code)?.services[0];
  if (!service) throw new Error(`no service in department ${code}`);
  return service.id;
}

/** The clips a display plays for a call, as the server's preview lists them (Vietnamese, then English). */
export async function announcedClips(url: string, number: string, counter: number): Promise<string[]> {
  const { body } = await send(url, 'GET /api/announcements/preview', { query: { number, counter } });
  return [...body.vi.clips, ...(body.en?.clips ?? [])];
}

/** Issues `count` tickets of a department's first service. */
export async function issueMany(url: string, code: string, count: number): Promise<Ticket[]> {
  const serviceId = await serviceOf(url, code);
  const tickets: Ticket[] = [];
  for (let i = 0; i < count; i += 1) tickets.push(await issue(url, serviceId));
  return tickets;
}

/** Calls the next ticket at a counter (whose officer token is given); answers the ticket called. */
export async function callNext(url: string, token: string, counter: number): Promise<Ticket> {
  const { status, body } = await send(url, 'POST /api/counters/:id/call-next', { params: { id: counter }, token });
  if (status !== 200 || !body.ticket) throw new Error(`call-next at counter ${counter}: ${status} ${JSON.stringify(body)}`);
  return body.ticket;
}

/** Finishes the ticket a counter holds, so it can call again. */
export async function finish(url: string, token: string, ticket: Ticket): Promise<void> {
  const { status } = await send(url, 'POST /api/tickets/:id/finish', { params: { id: ticket.id }, token });
  if (status !== 200) throw new Error(`finish ${ticket.number}: ${status}`);
}

/**
 * A busy morning: every department has tickets waiting; counters call in turn (some twice), counter
 * 6 pauses for lunch, counters 9 and 12 stay closed. Answers the officers' tokens by counter.
 */
export async function busyCenter(url: string): Promise<Map<number, string>> {
  const waiting: Record<string, number> = { TP: 9, YT: 6, TNMT: 5, LDTBXH: 7 };
  for (const [code, count] of Object.entries(waiting)) await issueMany(url, code, count);
  const tokens = new Map<number, string>();
  for (const counter of [1, 2, 3, 4, 5, 6, 7, 8, 10, 11]) tokens.set(counter, await officerAt(url, officerOf(counter), counter));
  for (const counter of [1, 4, 7, 2, 10, 5, 3]) {
    const token = tokens.get(counter)!;
    await finish(url, token, await callNext(url, token, counter));
  }
  for (const counter of [1, 2, 3, 4, 5, 7, 8, 10, 11]) await callNext(url, tokens.get(counter)!, counter);
  const pause = await send(url, 'POST /api/counters/:id/pause', { params: { id: 6 }, token: tokens.get(6)!, body: { reason: 'lunch' } });
  if (pause.status !== 200) throw new Error(`pause counter 6: ${pause.status}`);
  return tokens;
}

/** Page set-up run before the display's own scripts (see the init scripts below). */
export type InitScript = () => void;

/**
 * Plays every clip at 8× speed (muted, but played to its end as usual), so tests hear whole
 * announcements in a few seconds.
 */
export const FAST_AUDIO: InitScript = () => {
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function fastPlay(this: HTMLMediaElement) {
    this.defaultPlaybackRate = 8;
    this.playbackRate = 8;
    return play.call(this);
  };
};

/** Plays as a browser without the autoplay flag does: play() is refused until the first tap. */
export const AUTOPLAY_BLOCKED: InitScript = () => {
  let tapped = false;
  document.addEventListener('click', () => { tapped = true; }, true);
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function blockedPlay(this: HTMLMediaElement) {
    if (tapped) return play.call(this);
    return Promise.reject(new DOMException("play() failed because the user didn't interact with the document first.", 'NotAllowedError'));
  };
};

/** Opens the display page (at 1920×1080 unless told) and waits until it shows the live board. */
export async function openDisplay(
  browser: Browser, url: string, query = 'key=demo-display', init: InitScript[] = [FAST_AUDIO], viewport: { width: number; height: number } = VIEWPORTS.display,
): Promise<Page> {
  const page = await openPage(browser, 'about:blank', viewport);
  for (const script of init) await page.addInitScript(script);
  await page.goto(`${url}/display?${query}`);
  await page.locator('[data-counter]').first().waitFor();
  return page;
}

/** The clips the page has started so far (the display's test hook). */
export async function audioLog(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__motcuaAudioLog ?? []);
}

/** Waits until the page has started at least `count` clips, and answers them. */
export async function waitForClips(page: Page, count: number, timeout = 60_000): Promise<string[]> {
  await page.waitForFunction((n) => (window.__motcuaAudioLog?.length ?? 0) >= n, count, { timeout });
  return audioLog(page);
}

/** Waits until counter n's cell shows `number` (Playwright's own wait, at most `timeout` ms). */
export async function waitForCounterNumber(page: Page, counter: number, number: string, timeout = 10_000): Promise<void> {
  await page.locator(`[data-counter="${counter}"] .counter-number`, { hasText: new RegExp(`^${number}$`) }).waitFor({ timeout });
}

/** Saves a screenshot as tests/artifacts/display/<name>.png (blinking and scrolling stopped). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(ARTIFACTS, 'display');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), animations: 'disabled' });
}
