// Appointments through the real server with a controlled clock: slots, booking and its refusals
// (bad ID number, bad phone, limits, a full slot, a slot begun), 20 clients racing for the last
// place, cancelling, the check-in window at the kiosk, the call at the slot ahead of an older normal
// ticket, no-shows, and what is kept of the citizen (a keyed hash, the phone until the day after).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KIOSK_KEY } from '../../server/src/config/demo.ts';
import { issue, login, officerAt, refusal, send, startServer, type Running } from '../support/server.ts';

let now = Date.parse('2026-12-01T01:50:00Z'); // 08:50 in Hồ Chí Minh City
const at = (local: string) => Date.parse(`2026-12-01T${local}:00+07:00`);
let server: Running;
let services: { id: number; code: string }[];

beforeAll(async () => {
  server = await startServer({ clock: () => new Date(now) });
  const { body } = await send(server.url, 'GET /api/catalog');
  services = body.departments.find((d) => d.code === 'TP')!.services;
});
afterAll(() => server.close());

let serial = 100_000;
/** A valid CCCD number (Tiền Giang, 082), different each time. */
const newId = () => `082195${String(serial++).padStart(6, '0')}`;
const svc = (code: string) => services.find((s) => s.code === code)!.id;
const book = (serviceId: number, start: string, idNumber = newId(), date = '2026-12-01') =>
  send(server.url, 'POST /api/appointments', { body: { serviceId, date, start, phone: '0912345678', idNumber } });
const bookRefused = (serviceId: number, start: string, idNumber = newId(), phone = '0912345678') =>
  refusal(server.url, 'POST /api/appointments', { body: { serviceId, date: '2026-12-01', start, phone, idNumber } });

describe('slots and booking', () => {
  it('lists the slots still to come today with their free places, and the days open for booking', async () => {
    const { body } = await send(server.url, 'GET /api/appointments/slots', { query: { serviceId: svc('HT'), date: '2026-12-01' } });
    expect(body.slots[0]).toEqual({ start: '09:00', end: '09:30', free: 2 });
    expect(body.days).toHaveLength(7);
    const far = await send(server.url, 'GET /api/appointments/slots', { query: { serviceId: svc('HT'), date: '2026-12-20' } });
    expect(far.body.slots).toEqual([]);
  });

  it('books a slot: a code, and the slot has one place less', async () => {
    const { status, body } = await book(svc('HT'), '10:00');
    expect(status).toBe(201);
    expect(body).toMatchObject({ date: '2026-12-01', start: '10:00', serviceId: svc('HT'), status: 'booked' });
    expect(body.code).toMatch(/^[A-Z2-9]{8}$/);
    expect(body.url).toMatch(new RegExp(`/book/${body.code}$`));
    const slots = await send(server.url, 'GET /api/appointments/slots', { query: { serviceId: svc('HT'), date: '2026-12-01' } });
    expect(slots.body.slots.find((s) => s.start === '10:00')!.free).toBe(1);
    const page = await send(server.url, 'GET /api/appointments/:code', { params: { code: body.code } });
    expect(JSON.stringify(page.body)).not.toMatch(/0912345678|phone|idNumber/);
  });

  it('refuses a bad ID number and a bad phone with a clear 400, booking nothing', async () => {
    const short = await bookRefused(svc('HT'), '11:00', '08219501234');
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('bad_id_number');
    expect(short.body.error.messageVi).toBe('Số định danh cá nhân (CCCD) gồm 12 chữ số; số vừa nhập có 11 chữ số.');
    expect((await bookRefused(svc('HT'), '11:00', '003195012345')).body.error.code).toBe('bad_id_number');
    const phone = await bookRefused(svc('HT'), '11:00', newId(), '12345');
    expect(phone.status).toBe(400);
    expect(phone.body.error.code).toBe('bad_phone');
    const slots = await send(server.url, 'GET /api/appointments/slots', { query: { serviceId: svc('HT'), date: '2026-12-01' } });
    expect(slots.body.slots.find((s) => s.start === '11:00')!.free).toBe(2);
  });

  it('refuses a second booking of one ID number for the same service on a day, and a third on the day', async () => {
    const id = newId();
    await book(svc('CT'), '13:00', id);
    const again = await bookRefused(svc('CT'), '14:00', id);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('booking_limit_reached');
    await book(svc('QT'), '14:00', id);
    expect((await bookRefused(svc('CC'), '15:00', id)).body.error.code).toBe('booking_limit_reached');
    expect((await book(svc('CC'), '15:00', id, '2026-12-02')).status).toBe(201);
  });

  it('refuses a slot over its capacity, and a slot already begun', async () => {
    await book(svc('CC'), '16:00');
    await book(svc('CC'), '16:00');
    const full = await bookRefused(svc('CC'), '16:00');
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('slot_full');
    const passed = await bookRefused(svc('CC'), '08:30');
    expect(passed.status).toBe(409);
    expect(passed.body.error.code).toBe('slot_passed');
    const between = await bookRefused(svc('CC'), '09:15');
    expect(between.status).toBe(400);
    expect(between.body.error.code).toBe('no_such_slot');
  });

  it('gives the last place of a slot to exactly one of 20 clients booking at once', async () => {
    await book(svc('LS'), '17:00');
    const answers = await Promise.all(Array.from({ length: 20 }, () => server.url).map((url) =>
      fetch(`${url}/api/appointments`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId: svc('LS'), date: '2026-12-01', start: '17:00', phone: '0987654321', idNumber: newId() }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { code: string } } }))));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409 && a.body.error?.code === 'slot_full')).toHaveLength(19);
    const taken = server.store.db.prepare(`SELECT count(*) FROM appointments WHERE service_id = ? AND day = '2026-12-01' AND start = '17:00' AND status != 'cancelled'`).pluck().get(svc('LS'));
    expect(taken).toBe(2);
  });

  it('cancels with the ID number the booking was made with, freeing the place', async () => {
    const id = newId();
    const { body } = await book(svc('TGPL'), '12:00', id);
    const wrong = await refusal(server.url, 'POST /api/appointments/:code/cancel', { params: { code: body.code }, body: { idNumber: newId() } });
    expect(wrong.status).toBe(403);
    await send(server.url, 'POST /api/appointments/:code/cancel', { params: { code: body.code }, body: { idNumber: id } });
    expect((await send(server.url, 'GET /api/appointments/:code', { params: { code: body.code } })).body.status).toBe('cancelled');
    const slots = await send(server.url, 'GET /api/appointments/slots', { query: { serviceId: svc('TGPL'), date: '2026-12-01' } });
    expect(slots.body.slots.find((s) => s.start === '12:00')!.free).toBe(2);
    expect((await book(svc('TGPL'), '12:30', id)).status).toBe(201);
  });

  it('keeps the ID number only as a keyed hash', async () => {
    const id = newId();
    const { body } = await book(svc('HT'), '11:30', id);
    const row = server.store.db.prepare('SELECT * FROM appointments WHERE code = ?').get(body.code) as Record<string, unknown>;
    expect(JSON.stringify(row)).not.toContain(id);
    expect(row.id_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('check-in and the call at the slot', () => {
  it('checks in from 30 minutes before the slot, and the slot calls it ahead of an older normal ticket', async () => {
    now = at('08:55');
    const { body: booking } = await book(svc('LLTP'), '09:30');
    const early = await refusal(server.url, 'POST /api/appointments/:code/check-in', { params: { code: booking.code }, token: DEMO_KIOSK_KEY });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('too_early');
    expect(early.body.error.from).toBe(new Date(at('09:00')).toISOString());
    expect(early.body.error.messageVi).toContain('09:00');

    now = at('09:10');
    const normal = await issue(server.url, svc('LLTP'));
    now = at('09:12');
    const { status, body: ticket } = await send(server.url, 'POST /api/appointments/:code/check-in', { params: { code: booking.code }, token: DEMO_KIOSK_KEY });
    expect(status).toBe(201);
    expect(ticket.appointment).toEqual({ date: '2026-12-01', start: '09:30' });
    const again = await send(server.url, 'POST /api/appointments/:code/check-in', { params: { code: booking.code.toLowerCase() }, token: DEMO_KIOSK_KEY });
    expect(again.body.id).toBe(ticket.id);

    const officer = await officerAt(server.url, 'officer01', 1);
    now = at('09:20');
    const before = await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token: officer });
    expect(before.body.ticket!.id).toBe(normal.id);
    await send(server.url, 'POST /api/tickets/:id/finish', { params: { id: normal.id }, token: officer });

    const later = await issue(server.url, svc('LLTP'));
    now = at('09:31');
    const call = await send(server.url, 'POST /api/counters/:id/call-next', { params: { id: 1 }, token: officer });
    expect(call.body.ticket!.id).toBe(ticket.id);
    expect(call.body.reason).toContain('appointment 09:30');
    expect(call.body.reasonVi).toContain('lịch hẹn 09:30');
    const waiting = await send(server.url, 'GET /api/tickets/:id', { params: { id: later.id }, token: officer });
    expect(waiting.body.ticket.status).toBe('waiting');
    await send(server.url, 'POST /api/tickets/:id/finish', { params: { id: ticket.id }, token: officer });
  });

  it('checks in by the ID number too, and after the window offers a normal ticket', async () => {
    now = at('09:40');
    const id = newId();
    const { body: first } = await book(svc('QT'), '10:00', id);
    const byId = await send(server.url, 'POST /api/appointments/:code/check-in', { params: { code: id }, token: DEMO_KIOSK_KEY });
    expect(byId.body.appointment).toEqual({ date: '2026-12-01', start: '10:00' });
    expect((await send(server.url, 'GET /api/appointments/:code', { params: { code: first.code } })).body.status).toBe('checked_in');

    const { body: late } = await book(svc('LS'), '10:00');
    now = at('10:16');
    const refused = await refusal(server.url, 'POST /api/appointments/:code/check-in', { params: { code: late.code }, token: DEMO_KIOSK_KEY });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('too_late');
    expect(refused.body.error.serviceId).toBe(svc('LS'));
  });

  it('records a booking never checked in as a no-show, and erases phones the day after the appointment', async () => {
    now = at('10:20');
    const { body } = await book(svc('HT'), '10:30');
    now = at('10:50');
    expect((await send(server.url, 'GET /api/appointments/:code', { params: { code: body.code } })).body.status).toBe('no_show');
    const phone = () => server.store.db.prepare('SELECT phone FROM appointments WHERE code = ?').pluck().get(body.code);
    expect(phone()).toBe('0912345678');
    now = Date.parse('2026-12-02T12:00:00+07:00');
    await send(server.url, 'GET /api/appointments/slots', { query: { serviceId: svc('HT'), date: '2026-12-02' } });
    expect(phone()).toBe('0912345678');
    now = Date.parse('2026-12-03T08:00:00+07:00');
    await send(server.url, 'GET /api/appointments/slots', { query: { serviceId: svc('HT'), date: '2026-12-03' } });
    expect(phone()).toBeNull();
  });

  it('reports bookings, check-ins, no-shows and the wait from the slot to the call; the dashboard shows today\'s booked hours', async () => {
    now = at('11:00');
    const supervisor = await login(server.url, 'supervisor');
    const { body } = await send(server.url, 'GET /api/reports/appointments', { query: { from: '2026-12-01', to: '2026-12-01' }, token: supervisor });
    const record = body.rows.find((r) => r.serviceId === svc('LLTP'))!;
    expect(record).toMatchObject({ day: '2026-12-01', departmentCode: 'TP', booked: 1, checkedIn: 1, noShow: 0, cancelled: 0, waitFromSlotP50: 60, waitFromSlotP90: 60 });
    const civil = body.rows.find((r) => r.serviceId === svc('HT'))!;
    expect(civil.noShow).toBeGreaterThanOrEqual(1);
    const cancelled = body.rows.find((r) => r.serviceId === svc('TGPL'))!;
    expect(cancelled).toMatchObject({ booked: 2, cancelled: 1 });
    const dashboard = await send(server.url, 'GET /api/dashboard', { token: supervisor });
    expect(dashboard.body.bookedHours!.find((h) => h.hour === 9)).toMatchObject({ booked: 1, checkedIn: 1 });
    expect(dashboard.body.bookedHours!.find((h) => h.hour === 17)!.booked).toBe(2);
  });

  it('takes the limits from the center settings an administrator changes', async () => {
    const admin = await login(server.url, 'admin', 'admin');
    const { body } = await send(server.url, 'GET /api/admin', { token: admin });
    await send(server.url, 'PUT /api/admin/center', { token: admin, body: { ...body.center, appointments: { perPersonPerService: 2 } } });
    const id = newId();
    await book(svc('CC'), '13:00', id, '2026-12-02');
    expect((await book(svc('CC'), '14:00', id, '2026-12-02')).status).toBe(201);
    const again = await send(server.url, 'GET /api/admin', { token: admin });
    await send(server.url, 'PUT /api/admin/center', { token: admin, body: { ...again.body.center, name: { vi: 'Trung tâm', en: 'Center' } } });
    expect((await send(server.url, 'GET /api/admin', { token: admin })).body.center.appointments).toEqual({ perPersonPerService: 2 });
  });
});

describe('booking rate limit', () => {
  it('429s an address over its bookings per minute, saying so in Vietnamese', async () => {
    const limited = await startServer({ rateLimitPerMinute: 2, clock: () => new Date(Date.parse('2026-12-01T08:00:00+07:00')) });
    try {
      const body = (start: string) => ({ serviceId: 1, date: '2026-12-01', start, phone: '0912345678', idNumber: newId() });
      await send(limited.url, 'POST /api/appointments', { body: body('09:00') });
      await send(limited.url, 'POST /api/appointments', { body: body('09:30') });
      const over = await refusal(limited.url, 'POST /api/appointments', { body: body('10:00') });
      expect(over.status).toBe(429);
      expect(over.body.error.code).toBe('rate_limited');
      expect(over.body.error.messageVi).toBe('Có quá nhiều lượt đặt lịch từ địa chỉ này trong một phút. Vui lòng chờ giây lát rồi thử lại.');
      expect((await send(limited.url, 'GET /api/appointments/slots', { query: { serviceId: 1, date: '2026-12-01' } })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
