// Real Chromium (Debian's /usr/bin/chromium) through playwright-core, for the UI tests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type Running, type StartOptions } from './server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const VIEWPORTS = {
  kiosk: { width: 1080, height: 1920 },
  display: { width: 1920, height: 1080 },
  console: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

export async function openPage(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Where tests leave screenshots for people to look at (ignored by git). */
export const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

/** Where the suite leaves each page at its real size for a center to see what it gets (kept in git, linked from the README). */
export const DOC_SCREENS = new URL('../../docs/screens/', import.meta.url).pathname;

/** Saves the page as docs/screens/<name>.png (animations stopped, so a blinking call is drawn steady). */
export async function docScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(DOC_SCREENS, { recursive: true });
  await page.screenshot({ path: join(DOC_SCREENS, `${name}.png`), animations: 'disabled' });
}

export interface ServerAndBrowser { server: Running; browser: Browser }

/**
 * One real server and one Chromium for a test file: filled in before its tests, closed after.
 * A test that restarts the server puts the new one in `server`, and that one is closed.
 */
export function serverAndBrowser(options: StartOptions = {}): ServerAndBrowser {
  const env = {} as ServerAndBrowser;
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([startServer(options), launchBrowser()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
