// The procedures import in the administration page (Chromium): a file with one bad row is named
// by line and column and nothing is applied; the corrected file previews, then applies, and the
// kiosk's search API finds the new procedure. And the supervisor's dashboard shows today's tickets
// by kind of visit and the procedures asked for most.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openPage, serverAndBrowser, VIEWPORTS } from '../support/browser.ts';
import { issue, send } from '../support/server.ts';

const env = serverAndBrowser();
const HEADER = 'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện';

/** A CSV file in a temporary folder, for the file input. */
function csvFile(name: string, rows: string[]): string {
  const dir = join(env.server.dir, 'uploads');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`);
  return file;
}

describe('procedures import', { timeout: 90_000 }, () => {
  it('names the bad row and applies nothing, then previews and applies the corrected file', async () => {
    const page = await openPage(env.browser, `${env.server.url}/counter/admin#procedures`, VIEWPORTS.console);
    await page.fill('input[name=username]', 'admin');
    await page.fill('input[name=password]', 'admin');
    await page.click('button[type=submit]');
    await page.locator('.procedures-tab').waitFor();
    const count = async () => (await send(env.server.url, 'GET /api/procedures', { query: { limit: 1 } })).body.total;
    const before = await count();

    await page.setInputFiles('input[name=procedures]', csvFile('sai.csv', [
      '1.099101,Cấp giấy phép thử nghiệm một,Dược phẩm,Sở Y tế',
      '1.099102,Cấp giấy phép thử nghiệm hai,Dược phẩm,Sở Giao thông vận tải',
    ]));
    const preview = page.getByTestId('import-preview');
    await preview.locator('.import-errors td', { hasText: 'Cơ quan thực hiện' }).waitFor();
    expect(await preview.locator('.import-errors tbody tr').count()).toBe(1);
    expect(await preview.locator('.import-errors tbody tr td').first().textContent()).toBe('3');
    expect(await preview.getByRole('button', { name: 'Áp dụng' }).count()).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'admin-procedures-bad-row.png'), fullPage: true });
    expect(await count()).toBe(before);

    await page.setInputFiles('input[name=procedures]', csvFile('dung.csv', ['1.099101,Cấp giấy phép thử nghiệm một,Dược phẩm,Sở Y tế']));
    await preview.locator('.import-changes td', { hasText: '1.099101' }).waitFor();
    await preview.getByRole('button', { name: 'Áp dụng' }).click();
    await preview.getByText('Đã áp dụng: thêm 1').waitFor();
    expect(await count()).toBe(before + 1);
    await page.close();
  });

  it('shows today\'s visits by kind and the top procedures on the supervisor\'s dashboard', async () => {
    const [procedure] = (await send(env.server.url, 'GET /api/procedures', { query: { q: 'khai sinh nuoc ngoai' } })).body.procedures;
    await send(env.server.url, 'POST /api/tickets', { body: { procedureId: procedure!.id }, token: 'demo-kiosk' });
    await issue(env.server.url, procedure!.serviceId);
    const page = await openPage(env.browser, `${env.server.url}/counter/supervisor`, { width: 1920, height: 1080 });
    await page.fill('input[name=username]', 'supervisor');
    await page.fill('input[name=password]', 'demo');
    await page.click('button[type=submit]');
    const mix = page.getByTestId('visit-mix');
    await mix.locator('[data-kind=submit] dd', { hasText: '1' }).waitFor();
    expect(await mix.locator('[data-kind=service] dd').textContent()).toBe('1');
    await mix.locator('.top-procedures li', { hasText: procedure!.code }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'supervisor-visit-mix.png') });
    await page.close();
  });
});
