import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfig } from '../../config/demo.ts';
import type { Actor } from '../../domain/actor.ts';
import { Store } from '../../store/index.ts';
import { QueueService } from './index.ts';

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

  it('publishes a call, the counter and the waiting counts after the call commits', () => {
    const user = store.auth.userByUsername('officer01')!;
    const officer: Actor = { userId: user.id, deviceId: null, role: 'officer', departmentId: user.departmentId, deviceCounterId: null };
    const counter = queue.catalog.data.counters.find((c) => c.number === 1)!;
    queue.counters.open(counter.id, officer);
    heard.length = 0;
    const { ticket } = queue.calling.callNext(counter.id, officer);
    expect(heard).toEqual([`called ${ticket!.number}`, 'counter 1', 'waiting']);
  });
});

describe('the first command of a new day', () => {
  it('expires what the last day left waiting, also when that first command is refused', () => {
    const own = Store.open(join(dir, 'rollover.db'));
    let now = new Date('2026-11-27T09:00:00+07:00');
    own.catalog.applyConfig(demoConfig(), now);
    const day = new QueueService(own, () => now, { called() {}, queueChanged() {}, counterChanged() {} });
    try {
      const user = own.auth.userByUsername('officer01')!;
      const officer: Actor = { userId: user.id, deviceId: null, role: 'officer', departmentId: user.departmentId, deviceCounterId: null };
      const counter = day.catalog.data.counters.find((c) => c.number === 1)!;
      day.counters.open(counter.id, officer);
      const left = day.issuing.issue({ serviceId: counter.services[0]!.serviceId, kioskId: null }).ticket;
      now = new Date('2026-11-28T08:00:00+07:00');
      expect(() => day.calling.callNumber(counter.id, officer, 9999)).toThrow(/9999/);
      day.issuing.issue({ serviceId: counter.services[0]!.serviceId, kioskId: null });
      expect(own.tickets.get(left.id)!.status).toBe('expired');
    } finally {
      own.close();
    }
  });
});
