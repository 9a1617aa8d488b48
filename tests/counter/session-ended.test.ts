// The officer console when the server ends the session (an administrator signs the user out, or the
// token stopped working while the page was closed): the sign-in form says the session ended, in
// Vietnamese or English, with the username filled in and the cursor in the password field.
import { describe, expect, it } from 'vitest';
import { VIEWPORTS, openPage, serverAndBrowser } from '../support/browser.ts';
import { login, officerAt, send } from '../support/server.ts';

const env = serverAndBrowser();
const ENDED_VI = 'Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.';
const ENDED_EN = 'Your session has ended. Please sign in again.';

describe('officer console, session ended', { timeout: 90_000 }, () => {
  it('says so on the sign-in form, with the username filled in, when an administrator signs the officer out', async () => {
    const { server, browser } = env;
    const officer = await officerAt(server.url, 'officer01', 1);
    const page = await openPage(browser, `${server.url}/counter`, VIEWPORTS.console);
    page.setDefaultTimeout(15_000);
    // A fresh sign-in form says nothing of an ended session.
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect(await page.getByTestId('session-ended').count()).toBe(0);
    await page.getByLabel('Tên đăng nhập').fill('officer01');
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Sẵn sàng gọi số tiếp theo').waitFor();

    const { body: me } = await send(server.url, 'GET /api/me', { token: officer });
    await send(server.url, 'POST /api/admin/users/:id/sign-out', { params: { id: me.user.id }, token: await login(server.url, 'admin', 'admin') });
    await page.getByRole('alert').filter({ hasText: ENDED_VI }).waitFor();
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('officer01');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('alert').filter({ hasText: ENDED_EN }).waitFor();

    // Signing in again needs only the password; the notice goes with the new session.
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Ready to call the next ticket').waitFor();
    expect(await page.getByTestId('session-ended').count()).toBe(0);
    await page.context().close();
  });

  it('says so when the page opens on a session that no longer works', async () => {
    const { server, browser } = env;
    const answer = await send(server.url, 'POST /api/auth/login', { body: { username: 'officer02', password: 'demo' } });
    await send(server.url, 'POST /api/auth/logout', { token: answer.body.token });
    const context = await browser.newContext({ viewport: VIEWPORTS.console, locale: 'vi-VN' });
    await context.addInitScript((stored) => window.localStorage.setItem('motcua.counter.session', stored), JSON.stringify(answer.body));
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/counter`);
    await page.getByRole('alert').filter({ hasText: ENDED_VI }).waitFor();
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('officer02');
    await context.close();
  });
});
