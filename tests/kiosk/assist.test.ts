// The kiosk for everyone, in Chromium: a ticket by keyboard alone (arrows and Enter, the focus
// always visible), large high-contrast text until the kiosk returns to the start, "I need more
// time" on the countdown, "Gọi nhân viên / Call staff" reaching the supervisor's dashboard (page
// and socket), and a department screen that follows a catalog change while it shows.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, VIEWPORTS } from '../support/browser.ts';
import { describeFaults, seriousFaults } from '../support/axe.ts';
import { connect, login, next, refusal, send, startServer } from '../support/server.ts';
import { catalog, onScreen, openKiosk, serverTicket, shot, shownTicket, tapText } from './support.ts';
import { serverAndBrowser } from './support.ts';
import { FAST_AUDIO } from '../display/center.ts';

const env = serverAndBrowser();

/** What has the focus: its class and text, and whether a ring of at least 4 px is drawn around it. */
async function focused(page: Page): Promise<{ className: string; text: string; ring: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return { className: element.className, text: element.textContent ?? '', ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 4 };
  });
}

describe('kiosk assistance', { timeout: 90_000 }, () => {
  it('gives a ticket to someone using only the keys', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ className: 'department-tile', ring: true });
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).text).toContain('Sở Y tế');
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).text).toContain('Sở Tư pháp');
    // A numeric keypad with Num Lock on: 2 forward, 8 back.
    await page.keyboard.press('Numpad2');
    expect((await focused(page)).text).toContain('Sở Y tế');
    await page.keyboard.press('Numpad8');
    expect((await focused(page)).text).toContain('Sở Tư pháp');
    await shot(page, 'keys-home');
    await page.keyboard.press('Enter');
    await onScreen(page, 'department');
    expect(await focused(page)).toMatchObject({ className: 'service-tile', ring: true });
    await page.keyboard.press('Tab');
    const second = (await focused(page)).text;
    await page.keyboard.press('Enter');
    await onScreen(page, 'priority');
    await page.getByRole('heading', { name: second }).waitFor();
    expect(await focused(page)).toMatchObject({ className: 'priority-none', ring: true });
    await page.keyboard.press('Enter');
    const ticket = await shownTicket(page);
    expect((await serverTicket(env.server.url, ticket.id)).priority).toBeNull();
    expect((await focused(page)).className).toBe('done');
    await page.keyboard.press('Enter');
    await onScreen(page, 'home');
    await page.close();
  });

  it('shows large, high-contrast text from one tap until it returns to the start', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    const rem = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await rem();
    await page.getByRole('button', { name: 'Chữ lớn, rõ nét' }).click();
    expect(await rem()).toBeGreaterThanOrEqual(normal * 1.2);
    expect(await page.locator('.kiosk').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 0, 0)');
    await shot(page, 'large-home');
    let faults = await seriousFaults(page);
    expect(faults.length, describeFaults('kiosk home, large text', faults)).toBe(0);
    await page.locator('.department-tile[data-code=TP]').click();
    await onScreen(page, 'department');
    await shot(page, 'large-department');
    await tapText(page, 'Chứng thực');
    await tapText(page, 'Không Lấy số thường');
    await shownTicket(page);
    expect(await page.getByRole('button', { name: 'Chữ lớn, rõ nét' }).getAttribute('aria-pressed')).toBe('true');
    await shot(page, 'large-ticket');
    faults = await seriousFaults(page);
    expect(faults.length, describeFaults('kiosk ticket, large text', faults)).toBe(0);
    await tapText(page, 'Xong');
    await onScreen(page, 'home');
    expect(await rem()).toBe(normal);
    expect(await page.getByRole('button', { name: 'Chữ lớn, rõ nét' }).getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('reads the number aloud from the displays\' clips, in Vietnamese then English, and again on request', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await page.evaluate(FAST_AUDIO);
    await tapText(page, 'English');
    await page.locator('.department-tile[data-code=TNMT]').click();
    await onScreen(page, 'department');
    await page.locator('.service-tile').first().click();
    await tapText(page, 'No Regular number');
    const ticket = await shownTicket(page);
    const reading = (await send(env.server.url, 'GET /api/announcements/ticket', { query: { number: ticket.number } })).body;
    const clips = [...reading.vi.clips, ...reading.en!.clips];
    const spoken = () => page.evaluate(() => window.__motcuaKioskSpoken ?? []);
    await expect.poll(spoken, { timeout: 20_000 }).toEqual(clips);
    await page.getByRole('button', { name: 'Hear the number again' }).click();
    await expect.poll(spoken, { timeout: 20_000 }).toEqual([...clips, ...clips]);
    await page.close();
  });

  it('gives more time when the countdown shows', async () => {
    const page = await openKiosk(env.browser, env.server.url, 'idle=6');
    await page.locator('.department-tile[data-code=YT]').click();
    await onScreen(page, 'department');
    await page.getByRole('timer').filter({ hasText: /sau [1-3] giây/ }).waitFor();
    await page.getByRole('button', { name: 'Tôi cần thêm thời gian' }).click();
    await page.getByRole('timer').filter({ hasText: /sau [56] giây/ }).waitFor({ timeout: 2000 });
    await onScreen(page, 'department');
    await onScreen(page, 'home', 15_000);
    await page.close();
  });

  it('calls staff: the alert with the kiosk\'s name reaches the dashboard, which dismisses it', async () => {
    const supervisor = await login(env.server.url, 'supervisor');
    const socket = connect(env.server.url, supervisor);
    const dashboard = await openPage(env.browser, `${env.server.url}/counter/supervisor`, VIEWPORTS.console);
    await dashboard.fill('input[name=username]', 'supervisor');
    await dashboard.fill('input[name=password]', 'demo');
    await dashboard.click('button[type=submit]');
    await dashboard.locator('.dashboard').waitFor();
    try {
      const page = await openKiosk(env.browser, env.server.url);
      const heard = next(socket, 'help:requested');
      await page.getByRole('button', { name: 'Gọi nhân viên / Call staff' }).click();
      await page.getByRole('button', { name: 'Đã báo: nhân viên đang đến' }).waitFor();
      const request = await heard;
      expect(request.device).toBe('Kiosk sảnh chính');
      const alert = dashboard.locator(`.help-calls li[data-help="${request.id}"]`);
      await alert.filter({ hasText: 'Kiosk sảnh chính' }).waitFor();
      await dashboard.screenshot({ path: `${process.cwd()}/tests/artifacts/supervisor-help-call.png` });
      // Pressing again while it is open raises no second alert.
      expect((await send(env.server.url, 'POST /api/kiosk/help', { token: 'demo-kiosk', query: {} })).body.id).toBe(request.id);
      const dismissed = next(socket, 'help:dismissed');
      await alert.getByRole('button', { name: 'Đã có người đến' }).click();
      expect((await dismissed).id).toBe(request.id);
      await alert.waitFor({ state: 'detached' });
      const again = await refusal(env.server.url, 'POST /api/dashboard/help/:id/dismiss', { params: { id: request.id }, token: supervisor });
      expect([again.status, again.body.error.code]).toEqual([404, 'help_request_not_found']);
      expect((await refusal(env.server.url, 'POST /api/kiosk/help', { token: supervisor, query: {} })).status).toBe(403);
      await page.close();
    } finally {
      socket.close();
      await dashboard.close();
    }
  });

  it('keeps its call for staff true across a server restart (it asks again), until a supervisor dismisses it', async () => {
    const first = await startServer();
    const port = Number(new URL(first.url).port);
    const page = await openKiosk(env.browser, first.url);
    await page.getByRole('button', { name: 'Gọi nhân viên / Call staff' }).click();
    await page.getByRole('button', { name: 'Đã báo: nhân viên đang đến' }).waitFor();
    await first.stop();
    await page.locator('.band.reconnecting').waitFor();

    const restarted = await startServer({ dir: first.dir, port });
    try {
      const supervisor = await login(restarted.url, 'supervisor');
      const open = async () => (await send(restarted.url, 'GET /api/dashboard', { token: supervisor })).body.helpRequests;
      await expect.poll(async () => (await open()).map((r) => r.device), { timeout: 10_000 }).toEqual(['Kiosk sảnh chính']);
      await page.getByRole('button', { name: 'Đã báo: nhân viên đang đến' }).waitFor();
      await shot(page, 'help-after-restart');

      await send(restarted.url, 'POST /api/dashboard/help/:id/dismiss', { params: { id: (await open())[0]!.id }, token: supervisor });
      await page.getByRole('button', { name: 'Gọi nhân viên / Call staff' }).waitFor();
      expect(await open()).toEqual([]);

      // Dismissed while the kiosk was offline (it missed help:dismissed): back online, it learns so
      // and raises no second alert.
      await page.getByRole('button', { name: 'Gọi nhân viên / Call staff' }).click();
      await page.getByRole('button', { name: 'Đã báo: nhân viên đang đến' }).waitFor();
      await page.context().setOffline(true);
      await page.locator('.band.reconnecting').waitFor();
      await send(restarted.url, 'POST /api/dashboard/help/:id/dismiss', { params: { id: (await open())[0]!.id }, token: supervisor });
      await page.context().setOffline(false);
      await page.locator('.band.reconnecting').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Gọi nhân viên / Call staff' }).waitFor();
      expect(await open()).toEqual([]);
    } finally {
      await page.close();
      await restarted.close();
    }
  });

  it('still says staff are coming once it goes back to the start (the call is the kiosk\'s, not one visit\'s)', async () => {
    const page = await openKiosk(env.browser, env.server.url, 'idle=3');
    await page.locator('.department-tile[data-code=YT]').click();
    await onScreen(page, 'department');
    await page.getByRole('button', { name: 'Gọi nhân viên / Call staff' }).click();
    await page.getByRole('button', { name: 'Đã báo: nhân viên đang đến' }).waitFor();
    await onScreen(page, 'home', 15_000);
    await page.getByRole('button', { name: 'Đã báo: nhân viên đang đến' }).waitFor({ timeout: 1000 });
    // the staff came: dismissed, the kiosk offers the call again
    const supervisor = await login(env.server.url, 'supervisor');
    const [open] = (await send(env.server.url, 'GET /api/dashboard', { token: supervisor })).body.helpRequests;
    await send(env.server.url, 'POST /api/dashboard/help/:id/dismiss', { params: { id: open!.id }, token: supervisor });
    await page.getByRole('button', { name: 'Gọi nhân viên / Call staff' }).waitFor();
    await page.close();
  });

  it('follows a catalog change on the department screen while it shows', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await page.locator('.department-tile[data-code=LDTBXH]').click();
    await onScreen(page, 'department');
    const jobs = (await catalog(env.server.url)).departments.find((d) => d.code === 'LDTBXH')!.services.find((s) => s.code === 'VL')!;
    await page.locator('.service-tile', { hasText: jobs.name.vi }).waitFor();
    const admin = await login(env.server.url, 'admin', 'admin');
    await send(env.server.url, 'PUT /api/admin/services/:id', { params: { id: jobs.id }, token: admin, body: { name: jobs.name, targetWaitMinutes: 15, dailyCap: null, enabled: false } });
    await page.locator('.service-tile', { hasText: jobs.name.vi }).waitFor({ state: 'detached' });
    await onScreen(page, 'department');
    await page.close();
  });
});
