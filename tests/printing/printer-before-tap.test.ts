// Printer before the tap (issue 16 item 7): the server asks its own printer's status every few
// seconds; a kiosk hears its printer's state at once (on connect and on change) and says so on its
// home screen before anyone taps; the supervisors' dashboard hears the change pushed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceStatus, KioskPrinterState } from '@motcua/protocol';
import { FakeTcpPrinter } from '../../drivers/src/testing/index.ts';
import { ARTIFACTS, VIEWPORTS, launchBrowser, openPage } from '../support/browser.ts';
import { connect, login, send, startServer, type Running, type TestSocket } from '../support/server.ts';

let printer: FakeTcpPrinter;
let server: Running;
let browser: Browser;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  printer = await FakeTcpPrinter.start({});
  [server, browser] = await Promise.all([startServer({ printing: { printer: printer.spec }, printerStatusMs: 200 }), launchBrowser()]);
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await browser?.close();
  await server?.close();
  await printer?.close();
});

/** Every payload of `event` on a socket, as it comes. */
function record<T>(socket: TestSocket, event: 'printer:state' | 'device:changed'): T[] {
  const seen: T[] = [];
  socket.on(event, ((payload: T) => seen.push(payload)) as never);
  return seen;
}

describe('the printer before the tap', { timeout: 60_000 }, () => {
  it('reaches the kiosk and the dashboard at once when the paper runs out, and again when it is back', async () => {
    const kiosk = connect(server.url, 'demo-kiosk');
    const states = record<KioskPrinterState>(kiosk, 'printer:state');
    const supervisor = connect(server.url, await login(server.url, 'supervisor'));
    const changes = record<DeviceStatus>(supervisor, 'device:changed');
    sockets.push(kiosk, supervisor);
    await expect.poll(() => states.at(-1)?.state, { timeout: 10_000 }).toBe('ready');

    const page = await openPage(browser, `${server.url}/kiosk?key=demo-kiosk`, VIEWPORTS.kiosk);
    await page.locator('.department-tile').first().waitFor();
    expect(await page.locator('.printer-notice').count()).toBe(0);

    printer.state = { paperOut: true };
    await expect.poll(() => states.at(-1)?.state, { timeout: 10_000 }).toBe('paper_out');
    await expect.poll(() => changes.find((c) => c.key === 'printer:server' && c.state === 'error')?.detail, { timeout: 10_000 }).toMatch(/paper_out/);
    const notice = page.locator('.printer-notice[data-state=paper_out]');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.textContent()).toMatch(/Máy in đã hết giấy.*mã QR/);
    await page.screenshot({ path: `${ARTIFACTS}kiosk-printer-out-of-paper.png` });
    const dashboard = (await send(server.url, 'GET /api/dashboard', { token: await login(server.url, 'supervisor') })).body;
    expect(dashboard.devices.find((d) => d.key === 'printer:server')).toMatchObject({ state: 'error', name: 'Máy in của máy chủ' });

    printer.state = {};
    await expect.poll(() => states.at(-1)?.state, { timeout: 10_000 }).toBe('ready');
    await page.locator('.printer-notice').waitFor({ state: 'detached', timeout: 10_000 });
  });
});
