// A deterministic history of tickets written through the store, for the supervisor's pages in
// browser tests: past days with calls, services, no-shows, transfers and ratings, and today's
// waiting tickets, some of them over their target.
import { businessDay } from '../../server/src/domain/business-day.ts';
import type { RatingScore } from '@motcua/protocol';
import type { Running } from '../support/server.ts';

/** A small linear congruential generator: the same history on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const TZ = 'Asia/Ho_Chi_Minh';
const MINUTE = 60_000;

/** Local 00:00 of the business day `offset` days before `now`, as epoch ms. */
function dayStart(now: Date, offset: number): number {
  const day = businessDay(new Date(now.getTime() - offset * 86_400_000), TZ);
  return Date.parse(`${day}T00:00:00+07:00`);
}

/** Writes `days` past business days of served history, then `waiting` tickets waiting since up to `maxWaitMinutes` ago. */
export function seedHistory(server: Running, now: Date, { days = 6, perDay = 60, waiting = 9, maxWaitMinutes = 32 } = {}): void {
  const rnd = random(7);
  const { store } = server;
  const catalog = server.queue.catalog.data;
  const officers = store.db.prepare<[], { id: number; username: string }>("SELECT id, username FROM users WHERE role = 'officer'").all();
  const officerAt = (counterNumber: number) => officers.find((o) => o.username === `officer${String(counterNumber).padStart(2, '0')}`)!.id;
  let seq = 0;
  store.transaction(() => {
    for (let offset = days; offset >= 1; offset -= 1) {
      const start = dayStart(now, offset);
      const day = businessDay(new Date(start), TZ);
      const numbers = new Map<number, number>();
      for (let i = 0; i < perDay; i += 1) {
        const counter = catalog.counters[Math.floor(rnd() * catalog.counters.length)]!;
        const services = counter.services;
        const serviceId = services[Math.floor(rnd() * services.length)]!.serviceId;
        // Arrivals peak mid-morning and early afternoon.
        const hour = [7, 8, 8, 9, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16][Math.floor(rnd() * 14)]!;
        const issuedAt = start + hour * 60 * MINUTE + Math.floor(rnd() * 60) * MINUTE;
        const wait = Math.floor((2 + rnd() * rnd() * (hour >= 9 && hour <= 10 ? 40 : 20)) * MINUTE);
        const number = (numbers.get(counter.departmentId) ?? 1000 * counter.departmentId) + 1;
        numbers.set(counter.departmentId, number);
        seq += 1;
        const t = store.tickets.insert({
          businessDay: day, number, departmentId: counter.departmentId, serviceId, priority: rnd() < 0.1 ? 'elderly' : null, lang: 'vi',
          trackCode: `seed${seq}`, issuedAt, queuedAt: issuedAt, arrivalAt: issuedAt, targetCounterId: null, transferredFrom: null, kioskId: 1, idempotencyKey: null,
        });
        const calledAt = issuedAt + wait;
        const roll = rnd();
        const status = roll < 0.08 ? 'no_show' : roll < 0.11 ? 'expired' : 'done';
        const finishedAt = calledAt + Math.floor((3 + rnd() * 12) * MINUTE);
        store.tickets.update(t.id, status === 'expired'
          ? { status, finishedAt: start + 24 * 60 * MINUTE }
          : { status, calledAt, servingAt: status === 'done' ? calledAt + MINUTE : null, finishedAt, counterId: counter.id, officerId: officerAt(counter.number) });
        if (status === 'done' && rnd() < 0.6) {
          const score = (rnd() < 0.55 ? 4 : rnd() < 0.7 ? 3 : rnd() < 0.6 ? 2 : 1) as RatingScore;
          store.audit.addRating({ ticketId: t.id, score, scale: 4, ratedAt: finishedAt, officerId: officerAt(counter.number), counterId: counter.id, serviceId, enteredBy: 'device', deviceId: null });
        }
      }
    }
    const today = businessDay(now, TZ);
    for (let i = 0; i < waiting; i += 1) {
      const service = catalog.services[(i * 5) % catalog.services.length]!;
      const queuedAt = now.getTime() - Math.floor(maxWaitMinutes * MINUTE * (1 - i / waiting));
      seq += 1;
      store.tickets.insert({
        businessDay: today, number: 1000 * service.departmentId + 500 + i, departmentId: service.departmentId, serviceId: service.id, priority: i === 2 ? 'disabled' : null,
        lang: 'vi', trackCode: `seed${seq}`, issuedAt: queuedAt, queuedAt, arrivalAt: queuedAt, targetCounterId: null, transferredFrom: null, kioskId: 1, idempotencyKey: null,
      });
    }
  });
  server.queue.reload();
}
