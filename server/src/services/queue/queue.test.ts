import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfig } from '../../config/demo.ts';
import type { Actor } from '../../domain/actor.ts';
import { Store } from '../../store/index.ts';
import { THREAD_FROM_WAITING } from './eta.ts';
import { QueueService } from './index.ts';
import type { TicketOrder } from './issuing.ts';

let dir: string;
let store: Store;
let queue: QueueService;
const heard: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'motcua-queue-'));
  store = Store.open(join(dir, 'motcua.db'));
  store.catalog.applyConfig(demoConfig(), new Date());
  queue = new QueueService(store, () => new Date(), {
    called: (call) => heard.push(`called ${call.number}`),
    queueChanged: () => heard.push('waiting'),
    counterChanged: (counter) => heard.push(`counter ${counter.number}`),
  });
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** officer01 as an actor of `on`. */
function officerOf(on: Store): Actor {
  const user = on.auth.userByUsername('officer01')!;
  return { userId: user.id, deviceId: null, role: 'officer', departmentId: user.departmentId, deviceCounterId: null };
}

/** A center of its own on a fixed clock (09:00 in the center on 27 November 2026), set forward by `clock.now = …`. */
function ownCenter(name: string): { own: Store; day: QueueService; clock: { now: Date } } {
  const own = Store.open(join(dir, name));
  const clock = { now: new Date('2026-11-27T09:00:00+07:00') };
  own.catalog.applyConfig(demoConfig(), clock.now);
  return { own, day: new QueueService(own, () => clock.now, { called() {}, queueChanged() {}, counterChanged() {} }), clock };
}

describe('the queue service publishes what a command changed once it is committed', () => {
  it('publishes the waiting counts once for tickets issued in the same turn, after their group commit', async () => {
    heard.length = 0;
    const serviceId = queue.catalog.data.services[0]!.id;
    queue.issuing.issue({ serviceId, kioskId: null });
    queue.issuing.issue({ serviceId, kioskId: null });
    expect(heard).toEqual([]);
    await queue.issuing.issued();
    expect(heard).toEqual(['waiting']);
  });

  it('publishes a call and the waiting counts after the call commits (the call says the counter\'s new state)', () => {
    const officer = officerOf(store);
    const counter = queue.catalog.data.counters.find((c) => c.number === 1)!;
    queue.counters.open(counter.id, officer);
    heard.length = 0;
    const { ticket } = queue.calling.callNext(counter.id, officer);
    expect(heard).toEqual([`called ${ticket!.number}`, 'waiting']);
  });
});

describe('the first command of a new day', () => {
  it('expires what the last day left waiting, also when that first command is refused', () => {
    const { own, day, clock } = ownCenter('rollover.db');
    try {
      const officer = officerOf(own);
      const counter = day.catalog.data.counters.find((c) => c.number === 1)!;
      day.counters.open(counter.id, officer);
      const left = day.issuing.issue({ serviceId: counter.services[0]!.serviceId, kioskId: null }).ticket;
      clock.now = new Date('2026-11-28T08:00:00+07:00');
      expect(() => day.calling.callNumber(counter.id, officer, 9999)).toThrow(/9999/);
      day.issuing.issue({ serviceId: counter.services[0]!.serviceId, kioskId: null });
      expect(own.tickets.get(left.id)!.status).toBe('expired');
    } finally {
      own.close();
    }
  });
});

describe("the displays' next up", () => {
  it('lists the numbers in the order call-next calls them: priority, a booking whose slot began, the oldest; a later booking not yet', () => {
    const { own, day, clock } = ownCenter('next-up.db');
    try {
      const counter = day.catalog.data.counters.find((c) => c.number === 1)!;
      const department = day.catalog.data.departments.find((d) => d.id === counter.departmentId)!;
      const serviceId = counter.services[0]!.serviceId;
      const booking = (start: string, startAt: number) => own.appointments.insert({
        code: `LH-${start}`, serviceId, procedureCode: null, day: '2026-11-27', start, end: start, startAt, idHash: start, phone: null, lang: 'vi', bookedAt: clock.now.getTime(),
      });
      const issue = (order: Omit<TicketOrder, 'serviceId'>) => {
        const { ticket } = day.issuing.issue({ serviceId, kioskId: null, ...order });
        clock.now = new Date(clock.now.getTime() + 60_000);
        return ticket.number;
      };
      const oldest = issue({});
      const newer = issue({});
      const elderly = issue({ priority: 'elderly' });
      const begun = booking('09:00', clock.now.getTime() - 60_000);
      const booked = issue({ appointment: { id: begun.id, at: begun.startAt } });
      const later = booking('10:00', clock.now.getTime() + 3_600_000);
      issue({ appointment: { id: later.id, at: later.startAt } });
      expect(day.views.nextUp(4)[department.code]).toEqual([elderly, booked, oldest, newer]);
      const officer = officerOf(own);
      day.counters.open(counter.id, officer);
      const calls = [elderly, booked, oldest].map(() => {
        const { ticket } = day.calling.callNext(counter.id, officer);
        if (ticket) day.hand.finish(ticket.id, officer);
        return ticket?.number;
      });
      expect(calls).toEqual([elderly, booked, oldest]);
    } finally {
      own.close();
    }
  });
});

describe("the officer's waiting list", () => {
  it('is in the order call-next takes the tickets, from the counter\'s priority streak; a booking before its slot last', () => {
    const { own, day, clock } = ownCenter('console-list.db');
    try {
      const counter = day.catalog.data.counters.find((c) => c.number === 1)!;
      const serviceId = counter.services[0]!.serviceId;
      const issue = (order: Omit<TicketOrder, 'serviceId'>) => {
        const { ticket } = day.issuing.issue({ serviceId, kioskId: null, ...order });
        clock.now = new Date(clock.now.getTime() + 60_000);
        return ticket.number;
      };
      const normal = issue({});
      const [p1, p2, p3] = [issue({ priority: 'elderly' }), issue({ priority: 'disabled' }), issue({ priority: 'pregnant' })];
      const later = own.appointments.insert({
        code: 'LH-10', serviceId, procedureCode: null, day: '2026-11-27', start: '10:00', end: '10:30', startAt: clock.now.getTime() + 3_600_000, idHash: 'x', phone: null, lang: 'vi', bookedAt: clock.now.getTime(),
      });
      const booked = issue({ appointment: { id: later.id, at: later.startAt } });
      const officer = officerOf(own);
      day.counters.open(counter.id, officer);
      const listed = () => day.views.counterQueue(counter.id, officer);
      // two priority calls in a row, then the normal ticket's turn (the list said priority first, by arrival)
      expect(listed().waiting.map((t) => t.number)).toEqual([p1, p2, normal, p3, booked]);
      for (const expected of [p1, p2, normal, p3]) {
        const { waiting, nextId } = listed();
        expect([waiting[0]!.number, nextId]).toEqual([expected, waiting[0]!.id]);
        const { ticket } = day.calling.callNext(counter.id, officer);
        expect(ticket?.number).toBe(expected);
        day.hand.finish(ticket!.id, officer);
      }
      // only a booking before its slot: listed, but nothing is called next
      expect(listed()).toMatchObject({ waiting: [{ number: booked }] });
      expect(listed().nextId).toBeUndefined();
      expect(day.calling.callNext(counter.id, officer).ticket).toBeNull();
    } finally {
      own.close();
    }
  });
  it('is the call order also beyond 200 waiting: a normal ticket behind 205 priority ones is third', () => {
    const { own, day } = ownCenter('console-long.db');
    try {
      const counter = day.catalog.data.counters.find((c) => c.number === 1)!;
      const serviceId = counter.services[0]!.serviceId;
      const normal = day.issuing.issue({ serviceId, kioskId: null }).ticket.number;
      const priority = Array.from({ length: 205 }, () => day.issuing.issue({ serviceId, kioskId: null, priority: 'elderly' }).ticket.number);
      const officer = officerOf(own);
      day.counters.open(counter.id, officer);
      const { waiting } = day.views.counterQueue(counter.id, officer);
      expect(waiting).toHaveLength(200);
      expect(waiting.slice(0, 4).map((t) => t.number)).toEqual([priority[0], priority[1], normal, priority[2]]);
    } finally {
      own.close();
    }
  });
});

describe('the wait forecast', () => {
  it('gives no wait to a ticket no open counter serves, issued between tickets that have one', () => {
    const { own, day, clock } = ownCenter('unserved.db');
    try {
      const officer = officerOf(own);
      const counter = day.catalog.data.counters.find((c) => c.departmentId === officer.departmentId)!;
      const closed = day.catalog.data.counters.find((c) => c.departmentId !== officer.departmentId)!;
      day.counters.open(counter.id, officer);
      const issue = (serviceId: number) => day.issuing.issue({ serviceId, kioskId: null }).ticket;
      const [before, unserved, after] = [counter, closed, counter].map((c) => issue(c.services[0]!.serviceId));
      clock.now = new Date(clock.now.getTime() + 2_000); // past the interval of the forecast made at the first ticket
      const wait = (id: number) => day.views.waits.forTicket(own.tickets.get(id)!);
      expect(wait(unserved!.id)).toBeUndefined();
      expect(wait(before!.id)!.minutes).toBeLessThan(wait(after!.id)!.minutes);
    } finally {
      day.close();
      own.close();
    }
  });
});

describe('the wait forecast of a long queue', () => {
  it('runs in its thread, on its own connection, and gives the waits the event loop would', async () => {
    const { own, day, clock } = ownCenter('long-queue.db');
    try {
      const officer = officerOf(own);
      const counters = day.catalog.data.counters.filter((c) => c.departmentId === officer.departmentId);
      for (const c of counters) day.counters.open(c.id, officer);
      const services = counters.flatMap((c) => c.services.map((s) => s.serviceId));
      const issued = Array.from({ length: THREAD_FROM_WAITING + 100 }, (_, i) => day.issuing.issue({ serviceId: services[i % services.length]!, kioskId: null, ...(i % 9 === 0 ? { priority: 'elderly' as const } : {}) }).ticket);
      await day.issuing.issued();
      const { waits } = day.views;
      const etas = () => issued.map((t) => waits.forTicket(own.tickets.get(t.id)!));
      clock.now = new Date(clock.now.getTime() + 2_000); // past the interval of the forecast made at the first ticket
      const inPlace = etas();
      expect(waits.last()?.where).toBe('in place');
      expect(inPlace.every((w) => w !== undefined)).toBe(true);

      await waits.refresh();
      expect(waits.last()?.where).toBe('thread');
      expect(etas()).toEqual(inPlace);

      // A ticket issued while the thread works waits behind the others of its line.
      clock.now = new Date(clock.now.getTime() + 5_000);
      const asked = waits.refresh();
      const late = day.issuing.issue({ serviceId: services[0]!, kioskId: null }).ticket;
      await asked;
      expect(waits.forTicket(own.tickets.get(late.id)!)!.minutes).toBeGreaterThanOrEqual(Math.max(...inPlace.map((w) => w!.minutes)) - 1);

      // Once the thread has ended, the forecast is computed in place again.
      day.close();
      clock.now = new Date(clock.now.getTime() + 5_000);
      await waits.refresh();
      expect(waits.last()?.where).toBe('in place');
      expect(waits.forTicket(own.tickets.get(late.id)!)).toBeDefined();
    } finally {
      day.close();
      own.close();
    }
  });
});
