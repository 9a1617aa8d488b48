// The kiosk in real Chromium against the real server: a citizen taps through to a ticket in
// Vietnamese and in English, searches with the on-screen keyboard (and a physical one), declares a priority group, and
// walks away (idle reset). Screenshots of each screen go to tests/artifacts/kiosk/.
import type { CenterSettings } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { openPage, VIEWPORTS } from '../support/browser.ts';
import { issue, login, officerAt, send } from '../support/server.ts';
import { catalog, chooseService, serverAndBrowser, onScreen, openKiosk, serverTicket, shot, shownTicket, tapText, tapToTicketMs } from './support.ts';

const env = serverAndBrowser();

// Browser tests on a shared 2-core machine: generous time, never timed assertions.
describe('kiosk', { timeout: 60_000 }, () => {
  it('issues a Justice ticket in Vietnamese and shows the number, counters and a QR code of its tracking page', async () => {
    // Some people already wait in two departments, as in a real morning.
    const departments = (await catalog(env.server.url)).departments;
    for (const [code, count] of [['TNMT', 3], ['LDTBXH', 1]] as const) {
      for (let i = 0; i < count; i++) await issue(env.server.url, departments.find((d) => d.code === code)!.services[0]!.id);
    }
    const page = await openKiosk(env.browser, env.server.url);
    await page.getByText('Mời chọn cơ quan').waitFor();
    await page.locator('.department-tile[data-code=TNMT]', { hasText: '3 người đang chờ' }).waitFor();
    await shot(page, 'home');

    await page.locator('.department-tile[data-code=TP]').click();
    await onScreen(page, 'department');
    await page.getByRole('button', { name: 'Chứng thực', exact: true }).waitFor();
    await shot(page, 'department');
    await tapText(page, 'Lý lịch tư pháp');
    await onScreen(page, 'priority');
    await page.getByText('Bạn có thuộc nhóm ưu tiên không?').waitFor();
    await shot(page, 'priority');
    await tapText(page, 'Không Lấy số thường');

    const shown = await shownTicket(page);
    // The demo's file printer answers print:status: the citizen is told to take the ticket.
    await page.locator('.band.printed', { hasText: 'Vui lòng nhận phiếu' }).waitFor();
    await shot(page, 'ticket');
    const ticket = await serverTicket(env.server.url, shown.id);
    const llpt = (await catalog(env.server.url)).departments.find((d) => d.code === 'TP')!.services.find((s) => s.code === 'LLTP')!;
    expect(shown.number).toBe(ticket.number);
    expect(ticket).toMatchObject({ serviceId: llpt.id, departmentCode: 'TP', priority: null, status: 'waiting' });
    expect(shown.qrText).toBe(`${env.server.url}/t/${ticket.trackCode}`);
    const tracked = await send(env.server.url, 'GET /api/tickets/track/:trackCode', { params: { trackCode: ticket.trackCode } });
    expect(tracked.body.number).toBe(shown.number);
    await page.locator('.ticket-screen .service', { hasText: 'Lý lịch tư pháp' }).waitFor();
    await page.locator('.facts dd', { hasText: llpt.counterNumbers!.join(', ') }).waitFor();
    console.log(`tap-to-ticket (vi): ${(await tapToTicketMs(page))?.toFixed(0)} ms`);

    await tapText(page, 'Xong');
    await onScreen(page, 'home');
    await page.close();
  });

  it('issues a ticket in English after the language switch, and goes back to Vietnamese afterwards', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await tapText(page, 'English');
    await page.getByText('Please choose a department').waitFor();
    await page.locator('.department-tile[data-code=TP]', { hasText: 'Department of Justice' }).click();
    await tapText(page, 'Certification');
    await page.getByText('Are you in a priority group?').waitFor();
    await shot(page, 'priority-en');
    await tapText(page, 'No Regular number');

    const shown = await shownTicket(page);
    await page.locator('.band.printed', { hasText: 'Please take your ticket' }).waitFor();
    await page.getByText('Your number', { exact: true }).waitFor();
    await shot(page, 'ticket-en');
    const ticket = await serverTicket(env.server.url, shown.id);
    expect(shown.number).toBe(ticket.number);
    expect(ticket.departmentCode).toBe('TP');
    expect(shown.qrText).toBe(`${env.server.url}/t/${ticket.trackCode}?lang=en`);
    console.log(`tap-to-ticket (en): ${(await tapToTicketMs(page))?.toFixed(0)} ms`);

    await tapText(page, 'Done');
    await page.getByText('Mời chọn cơ quan').waitFor();
    await page.close();
  });

  it('finds "Lý lịch tư pháp" from "ly lich" typed on the on-screen keyboard, and tones go on the right vowel', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await page.locator('.search-button').click();
    await onScreen(page, 'search');
    for (const key of ['l', 'y', 'Dấu cách', 'l', 'i', 'c', 'h']) await tapText(page, key);
    await page.locator('.search-field', { hasText: 'ly lich' }).waitFor();
    const result = page.locator('.results .service-tile');
    await result.filter({ hasText: 'Lý lịch tư pháp' }).waitFor();
    expect(await result.count()).toBe(1);
    await shot(page, 'search');

    // Accents typed with the tone keys: "hộ" = h, ô, then the key that shows "ộ".
    await tapText(page, 'Xóa hết');
    for (const key of ['h', 'ô', 'ộ']) await tapText(page, key);
    await page.locator('.search-field', { hasText: 'hộ' }).waitFor();
    await result.filter({ hasText: 'Hộ tịch' }).waitFor();

    // Nothing found: back to the list of departments (cơ quan), not of fields (lĩnh vực).
    await tapText(page, 'Xóa hết');
    for (const key of ['q', 'x', 'q', 'x']) await tapText(page, key);
    await page.getByText('Không tìm thấy. Hãy thử từ khác, hoặc quay lại chọn cơ quan.').waitFor();

    await tapText(page, 'Xóa hết');
    for (const key of ['l', 'y', 'Dấu cách', 'l', 'i', 'c', 'h']) await tapText(page, key);
    await result.filter({ hasText: 'Lý lịch tư pháp' }).click();
    await onScreen(page, 'priority');
    await page.getByRole('heading', { name: 'Lý lịch tư pháp' }).waitFor();
    await page.close();
  });

  it('takes the search from a physical keyboard too: letters, digits, space and Backspace, beside the on-screen keys', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await page.locator('.search-button').click();
    await onScreen(page, 'search');
    const results = page.locator('.results');
    await page.keyboard.type(' Ly  Lich');
    await results.and(page.locator('[data-query="ly lich"]')).waitFor();
    await results.locator('.service-tile', { hasText: 'Lý lịch tư pháp' }).waitFor();
    await shot(page, 'search-physical-keyboard');

    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+a'); // a shortcut types nothing
    await results.and(page.locator('[data-query="ly "]')).waitFor();
    await tapText(page, 'Xóa hết');
    await page.keyboard.type('2.000');
    await tapText(page, '4');
    await page.keyboard.type('07');
    await results.and(page.locator('[data-query="2.000407"]')).waitFor();
    await results.locator('.procedure-tile[data-procedure="2.000407"]').waitFor();
    await page.close();
  });

  it('records the priority group the citizen declares on the ticket', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await chooseService(page, 'TP', 'Hộ tịch');
    await tapText(page, 'Người khuyết tật');
    const shown = await shownTicket(page);
    await page.getByText('Ưu tiên: Người khuyết tật').waitFor();
    const ticket = await serverTicket(env.server.url, shown.id);
    expect(ticket.priority).toBe('disabled');
    expect(shown.number).toBe(ticket.number);
    await page.close();
  });

  it('shows live waiting counts on the home tiles', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    const health = page.locator('.department-tile[data-code=YT] [data-testid=waiting]');
    const before = await health.textContent();
    const healthService = (await catalog(env.server.url)).departments.find((d) => d.code === 'YT')!.services[0]!;
    await issue(env.server.url, healthService.id);
    await issue(env.server.url, healthService.id);
    await page.locator('.department-tile[data-code=YT]', { hasText: '2 người đang chờ' }).waitFor();
    expect(before).toBe('Không có người chờ');
    await page.close();
  });

  it('shows about how long a ticket taken now would wait, once a counter serves the department', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    const eta = page.locator('.department-tile[data-code=YT] [data-testid=eta]');
    expect(await eta.count()).toBe(0); // no counter of Health open yet: no promise
    await officerAt(env.server.url, 'officer04', 4);
    await eta.waitFor({ timeout: 20_000 });
    const yt = (await send(env.server.url, 'GET /api/waits')).body.departments.find((d) => d.code === 'YT')!;
    const span = yt.low === yt.high ? `${yt.high}` : `${yt.low}–${yt.high}`;
    expect(await eta.textContent()).toBe(`Chờ khoảng ${span} phút`);
    await page.close();
  });

  it('goes back home, in Vietnamese, after the idle time with a visible countdown', async () => {
    const page = await openKiosk(env.browser, env.server.url, 'idle=3');
    await tapText(page, 'English');
    await page.locator('.department-tile[data-code=TNMT]').click();
    await onScreen(page, 'department');
    await page.getByRole('timer').filter({ hasText: /Back to the start in [1-3] s/ }).waitFor();
    await onScreen(page, 'home');
    await page.getByText('Mời chọn cơ quan').waitFor();
    await page.close();
  });

  it('shows the home footer again after "Xong" on a ticket whose countdown had started', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    const notice = page.locator('footer .notice', { hasText: 'Giờ làm việc' });
    await notice.waitFor();
    // "Xong" at a few moments within the second after the countdown showed 28: a tick of the
    // ticket's countdown still pending at the tap once froze its number on the home footer.
    for (const moment of [150, 350, 550, 750, 950]) {
      await chooseService(page, 'YT', 'Dược phẩm');
      await tapText(page, 'Không Lấy số thường');
      await shownTicket(page);
      await page.getByRole('timer').filter({ hasText: 'sau 28 giây' }).waitFor({ timeout: 20_000 });
      await page.waitForTimeout(moment);
      await tapText(page, 'Xong');
      await onScreen(page, 'home');
      await page.waitForTimeout(1200);
      expect(await page.getByRole('timer').count(), `"Xong" ${moment} ms after 28 s`).toBe(0);
      expect(await notice.count()).toBe(1);
    }
    await page.close();
  });

  it('says what to do when the server refuses a ticket, and offers no retry for a daily cap', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await page.route('**/api/tickets', (route) => route.fulfill({
      status: 409, contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'daily_cap_reached', message: 'All of today’s tickets have been issued.' } }),
    }));
    await chooseService(page, 'TP', 'Quốc tịch');
    await tapText(page, 'Không Lấy số thường');
    await onScreen(page, 'problem');
    await page.getByText('Hôm nay đã hết số cho dịch vụ này').waitFor();
    await shot(page, 'refused');
    expect(await page.getByRole('button', { name: 'Thử lại' }).count()).toBe(0);
    await tapText(page, 'Về trang đầu');
    await onScreen(page, 'home');
    await page.close();
  });

  it('follows center settings live: closed outside business hours, no priority step when switched off', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    const admin = await login(env.server.url, 'admin', 'admin');
    const { center } = (await send(env.server.url, 'GET /api/admin', { token: admin })).body;
    const setCenter = async (settings: CenterSettings) => {
      const { status } = await send(env.server.url, 'PUT /api/admin/center', { token: admin, body: settings });
      expect(status).toBe(200);
    };
    const weekday = new Intl.DateTimeFormat('en-US', { timeZone: center.timeZone, weekday: 'short' }).format(new Date());
    const today = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday) + 1;
    try {
      await setCenter({ ...center, businessHours: { days: [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== today), opens: '07:00', closes: '17:00' } });
      await page.getByText('Đã hết giờ lấy số').waitFor();
      await page.getByText(/Mời quay lại lúc .*07:00/).waitFor();
      expect(await page.locator('.department-tile').count()).toBe(0);
      await shot(page, 'closed');

      await setCenter({ ...center, kioskPriorityStep: false });
      await page.locator('.department-tile[data-code=TNMT]').click();
      await tapText(page, 'Đất đai');
      const shown = await shownTicket(page);
      expect((await serverTicket(env.server.url, shown.id)).number).toBe(shown.number);
    } finally {
      await setCenter(center);
      await page.close();
    }
  });

  it('asks for set-up when the kiosk has no device key, or a wrong one', async () => {
    const bare = await openPage(env.browser, `${env.server.url}/kiosk`, VIEWPORTS.kiosk);
    await bare.getByText('Máy lấy số chưa được cài đặt').waitFor();
    await bare.getByText('This kiosk is not set up').waitFor();
    await bare.close();
    const wrong = await openPage(env.browser, `${env.server.url}/kiosk?key=not-a-key`, VIEWPORTS.kiosk);
    await wrong.getByText('Mã thiết bị không hợp lệ').waitFor();
    await wrong.close();
  });
});
