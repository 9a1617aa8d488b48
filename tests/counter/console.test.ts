// The officer console and the rating tablet in real Chromium against the real server: sign in, open
// a counter, a kiosk ticket appears live, call/recall/serve/finish from the keyboard, the tablet
// takes one rating, transfer to Health, pause (with its note), help; a rating recorded with its key; another department is refused; a restart heals.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeypadRequest, Ticket } from '@motcua/protocol';
import { ARTIFACTS, VIEWPORTS, launchBrowser, openPage } from '../support/browser.ts';
import { hashSecret } from '../../server/src/security/crypto.ts';
import { demo, issue, login, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

const SCREENS = '/tmp/screens/counter';
const HEALTH_COUNTER = 4;
let JUDICIAL_RECORD: number; // Sở Tư pháp: Lý lịch tư pháp (counters 1–3)
let LAND: number; // Sở Tài nguyên và Môi trường: Đất đai (counters 7–9)
let JOBS: number; // Sở Lao động – Thương binh và Xã hội: Việc làm (counters 10–12)
const KEYPAD_KEY = 'test-keypad-10';

let server: Running;
let browser: Browser;

beforeAll(async () => {
  const base = demo();
  const keypad = { name: 'Bàn phím gọi số quầy 10', kind: 'agent' as const, keyHash: hashSecret(KEYPAD_KEY), counter: 10 };
  [server, browser] = await Promise.all([startServer({ config: () => ({ ...base, devices: [...base.devices, keypad] }) }), launchBrowser()]);
  const { body } = await send(server.url, 'GET /api/catalog');
  const service = (department: string, code: string) => body.departments.find((d) => d.code === department)!.services.find((x) => x.code === code)!.id;
  JUDICIAL_RECORD = service('TP', 'LLTP');
  LAND = service('TNMT', 'DD');
  JOBS = service('LDTBXH', 'VL');
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(SCREENS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function screenshot(page: Page, name: string): Promise<void> {
  const file = join(ARTIFACTS, `counter-${name}.png`);
  await page.screenshot({ path: file });
  copyFileSync(file, join(SCREENS, `${name}.png`));
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** A console-sized page; a locator that waits longer than this fails with its own message before the test's timeout. */
async function open(path: string): Promise<Page> {
  const page = await openPage(browser, server.url + path, VIEWPORTS.console);
  page.setDefaultTimeout(15_000);
  return page;
}

const inHand = (page: Page, number: string) => page.getByTestId('ticket-number').filter({ hasText: number });
const waitingRow = (page: Page, number: string) => page.locator(`.waiting-list li[data-number="${number}"]`);

/** A new Lý lịch tư pháp ticket, called with Enter; T opens the transfer list, `search` is typed and `target` chosen. */
async function callAndFind(page: Page, search: string, target: string): Promise<Ticket> {
  const ticket = await issue(server.url, JUDICIAL_RECORD);
  await waitingRow(page, ticket.number).waitFor();
  await page.keyboard.press('Enter');
  await inHand(page, ticket.number).waitFor();
  await page.keyboard.press('t');
  await page.getByRole('dialog').getByLabel(/Tìm lĩnh vực/).pressSequentially(search);
  await page.getByRole('option', { selected: true }).filter({ hasText: target }).waitFor();
  return ticket;
}

// Each test drives a real browser through a whole working sequence: allow for a busy machine.
describe('officer console', { timeout: 90_000 }, () => {
  it('serves a kiosk ticket from the keyboard; the tablet rates it once; transfers to Health; pauses', async () => {
    const page = await open('/counter');
    await page.getByLabel('Tên đăng nhập').waitFor();
    await screenshot(page, 'login');
    await signIn(page, 'officer01');
    await page.getByRole('button', { name: 'Mở quầy 1' }).click();
    await page.getByText('Sẵn sàng gọi số tiếp theo').waitFor();

    // A ticket from the kiosk appears without a reload.
    const first = await issue(server.url, JUDICIAL_RECORD, { priority: 'elderly' });
    await waitingRow(page, first.number).waitFor();
    expect(await page.getByTestId('waiting-count').textContent()).toBe('1');
    await screenshot(page, 'idle');

    // Space calls it, R recalls it (one recall used), S serves.
    await page.keyboard.press('Space');
    await inHand(page, first.number).waitFor();
    await waitingRow(page, first.number).waitFor({ state: 'detached' });
    await page.keyboard.press('r');
    await page.getByTestId('recalls-left').filter({ hasText: 'Đã gọi lại 1/3 lần' }).waitFor();
    await screenshot(page, 'ticket');
    await page.keyboard.press('s');
    await page.locator('.status-chip.serving').waitFor();

    // The citizen's tablet at counter 1 asks after F, takes one rating, then thanks.
    const tablet = await open('/counter/rate?key=demo-rate-1');
    await tablet.getByTestId('rate-idle').waitFor();
    await tablet.getByText('Quầy số 1').waitFor();
    await page.keyboard.press('f');
    await page.getByTestId('rating-prompt').waitFor();
    await tablet.getByTestId('rate-ask').filter({ hasText: first.number }).waitFor();
    await screenshot(tablet, 'rate-tablet');
    await tablet.locator('button[data-score="4"]').click();
    await tablet.getByTestId('rate-thanks').waitFor();
    await page.getByTestId('rating-prompt').filter({ hasText: 'đã được đánh giá: Rất hài lòng' }).waitFor();
    const again = await refusal(server.url, 'POST /api/tickets/:id/rating', { params: { id: first.id }, token: 'demo-rate-1', body: { score: 1 } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_rated');
    await page.getByTestId('day-ratings').filter({ hasText: /^1 / }).waitFor();
    const officer = await login(server.url, 'officer01');
    const day = await send(server.url, 'GET /api/me/day', { token: officer });
    expect(day.body.ratings.byScore).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1 });

    // T opens the transfer list; typing (letters that are also shortcuts) only searches; Enter sends it to Health.
    const second = await callAndFind(page, 'an toan thuc pham', 'An toàn thực phẩm');
    await screenshot(page, 'transfer');
    await page.keyboard.press('Enter');
    await page.getByText(`Đã chuyển số ${second.number} sang An toàn thực phẩm.`).waitFor();
    // Health's line, as a supervisor reads it (an officer reads only their own department's)
    const health = await send(server.url, 'GET /api/counters/:id/queue', { params: { id: HEALTH_COUNTER }, token: await login(server.url, 'supervisor') });
    expect(health.body.waiting.map((t) => t.number)).toContain(second.number);

    // B pauses for lunch, B resumes; ? shows every shortcut. (Keys wait while a request runs.)
    await page.locator('button[data-action=pause]:enabled').waitFor();
    await page.keyboard.press('b');
    await page.getByRole('dialog').getByLabel('Ghi chú (không bắt buộc)').fill('họp với lãnh đạo');
    await page.getByRole('dialog').getByRole('button', { name: 'Nghỉ trưa' }).click();
    await page.getByTestId('paused').filter({ hasText: 'Nghỉ trưa' }).waitFor();
    // the officer's note with the reason, on the paused panel
    expect(await page.getByTestId('pause-note').textContent()).toBe('họp với lãnh đạo');
    await screenshot(page, 'paused');
    await page.keyboard.press('b');
    await page.getByText('Sẵn sàng gọi số tiếp theo').waitFor();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Phím tắt' }).getByText('Gọi số cụ thể…').waitFor();
    await page.getByRole('dialog', { name: 'Phím tắt' }).getByText('Vắng mặt (hỏi lại trước: Enter hoặc N lần nữa để ghi, Esc để thôi)').waitFor();
    const rateKeys = page.getByRole('dialog', { name: 'Phím tắt' }).locator('div').filter({ hasText: 'Ghi đánh giá thay công dân: nút thứ 1, 2, … từ trái sang' });
    expect(await rateKeys.locator('kbd').allTextContents()).toEqual(['1', '2', '3', '4']);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.context().close();
    await tablet.context().close();
  });

  it('refuses a counter of another department with the server\'s words (officer04 at counter 1)', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.console, locale: 'vi-VN' });
    await context.addInitScript(() => window.localStorage.setItem('motcua.counter.counterId', '1'));
    const page = await context.newPage();
    await page.goto(`${server.url}/counter`);
    await signIn(page, 'officer04');
    await page.getByRole('button', { name: 'Mở quầy 1' }).click();
    await page.getByRole('alert').filter({ hasText: 'Quầy 1 thuộc Sở Tư pháp; bạn chỉ được mở quầy của đơn vị mình.' }).waitFor();
    const me = await send(server.url, 'GET /api/me', { token: await login(server.url, 'officer04') });
    expect(me.body.counterId).toBeNull();
    await context.close();
  });

  it('parks and resumes, calls a number, marks a no-show, transfers to a counter, closes; a call at another counter leaves the list live', async () => {
    // officer03 already works at counter 3 (opened on another PC): the console goes straight to it.
    await officerAt(server.url, 'officer03', 3);
    const page = await open('/counter');
    await signIn(page, 'officer03');
    await page.getByText('Sẵn sàng gọi số tiếp theo').waitFor();
    const [a, b, c] = [await issue(server.url, JUDICIAL_RECORD), await issue(server.url, JUDICIAL_RECORD), await issue(server.url, JUDICIAL_RECORD)];
    await waitingRow(page, c!.number).waitFor();

    const other = await officerAt(server.url, 'officer02', 2);
    await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 2 }, token: other });
    await waitingRow(page, a!.number).waitFor({ state: 'detached' });

    await page.keyboard.press('g');
    await page.getByRole('dialog').getByLabel(/Số phiếu/).pressSequentially(c!.number);
    await page.keyboard.press('Enter');
    await inHand(page, c!.number).waitFor();
    await page.keyboard.press('p');
    await page.locator('.parked li').filter({ hasText: c!.number }).waitFor();
    await page.keyboard.press('p');
    await page.locator('.status-chip.serving').waitFor();
    await inHand(page, c!.number).waitFor();
    await page.keyboard.press('f');
    // The officer records the rating a citizen tells with its key, printed on its button: 1 the leftmost (the best).
    const prompt = page.getByTestId('rating-prompt');
    expect(await prompt.locator('button kbd').allTextContents()).toEqual(['1', '2', '3', '4']);
    await page.keyboard.press('2');
    await prompt.filter({ hasText: `Số ${c!.number} đã được đánh giá: Hài lòng.` }).waitFor();

    await page.keyboard.press('Enter');
    await inHand(page, b!.number).waitFor();
    // N asks first (beside B, a slip must not drop a citizen who is there): Esc keeps the ticket in hand;
    // the button asks too, and Enter marks it.
    const asked = page.getByRole('dialog', { name: `Đánh dấu số ${b!.number} vắng mặt?` });
    await page.keyboard.press('n');
    await asked.waitFor();
    await page.keyboard.press('Escape');
    await asked.waitFor({ state: 'detached' });
    await page.locator('.status-chip').filter({ hasText: 'Đang gọi' }).waitFor();
    await inHand(page, b!.number).waitFor();
    const held = await send(server.url, 'GET /api/counters/:id/queue', { params: { id: 3 }, token: await login(server.url, 'officer03') });
    expect(held.body.held.map((x) => [x.number, x.status])).toEqual([[b!.number, 'called']]);
    await page.locator('button[data-action=noShow]').click();
    await asked.waitFor();
    await page.keyboard.press('Enter');
    await page.getByText(`Số ${b!.number} được ghi là vắng mặt.`).waitFor();

    // Sent to a counter, the message names the counter (not the service, which stays the ticket's).
    const d = await callAndFind(page, 'quay 2', 'Quầy 2');
    await page.keyboard.press('Enter');
    await page.getByText(`Đã chuyển số ${d.number} sang quầy 2 (Lý lịch tư pháp).`).waitFor();

    // Q asks before closing (once the desk shows the transferred ticket gone: Q needs an empty hand);
    // Enter confirms; the console goes back to choosing a counter.
    await page.locator('button[data-action=close]:enabled').waitFor();
    await page.keyboard.press('q');
    await page.getByRole('dialog', { name: 'Đóng quầy 3?' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('Chọn quầy làm việc').waitFor();
    const me = await send(server.url, 'GET /api/me', { token: await login(server.url, 'officer03') });
    expect(me.body.counterId).toBeNull();
    await page.context().close();
  });

  it("shows what the counter's call keypad does: a call, the transfer dialog, a finish, a refusal, a no-show's question", async () => {
    await officerAt(server.url, 'officer10', 10);
    const page = await open('/counter');
    await signIn(page, 'officer10');
    await page.getByText('Sẵn sàng gọi số tiếp theo').waitFor();
    const press = (action: KeypadRequest['action']) => send(server.url, 'POST /api/keypad', { token: KEYPAD_KEY, body: { action } });

    const ticket = await issue(server.url, JOBS);
    await waitingRow(page, ticket.number).waitFor();
    const { body: called } = await press('call-next');
    expect(called).toMatchObject({ ok: true, number: ticket.number });
    await inHand(page, ticket.number).waitFor();
    expect(called.messageVi).toBeDefined();
    await page.getByText(called.messageVi!).waitFor(); // the console is in Vietnamese
    await press('transfer');
    await page.getByRole('dialog', { name: `Chuyển số ${ticket.number}` }).waitFor();
    await page.keyboard.press('Escape');
    await press('finish');
    await page.getByTestId('rating-prompt').filter({ hasText: `Số ${ticket.number} đã xong.` }).waitFor();
    const refused = await refusal(server.url, 'POST /api/keypad', { token: KEYPAD_KEY, body: { action: 'recall' } });
    expect(refused.status).toBe(409);
    await page.getByRole('alert').filter({ hasText: refused.body.error.messageVi! }).waitFor();

    // The keypad's no-show asks first: the console shows the question while the keypad waits; the second press records it.
    const absent = await issue(server.url, JOBS);
    await waitingRow(page, absent.number).waitFor();
    await press('call-next');
    await inHand(page, absent.number).waitFor();
    expect((await press('no-show')).body).toMatchObject({ ok: true, asksAgainWithinSeconds: 5 });
    const asks = page.getByTestId('keypad-asks');
    await asks.filter({ hasText: `Bàn phím: số ${absent.number} vắng mặt? Bấm Vắng mặt lần nữa để ghi (trong 5 giây).` }).waitFor();
    await screenshot(page, 'keypad-asks');
    await inHand(page, absent.number).waitFor();
    await press('no-show');
    await page.getByText(`Bàn phím: số ${absent.number} được ghi là vắng mặt.`).waitFor();
    await asks.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('comes back by itself after a server restart: the mark shows, a failed call\'s message goes, then a new ticket appears live', async () => {
    await officerAt(server.url, 'officer07', 7);
    const page = await open('/counter');
    await signIn(page, 'officer07');
    await page.getByTestId('counter-badge').filter({ hasText: 'Quầy 7' }).waitFor();
    const { dir } = server;
    const port = Number(new URL(server.url).port);
    await server.stop();
    await page.getByText('Mất kết nối, đang kết nối lại…').waitFor();
    // A call while the server is down says it cannot be reached; that goes by itself once it is back.
    const unreachable = page.getByRole('alert').filter({ hasText: 'Không kết nối được máy chủ' });
    await page.keyboard.press('Space');
    await unreachable.waitFor();
    server = await startServer({ dir, port });
    await page.getByText('Mất kết nối, đang kết nối lại…').waitFor({ state: 'detached' });
    await unreachable.waitFor({ state: 'detached' });
    const ticket = await issue(server.url, LAND);
    await waitingRow(page, ticket.number).waitFor();
    await page.context().close();
  });
});
