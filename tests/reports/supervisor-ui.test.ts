// The supervisor's pages in Chromium: the live dashboard follows the queue, the report shows its
// chart and its staffing table, and the XLSX a supervisor downloads parses back to the figures of the API.
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, VIEWPORTS, launchBrowser, openPage } from '../support/browser.ts';
import { connect, issue, login, next, officerAt, send, startServer, type Running } from '../support/server.ts';
import { seedHistory } from './seed.ts';

const SCREENS = '/tmp/screens/supervisor';
// Browser flows on a shared 2-core machine: page loads alone can take seconds each.
const WIDE = { width: 1920, height: 1080 };
let server: Running;
let browser: Browser;

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(SCREENS, { recursive: true });
  const png = await page.screenshot({ path: join(ARTIFACTS, `supervisor-${name}.png`), fullPage: true });
  writeFileSync(join(SCREENS, `${name}.png`), png);
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  seedHistory(server, new Date());
  const o1 = await officerAt(server.url, 'officer01', 1);
  await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token: o1 });
  await officerAt(server.url, 'officer04', 4);
  const o8 = await officerAt(server.url, 'officer08', 8);
  await send(server.url, 'POST /api/counters/:id/pause', { params: { id: 8 }, token: o8, body: { reason: 'lunch', note: 'họp với lãnh đạo rồi nghỉ trưa' } });
  // The hall display was online and dropped off: the dashboard says since when.
  const display = connect(server.url, 'demo-display');
  await next(display, 'queue:snapshot');
  display.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('live dashboard', { timeout: 120_000 }, () => {
  it('shows waits, alerts over target, counters and devices, and follows the queue live', async () => {
    const page = await openPage(browser, `${server.url}/counter/supervisor`, VIEWPORTS.console);
    await signIn(page, 'supervisor', 'demo');
    await page.waitForSelector('.dept');
    const alert = page.locator('.sv-alert');
    await expect.poll(() => alert.textContent()).toMatch(/phiếu chờ quá chỉ tiêu/);
    // the reason, and the officer's note under it
    expect(await page.locator('.counter-list li.paused').textContent()).toContain('Tạm dừng: Nghỉ trưa');
    expect(await page.locator('.counter-list li.paused .pause-note').textContent()).toBe('họp với lãnh đạo rồi nghỉ trưa');
    const devices = page.locator('.device-list');
    await expect.poll(() => devices.locator('li.offline:has-text("Màn hình sảnh chính")').textContent()).toMatch(/Mất kết nối từ \d\d:\d\d/);
    expect(await devices.textContent()).toContain('Chưa kết nối từ khi máy chủ khởi động (13)');
    // the counters needed in the hours ahead, one row per department, from the seeded weeks
    await expect.poll(() => page.locator('.staffing tbody tr').count()).toBe(4);
    expect(await page.locator('.staffing h2').textContent()).toBe('Số quầy cần mở (dự báo)');
    await screenshot(page, 'dashboard-1366');

    const waiting = page.locator('.totals div').first().locator('dd');
    const before = Number(await waiting.textContent());
    await issue(server.url, 1);
    await expect.poll(() => waiting.textContent()).toBe(String(before + 1));

    await page.setViewportSize(WIDE);
    await screenshot(page, 'dashboard-1920');
    await page.context().close();
  });
});

describe('reports', { timeout: 120_000 }, () => {
  it('shows the hour chart and exports an XLSX with the same figures as the API', async () => {
    const page = await openPage(browser, `${server.url}/counter/supervisor/reports`, VIEWPORTS.console);
    await signIn(page, 'supervisor', 'demo');
    await page.waitForSelector('.hour-chart svg rect.bar');
    await page.click('button[role=tab]:has-text("Lĩnh vực")');
    await screenshot(page, 'report-1366');

    const from = await page.inputValue('input[name=from]');
    const to = await page.inputValue('input[name=to]');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('text=Tải Excel (XLSX)')]);
    expect(file.suggestedFilename()).toBe(`motcua-bao-cao-${from}-${to}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await file.path())!) as unknown as ArrayBuffer);
    const api = (await send(server.url, 'GET /api/reports', { query: { from, to }, token: await login(server.url, 'supervisor') })).body;
    expect(api.total.issued).toBeGreaterThan(100);
    const sheet = wb.getWorksheet('Báo cáo')!;
    const rows = sheet.getRows(3, sheet.rowCount - 2)!;
    const byName = (name: string) => rows.find((r) => r.getCell(3).value === name)!;
    for (const [name, figures] of [['Toàn trung tâm', api.total], ...api.services.map((s) => [s.label.vi, s] as const)] as const) {
      const row = byName(name);
      expect([row.getCell(4).value, row.getCell(6).value, row.getCell(7).value], name).toEqual([figures.issued, figures.served, figures.noShow]);
      expect(Math.round(Number(row.getCell(10).value ?? NaN) * 60) || null, name).toBe(figures.waitP50);
      expect(Math.round(Number(row.getCell(11).value ?? NaN) * 60) || null, name).toBe(figures.waitP90);
      expect(row.getCell(20).value, name).toBe(figures.satisfaction);
    }
    const table = await page.locator('table.figures tbody').textContent();
    expect(table).toContain('Lý lịch tư pháp');
    // staffing: per department the counters open / needed for each hour of the API's table
    const staffing = page.locator('[aria-labelledby=staffing-report-title] table');
    const tp = api.staffing.find((d) => d.code === 'TP')!;
    expect(await staffing.locator('thead th').count()).toBe(1 + tp.hours.length);
    expect(await staffing.locator('tbody tr').count()).toBe(api.staffing.length);
    const first = tp.hours[0]!;
    const vi = (n: number) => String(n).replace('.', ',');
    expect(await staffing.locator('tbody tr').first().locator('td').first().textContent()).toBe(`${vi(first.countersOpen)} / ${vi(first.countersNeeded)}`);

    await page.setViewportSize(WIDE);
    await page.click('button[role=tab]:has-text("Cán bộ")');
    await screenshot(page, 'report-1920');
    await page.context().close();
  });

  it('says so when a typed day does not exist (31/11), and asks for no report until it is fixed', async () => {
    const page = await openPage(browser, `${server.url}/counter/supervisor/reports`, VIEWPORTS.console);
    await signIn(page, 'supervisor', 'demo');
    await page.waitForSelector('.hour-chart svg rect.bar');
    const asked: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/reports') asked.push(r.url());
    });
    await page.fill('input[name=from-day]', '31/11/2026');
    await page.click('button[type=submit]');
    await page.getByRole('alert').filter({ hasText: 'Ô “Từ ngày” không phải một ngày có thật. Nhập theo ngày/tháng/năm, ví dụ 30/11/2026.' }).waitFor();
    expect(asked).toEqual([]);
    expect(await page.inputValue('input[name=from-day]')).toBe('31/11/2026');
    await page.fill('input[name=from-day]', '30/11/2026');
    await page.fill('input[name=to-day]', '30/11/2026');
    await page.click('button[type=submit]');
    await page.getByRole('alert').waitFor({ state: 'detached' });
    expect(asked.map((u) => new URL(u).search)).toEqual(['?from=2026-11-30&to=2026-11-30']);
    await page.context().close();
  });
});
