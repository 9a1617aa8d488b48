// Helpers for the kiosk and phone-page tests: open the kiosk, tap through, read the QR code off
// the screen (decoded from its pixels, as a phone would), save screenshots for people to judge.
import jsQR from 'jsqr';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Catalog, Ticket } from '@motcua/protocol';
import { ARTIFACTS, openPage, VIEWPORTS } from '../support/browser.ts';
import { login, send } from '../support/server.ts';

export const SHOTS = join(ARTIFACTS, 'kiosk');

export { serverAndBrowser } from '../support/browser.ts';

/** Saves a screenshot under tests/artifacts/kiosk/. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The kiosk page with the demo key (extra query parameters such as `idle=3`), on its home screen. */
export async function openKiosk(browser: Browser, url: string, query = ''): Promise<Page> {
  const page = await openPage(browser, `${url}/kiosk?key=demo-kiosk${query ? `&${query}` : ''}`, VIEWPORTS.kiosk);
  await page.locator('[data-screen=home] .department-tile').first().waitFor();
  return page;
}

/** Waits for the kiosk to show this screen (home, department, search, priority, issuing, ticket, problem). */
export async function onScreen(page: Page, screen: string, timeout = 10_000): Promise<void> {
  await page.locator(`.kiosk[data-screen=${screen}]`).waitFor({ timeout });
}

export async function tapText(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: text, exact: true }).click();
}

/** Home → department → service; stops on the priority screen. */
export async function chooseService(page: Page, department: string, service: string): Promise<void> {
  await page.locator(`.department-tile[data-code=${department}]`).click();
  await onScreen(page, 'department');
  await tapText(page, service);
  await onScreen(page, 'priority');
}

export interface ShownTicket { id: number; number: string; qrText: string }

/** The ticket on the kiosk screen: its id, the number as shown, and the QR code's text as decoded from pixels. */
export async function shownTicket(page: Page, timeout = 10_000): Promise<ShownTicket> {
  await onScreen(page, 'ticket', timeout);
  const id = Number(await page.locator('.ticket-screen').getAttribute('data-ticket-id'));
  const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
  return { id, number, qrText: await qrTextOn(page) };
}

/** The text of the QR code shown on the page (`svg.qr`), decoded from its pixels as a phone would. */
export async function qrTextOn(page: Page): Promise<string> {
  const image = await page.evaluate(async () => {
    const size = 320;
    const svg = document.querySelector('svg.qr')!.cloneNode(true) as SVGSVGElement;
    svg.setAttribute('width', String(size));
    svg.setAttribute('height', String(size));
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0, size, size);
    const pixels = context.getImageData(0, 0, size, size).data;
    let binary = '';
    for (let i = 0; i < pixels.length; i += 0x8000) binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    return { size, rgba: btoa(binary) };
  });
  const qr = jsQR(new Uint8ClampedArray(Buffer.from(image.rgba, 'base64')), image.size, image.size);
  return qr?.data ?? '';
}

/** The ticket as the server has it (GET /api/tickets/:id, as a supervisor). */
export async function serverTicket(url: string, id: number): Promise<Ticket> {
  const token = await login(url, 'supervisor');
  const { status, body } = await send(url, 'GET /api/tickets/:id', { params: { id }, token });
  if (status !== 200) throw new Error(`GET /api/tickets/${id}: ${status}`);
  return body.ticket;
}

export async function catalog(url: string): Promise<Catalog> {
  return (await send(url, 'GET /api/catalog')).body;
}

/** How many tickets wait in a department, as the public catalog says. */
export async function waitingIn(url: string, departmentCode: string): Promise<number> {
  return (await catalog(url)).departments.find((d) => d.code === departmentCode)?.waiting ?? -1;
}

/** The tap-to-ticket time the kiosk measured (performance marks), in ms; logged, never asserted. */
export async function tapToTicketMs(page: Page): Promise<number | null> {
  await page.waitForFunction(() => performance.getEntriesByName('kiosk:tap-to-ticket').length > 0, null, { timeout: 5000 });
  return page.evaluate(() => performance.getEntriesByName('kiosk:tap-to-ticket')[0]?.duration ?? null);
}
