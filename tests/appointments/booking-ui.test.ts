// The appointment from end to end in real Chromium, on a server whose clock the test moves: a
// citizen books on a phone-sized /book page, shows the booking's QR code at the kiosk ("Tôi có
// lịch hẹn", the scanner types what the code holds, then Enter), and the first call at the
// department after the slot's start (Space on the officer's console, which marks the appointment)
// is that ticket, with the appointment as its reason, while a normal ticket issued before it waits.
import { describe, expect, it } from 'vitest';
import { openPage, VIEWPORTS } from '../support/browser.ts';
import { issue, login, send } from '../support/server.ts';
import { catalog, onScreen, openKiosk, qrTextOn, serverAndBrowser, shot, shownTicket } from '../kiosk/support.ts';

let now = Date.parse('2026-12-01T08:40:00+07:00');
const env = serverAndBrowser({ clock: () => new Date(now) });

describe('booking an appointment and checking in', { timeout: 120_000 }, () => {
  it('books on a phone, checks in at the kiosk by QR code, and is called at the slot ahead of an older normal ticket', async () => {
    const justice = (await catalog(env.server.url)).departments.find((d) => d.code === 'TP')!;
    const record = justice.services.find((s) => s.code === 'LLTP')!;
    const walkIn = await issue(env.server.url, record.id);

    const context = await env.browser.newContext({ viewport: VIEWPORTS.phone, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    await phone.goto(`${env.server.url}/book`);
    await phone.getByRole('searchbox').fill('ly lich tu phap');
    await phone.locator('.hit', { hasText: 'Lý lịch tư pháp' }).first().click();
    await phone.locator('.slot[data-start="09:00"]').click();
    await phone.locator('input[name=phone]').fill('0912 345 678');
    await phone.locator('input[name=idNumber]').fill('082195012345');
    await phone.getByRole('button', { name: /Đặt lịch 09:00/ }).click();
    await phone.waitForURL(/\/book\/[A-Z2-9]{8}$/);
    const code = (await phone.getByTestId('booking-code').textContent())!;
    expect(phone.url()).toMatch(new RegExp(`/book/${code}$`));
    await phone.getByText('Đã đặt').waitFor();
    const qrText = await qrTextOn(phone);
    expect(qrText).toMatch(new RegExp(`/book/${code}$`));
    await shot(phone, 'booking-phone');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);

    const kiosk = await openKiosk(env.browser, env.server.url);
    await kiosk.getByRole('button', { name: /Tôi có lịch hẹn/ }).click();
    await onScreen(kiosk, 'appointment');
    await kiosk.keyboard.type(qrText, { delay: 5 });
    await kiosk.keyboard.press('Enter');
    const shown = await shownTicket(kiosk);
    await kiosk.getByTestId('appointment').filter({ hasText: '09:00' }).waitFor();
    await shot(kiosk, 'appointment-ticket');
    expect((await send(env.server.url, 'GET /api/appointments/:code', { params: { code } })).body.status).toBe('checked_in');

    // The officer's console marks it while it waits and once called; Space calls the next ticket.
    const desk = await openPage(env.browser, `${env.server.url}/counter`, VIEWPORTS.console);
    await desk.getByLabel('Tên đăng nhập').fill('officer01');
    await desk.getByLabel('Mật khẩu').fill('demo');
    await desk.getByRole('button', { name: 'Đăng nhập' }).click();
    await desk.getByRole('button', { name: 'Mở quầy 1' }).click();
    await desk.locator(`.waiting-list li[data-number="${shown.number}"] .appointment-badge`).filter({ hasText: 'hẹn 09:00' }).waitFor();

    now = Date.parse('2026-12-01T09:00:30+07:00');
    await desk.keyboard.press('Space');
    await desk.getByTestId('ticket-number').filter({ hasText: shown.number }).waitFor();
    await desk.getByTestId('appointment').filter({ hasText: '09:00' }).waitFor();
    await desk.getByText(/lịch hẹn 09:00/).waitFor();
    await shot(desk, 'appointment-console');
    const supervisor = await login(env.server.url, 'supervisor');
    const called = (await send(env.server.url, 'GET /api/tickets/:id', { params: { id: shown.id }, token: supervisor })).body.ticket;
    expect(called).toMatchObject({ status: 'called', counterNumber: 1, appointment: { date: '2026-12-01', start: '09:00' } });
    expect(called.callReason).toMatch(/^appointment 09:00/);
    expect(called.callReasonVi).toMatch(/^lịch hẹn 09:00/);
    const waiting = await send(env.server.url, 'GET /api/tickets/:id', { params: { id: walkIn.id }, token: supervisor });
    expect(waiting.body.ticket.status).toBe('waiting');
    await context.close();
  });

  it('tells a citizen who comes too early when to come back', async () => {
    now = Date.parse('2026-12-01T09:10:00+07:00');
    const justice = (await catalog(env.server.url)).departments.find((d) => d.code === 'TP')!;
    const { body } = await send(env.server.url, 'POST /api/appointments', {
      body: { serviceId: justice.services.find((s) => s.code === 'HT')!.id, date: '2026-12-01', start: '11:00', phone: '0987654321', idNumber: '082195099999' },
    });
    const kiosk = await openKiosk(env.browser, env.server.url);
    await kiosk.getByRole('button', { name: /Tôi có lịch hẹn/ }).click();
    await onScreen(kiosk, 'appointment');
    for (const letter of body.code.toLowerCase()) await kiosk.locator(`.key[data-key="${letter}"]`).click();
    await kiosk.getByRole('button', { name: 'Xác nhận lịch hẹn' }).click();
    await kiosk.locator('.appointment-refusal[data-code=too_early]').waitFor();
    expect(await kiosk.getByTestId('come-back').textContent()).toBe('10:30');
  });

  it('at the booking limit, lists the booking made on this phone to cancel it, then books the other time', async () => {
    now = Date.parse('2026-12-01T09:20:00+07:00');
    const context = await env.browser.newContext({ viewport: VIEWPORTS.phone, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    const book = async (start: string) => {
      await phone.goto(`${env.server.url}/book`);
      await phone.getByRole('searchbox').fill('ly lich tu phap');
      await phone.locator('.hit', { hasText: 'Lý lịch tư pháp' }).first().click();
      await phone.locator(`.slot[data-start="${start}"]`).click();
      await phone.locator('input[name=phone]').fill('0912 000 777');
      await phone.locator('input[name=idNumber]').fill('082195077777');
      await phone.getByRole('button', { name: new RegExp(`Đặt lịch ${start}`) }).click();
    };
    await book('10:00');
    await phone.waitForURL(/\/book\/[A-Z2-9]{8}$/);
    const code = (await phone.getByTestId('booking-code').textContent())!;

    // A second time for the same service that day is refused; the refusal lists the first booking.
    await book('10:30');
    await phone.locator('.error[data-code=booking_limit_reached]').waitFor();
    const kept = phone.getByRole('region', { name: 'Lịch hẹn đã đặt trên điện thoại này' });
    await kept.scrollIntoViewIfNeeded();
    await shot(phone, 'booking-limit');
    await kept.getByRole('link', { name: new RegExp(`10:00 T3 01/12.*${code}`) }).click();
    await phone.waitForURL(new RegExp(`/book/${code}$`));
    await phone.locator('input[name=cancelId]').fill('082195077777');
    await phone.getByRole('button', { name: 'Hủy lịch hẹn' }).click();
    await phone.locator('.booking-card[data-status=cancelled]').waitFor();

    // Cancelled, it is no longer listed, and the other time can be booked.
    await book('10:30');
    await phone.waitForURL(/\/book\/[A-Z2-9]{8}$/);
    expect(await phone.getByTestId('booking-code').textContent()).not.toBe(code);
    await phone.goto(`${env.server.url}/book`);
    await phone.getByRole('link', { name: /10:30 T3 01\/12/ }).waitFor();
    expect(await phone.getByRole('link', { name: /10:00 T3 01\/12/ }).count()).toBe(0);
    await shot(phone, 'booking-kept');
    await context.close();
  });
});
