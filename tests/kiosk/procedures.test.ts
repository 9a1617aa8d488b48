// Procedures and results return at the kiosk, in real Chromium against the real server: a ticket
// for a procedure found by typing without diacritics on the on-screen keyboard (digits too), a
// return ticket from a receipt's QR code typed by a keyboard-wedge scanner (the text, then Enter),
// and a dossier not ready refused with its due date in Vietnamese and English; every refusal has
// the way home. Screenshots go to tests/artifacts/kiosk/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { refusal } from '../support/server.ts';
import { onScreen, openKiosk, serverAndBrowser, shot, shownTicket, tapText } from './support.ts';

const env = serverAndBrowser();
/** What the server stored of a ticket: its procedure, kind and dossier. */
const stored = (id: number) => env.server.store.db.prepare('SELECT procedure_code, kind, dossier_code FROM tickets WHERE id = ?').get(id);

/** Types on the kiosk's on-screen keyboard, one key at a time (space: the wide key). */
async function typeOnScreen(page: Page, text: string): Promise<void> {
  for (const ch of text) await page.locator(`.keyboard [data-key="${ch === ' ' ? 'space' : ch}"]`).click();
}

describe('procedures and results at the kiosk', { timeout: 60_000 }, () => {
  it('takes the ticket of a procedure found by typing without diacritics', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await shot(page, 'home-collect');
    await page.locator('.search-button').click();
    await onScreen(page, 'search');
    await page.locator('.results[data-ready]').waitFor();
    await typeOnScreen(page, 'ly lich tu phap');
    const tile = page.locator('.procedure-tile', { hasText: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam' });
    await tile.waitFor();
    await page.locator('.result-group[data-code=TP] h2', { hasText: 'Sở Tư pháp' }).waitFor();
    await shot(page, 'search-procedures');
    const code = (await tile.getAttribute('data-procedure'))!;
    await tile.click();
    await onScreen(page, 'priority');
    await tapText(page, 'Không Lấy số thường');
    const shown = await shownTicket(page);
    await page.locator('.ticket-screen .procedure', { hasText: 'Cấp Phiếu lý lịch tư pháp' }).waitFor();
    await shot(page, 'ticket-procedure');
    expect(stored(shown.id)).toMatchObject({ procedure_code: code, kind: 'submit' });

    // A code typed with the digit row finds its procedure first.
    await tapText(page, 'Xong');
    await page.locator('.search-button').click();
    await typeOnScreen(page, code);
    await expect.poll(() => page.locator('.results .procedure-tile').first().getAttribute('data-procedure')).toBe(code);
    await page.close();
  });

  it('gives a return ticket for a receipt scanned by a keyboard-wedge scanner', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    await page.locator('.collect-button').click();
    await onScreen(page, 'collect');
    await shot(page, 'collect');
    // The scanner types the QR text (dossier code, procedure code, citizen ID, appointment date) and Enter.
    await page.keyboard.type('000.00.13.H59-260105-0001|1.001807|079123456789|05/01/2026', { delay: 3 });
    await page.keyboard.press('Enter');
    const shown = await shownTicket(page);
    expect(await page.getByTestId('dossier-code').textContent()).toBe('000.00.13.H59-260105-0001');
    expect(await page.locator('.ticket-screen').textContent()).not.toContain('079123456789');
    await shot(page, 'ticket-return');
    expect(stored(shown.id)).toMatchObject({ dossier_code: '000.00.13.H59-260105-0001', kind: 'return', procedure_code: '1.001807' });
    await page.close();
  });

  it('refuses a dossier not ready, with the due date in Vietnamese and English', async () => {
    const code = '000.00.12.H59-260105-0002';
    const { body } = await refusal(env.server.url, 'POST /api/tickets/return', { body: { dossierCode: code }, token: 'demo-kiosk' });
    const [y, m, d] = body.error.dueDate!.split('-');
    const page = await openKiosk(env.browser, env.server.url);
    await page.locator('.collect-button').click();
    await onScreen(page, 'collect');
    await typeOnScreen(page, code.toLowerCase());
    await page.locator('.code-field', { hasText: code.toLowerCase() }).waitFor();
    await page.getByRole('button', { name: 'Kiểm tra hồ sơ' }).click();
    await onScreen(page, 'refused');
    await page.locator('.collect-refusal[data-code=result_not_ready]').waitFor();
    expect(await page.getByTestId('due-vi').textContent()).toContain(`${d}/${m}/${y}`);
    const monthEn = new Date(`${body.error.dueDate}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', month: 'long' });
    expect(await page.getByTestId('due-en').textContent()).toContain(`${Number(d)} ${monthEn} ${y}`);
    await shot(page, 'collect-not-ready');
    await tapText(page, 'Về màn hình chính');
    await onScreen(page, 'home');
    await page.close();
  });

  it('offers the way home on every refusal, and tells a citizen with a wrong code what is on the screen', async () => {
    const page = await openKiosk(env.browser, env.server.url);
    const refused = async (code: string, typed: string) => {
      await page.locator('.collect-button').click();
      await onScreen(page, 'collect');
      await typeOnScreen(page, typed);
      await page.getByRole('button', { name: 'Kiểm tra hồ sơ' }).click();
      await onScreen(page, 'refused');
      await page.locator(`.collect-refusal[data-code=${code}]`).waitFor();
    };
    const home = async () => {
      await tapText(page, 'Về màn hình chính');
      await onScreen(page, 'home');
    };

    // Not a dossier code: the advice names the button on the screen and where the code is on the receipt.
    await refused('bad_dossier_code', 'abc');
    const why = (await page.locator('.collect-refusal .why').textContent()) ?? '';
    expect(why).toContain('Bấm “Quét hoặc nhập lại”');
    expect(why).toContain('Press “Scan or type again”');
    expect(why).not.toContain('bên dưới');
    await page.getByRole('button', { name: 'Quét hoặc nhập lại' }).waitFor();
    await shot(page, 'collect-bad-code');
    await home();

    await refused('dossier_not_found', '000.00.12.h59-260105-0099');
    await shot(page, 'collect-not-found');
    await home();

    // The demo's dossier system plays one that is down for serial 9999.
    await refused('dossier_system_unavailable', '000.00.12.h59-260105-9999');
    await shot(page, 'collect-system-down');
    await home();
    await page.close();
  });
});
