// The display survives a server restart: while the server is away it keeps the last state under a
// "reconnecting" mark, then reconnects by itself, redraws from the new snapshot and goes on
// showing and announcing calls, without a reload.
import { expect, it } from 'vitest';
import { officerAt, startServer } from '../support/server.ts';
import { announcedClips, callNext, issueMany, officerOf, openDisplay, rig, screenshot, waitForClips, waitForCounterNumber } from './center.ts';

const env = rig();

it('reconnects after the server restarts and shows the calls made after it, without a reload', async () => {
  const page = await openDisplay(env.browser, env.server.url);
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));
  await issueMany(env.server.url, 'TP', 2);
  const before = await callNext(env.server.url, await officerAt(env.server.url, officerOf(1), 1), 1);
  await waitForCounterNumber(page, 1, before.number);
  const beforeClips = await announcedClips(env.server.url, before.number, 1);
  await waitForClips(page, beforeClips.length);

  const port = Number(new URL(env.server.url).port);
  await env.server.stop();
  const mark = page.getByTestId('reconnecting');
  await mark.waitFor({ timeout: 10_000 });
  // Never blank or frozen: the last state stays on screen under the mark.
  await waitForCounterNumber(page, 1, before.number);
  expect(await mark.innerText()).toContain('Đang kết nối lại');
  await screenshot(page, 'reconnecting');

  env.server = await startServer({ dir: env.server.dir, port });
  const after = await callNext(env.server.url, await officerAt(env.server.url, officerOf(2), 2), 2);
  await waitForCounterNumber(page, 2, after.number, 20_000);
  await mark.waitFor({ state: 'hidden' });
  await waitForCounterNumber(page, 1, before.number);

  // Whether the new call reached the page as a push or in the snapshot of its reconnection, it
  // is announced once, after the call before the restart (which the restart does not repeat).
  const expected = [...beforeClips, ...await announcedClips(env.server.url, after.number, 2)];
  expect(await waitForClips(page, expected.length)).toEqual(expected);
  expect(navigations).toEqual([]);
  await page.context().close();
}, 120_000);
