// The wall display in real Chromium against the real server: calls appear at their counter, a zone
// screen keeps to its department, and the clips played are the call's announcement, in order.
import { describe, expect, it } from 'vitest';
import type { Ticket } from '@motcua/protocol';
import { VIEWPORTS } from '../support/browser.ts';
import { officerAt, send } from '../support/server.ts';
import {
  AUTOPLAY_BLOCKED, FAST_AUDIO, announcedClips, audioLog, callNext, issueMany, officerOf, openDisplay, rig, screenshot, waitForClips, waitForCounterNumber,
} from './center.ts';

/** Whole announcements take a while when the machine is busy: tests that hear them get longer. */
const AUDIO_TEST_MS = 90_000;

const env = rig();

/** Issues one ticket of a department and calls it at a counter; answers the ticket. */
async function callAt(code: string, counter: number): Promise<Ticket> {
  const [ticket] = await issueMany(env.server.url, code, 1);
  const called = await callNext(env.server.url, await officerAt(env.server.url, officerOf(counter), counter), counter);
  expect(called.number).toBe(ticket!.number);
  return called;
}

const clipsFor = (ticket: Ticket, counter: number) => announcedClips(env.server.url, ticket.number, counter);

describe('wall display', () => {
  it('shows a call at its counter and as the latest call within 1 s', async () => {
    const page = await openDisplay(env.browser, env.server.url);
    const ticket = await callAt('TP', 1);
    await waitForCounterNumber(page, 1, ticket.number, 1_000);
    await page.locator('[data-testid="now-calling"] .now-number', { hasText: ticket.number }).waitFor({ timeout: 1_000 });
    expect(await page.locator('[data-counter="1"]').getAttribute('class')).toContain('counter-latest');
    await page.context().close();
  });

  it('plays chime, "mời công dân có số", the number, "đến quầy số", the counter, then English; a recall again, after it', async () => {
    const page = await openDisplay(env.browser, env.server.url);
    const ticket = await callAt('LDTBXH', 10);
    // Pushed while the first announcement plays: it must wait its turn, not cut in or be lost.
    const officer = await officerAt(env.server.url, officerOf(10), 10);
    expect((await send(env.server.url, 'POST /api/counters/:id/recall', { params: { id: 10 }, token: officer })).status).toBe(200);

    const clips = await clipsFor(ticket, 10);
    // The southern reading of the demo center, checked word by word once.
    expect(ticket.number).toBe('4001');
    expect(clips).toEqual([
      'chime.ogg', 'vi/moi-cong-dan-co-so.ogg',
      'vi/bon.ogg', 'vi/ngan.ogg', 'vi/khong.ogg', 'vi/tram.ogg', 'vi/le.ogg', 'vi/mot.ogg',
      'vi/den-quay-so.ogg', 'vi/muoi-huyen.ogg',
      'en/ticket-number.ogg', 'en/4.ogg', 'en/0.ogg', 'en/0.ogg', 'en/1.ogg', 'en/please-go-to-counter.ogg', 'en/10.ogg',
    ]);
    expect(await waitForClips(page, 2 * clips.length)).toEqual([...clips, ...clips]);
    await page.context().close();
  }, AUDIO_TEST_MS);

  it('shows and announces only its department on a zone screen (?zone=YT)', async () => {
    const page = await openDisplay(env.browser, env.server.url, 'key=demo-display&zone=YT');
    expect(await page.locator('[data-counter]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-counter')))).toEqual(['4', '5', '6']);
    expect(await page.locator('[data-department]').evaluateAll((d) => d.map((e) => e.getAttribute('data-department')))).toEqual(['YT']);

    const justice = await callAt('TP', 3);
    const health = await callAt('YT', 4);
    await waitForCounterNumber(page, 4, health.number);
    // The Justice call was pushed before the Health one, so it is already handled (and left out).
    expect(await page.locator('body').innerText()).not.toContain(justice.number);
    // Its first clips are the Health call's (a Justice number would start "vi/mot", not "vi/hai").
    const healthClips = (await clipsFor(health, 4)).slice(0, 3);
    expect(healthClips[2]).toBe('vi/hai.ogg');
    expect((await waitForClips(page, 3)).slice(0, 3)).toEqual(healthClips);
    await page.context().close();
  });

  it('asks for one tap when the browser blocks sound, then plays the call it held', async () => {
    const page = await openDisplay(env.browser, env.server.url, 'key=demo-display', [FAST_AUDIO, AUTOPLAY_BLOCKED]);
    const ticket = await callAt('YT', 5);
    const overlay = page.getByTestId('enable-sound');
    await overlay.waitFor();
    expect(await overlay.innerText()).toContain('Bật âm thanh');
    expect(await audioLog(page)).toEqual([]);
    await screenshot(page, 'sound-blocked');
    await overlay.click();
    await overlay.waitFor({ state: 'hidden' });
    const clips = await clipsFor(ticket, 5);
    expect(await waitForClips(page, clips.length)).toEqual(clips);
    await page.context().close();
  }, AUDIO_TEST_MS);

  it('explains what to do without a device key, with a refused key, or with an unknown zone', async () => {
    const page = await env.browser.newPage({ viewport: VIEWPORTS.display });
    await page.goto(`${env.server.url}/display`);
    expect(await page.locator('.message').innerText()).toContain('/display?key=demo-display');
    await page.goto(`${env.server.url}/display?key=demo-display&zone=XYZ`);
    expect(await page.locator('.message-codes').innerText()).toBe('TP · YT · TNMT · LDTBXH');
    await page.goto(`${env.server.url}/display?key=not-a-key`);
    await page.getByText('Mã màn hình không được chấp nhận').waitFor();
    await page.context().close();
  });
});
