import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from './db.ts';
import { MIGRATIONS } from './migrations.ts';
import { Store } from './index.ts';
import { TicketStore } from './tickets.ts';

describe('migrations', () => {
  it('migrate a fresh database to the latest schema, once', () => {
    const db = openDatabase(':memory:');
    const applied = db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all();
    expect(applied).toEqual(MIGRATIONS.map((m) => m.id));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['tickets', 'counters', 'services', 'departments', 'users', 'sessions', 'devices', 'ratings', 'audit_log', 'day_numbers', 'settings']));
    db.close();
  });

  it('open the database durably: WAL and synchronous=FULL', () => {
    const store = Store.open(`${process.env.TMPDIR ?? '/tmp'}/motcua-pragmas-${process.pid}.db`);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    store.close();
  });
});

describe('group commit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-group-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let files = 0;
  const file = () => join(dir, `${++files}.db`);
  const write = (store: Store, key: string) => store.db.prepare("INSERT INTO settings (key, value) VALUES (?, '1')").run(key);
  const read = (name: string) => {
    const other = openDatabase(name);
    try {
      return other.prepare('SELECT key FROM settings ORDER BY key').pluck().all();
    } finally {
      other.close();
    }
  };

  it("commits the turn's commands together, runs their effects once flushed, and is back to synchronous=FULL", async () => {
    const name = file();
    const store = Store.open(name);
    const heard: string[] = [];
    store.grouped(() => write(store, 'a'));
    store.afterCommit('push', () => heard.push('first'));
    store.grouped(() => write(store, 'b'));
    store.afterCommit('push', () => heard.push('second')); // one push per key and group: the last wins
    expect(heard).toEqual([]);
    await store.durable();
    expect(heard).toEqual(['second']);
    expect(read(name)).toEqual(expect.arrayContaining(['a', 'b']));
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    store.close();
  });

  it('makes a later durable() wait for the group still being flushed', async () => {
    const store = Store.open(file());
    store.grouped(() => write(store, 'c'));
    const flushed = store.durable();
    await new Promise((r) => setImmediate(r)); // the group has committed; its fsync runs in the thread pool
    expect(store.durable()).toBe(flushed);
    await flushed;
    store.close();
  });

  it('flushes the group at once when another transaction comes, and rolls back a command that throws', () => {
    const name = file();
    const store = Store.open(name);
    const heard: string[] = [];
    store.grouped(() => write(store, 'd'));
    store.afterCommit('push', () => heard.push('grouped'));
    expect(() => store.grouped(() => {
      write(store, 'e');
      throw new Error('refused');
    })).toThrow('refused');
    store.transaction(() => write(store, 'f'));
    expect(heard).toEqual(['grouped']);
    expect(read(name)).toEqual(expect.arrayContaining(['d', 'f']));
    expect(read(name)).not.toContain('e');
    store.close();
  });
});

describe('the waiting queue', () => {
  const store = new Store(openDatabase(':memory:'));
  const plan = (sql: string, ...params: unknown[]) =>
    (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');

  it('finds the head of a line through the partial index, without a scan or a sort', () => {
    const detail = plan(`SELECT * FROM tickets WHERE status = 'waiting' AND target_counter_id IS NULL AND service_id = ? AND is_priority = ? ORDER BY arrival_at, id LIMIT 1`, 1, 0);
    expect(detail).toMatch(/USING INDEX tickets_waiting_line/);
    expect(detail).not.toMatch(/SCAN tickets|TEMP B-TREE/);
  });

  it('finds tickets sent to one counter through their own partial index', () => {
    const detail = plan(`SELECT * FROM tickets WHERE status = 'waiting' AND target_counter_id IS NOT NULL AND target_counter_id = ? AND is_priority = ? ORDER BY arrival_at, id LIMIT 1`, 1, 0);
    expect(detail).toMatch(/USING INDEX tickets_waiting_targeted/);
    expect(detail).not.toMatch(/SCAN tickets|TEMP B-TREE/);
  });

  it('reads the whole waiting queue for the wait forecast from one covering index, line by line in its order, not row by row', () => {
    const detail = plan(`SELECT service_id, priority, json_group_array(id) FROM tickets WHERE status = 'waiting' GROUP BY department_id, service_id, priority`);
    expect(detail).toMatch(/USING COVERING INDEX tickets_waiting/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });

  it('gives the wait forecast every waiting ticket with its line, arrival, counter sent to and booking', () => {
    const db = openDatabase(':memory:');
    db.exec(`INSERT INTO departments (id, code, name_vi, name_en, block_start, block_end) VALUES (1, 'A', 'A', 'A', 1000, 1999), (2, 'B', 'B', 'B', 2000, 2999);
      INSERT INTO services (id, department_id, code, name_vi, name_en) VALUES (1, 1, 'a', 'a', 'a'), (2, 2, 'b', 'b', 'b'), (3, 1, 'c', 'c', 'c');
      INSERT INTO counters (id, number, name, department_id) VALUES (7, 7, '7', 1)`);
    const insert = db.prepare(`INSERT INTO tickets (id, business_day, number, department_id, service_id, priority, is_priority, status, track_code, issued_at, queued_at, arrival_at, target_counter_id, appointment_at)
      VALUES (?, '2026-11-27', ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)`);
    const rows: [number, number, string | null, string, number, number | null, number | null][] = [
      [1, 2, null, 'waiting', 50, null, null], [2, 1, 'elderly', 'waiting', 40, null, null], [3, 1, null, 'waiting', 30, 7, null], [4, 1, null, 'done', 20, null, null],
      [5, 3, null, 'waiting', 10, null, 900], [6, 1, null, 'waiting', 30, null, null], [7, 1, 'disabled', 'waiting', 5, 7, 800], [8, 1, null, 'waiting', 25, null, null],
    ];
    for (const [id, service, priority, status, arrival, target, appointment] of rows) {
      insert.run(id, 1000 + id, service === 2 ? 2 : 1, service, priority, priority ? 1 : 0, status, `t${id}`, arrival, target, appointment);
    }
    const ticket = (id: number, serviceId: number, priority: string | null, arrivalAt: number, targetCounterId: number | null = null, appointmentAt: number | null = null) => ({ id, serviceId, priority, arrivalAt, targetCounterId, appointmentAt });
    // the index's order: department, service, priority group, arrival, counter sent to, booking
    expect(new TicketStore(db).waitingLines(1_796_000_000_000)).toEqual([
      ticket(8, 1, null, 25), ticket(6, 1, null, 30), ticket(3, 1, null, 30, 7), ticket(7, 1, 'disabled', 5, 7, 800), ticket(2, 1, 'elderly', 40),
      ticket(5, 3, null, 10, null, 900), ticket(1, 2, null, 50),
    ]);
    db.close();
  });

  it("counts a ticket's place in its line from the line's count less those behind it, as counting those ahead does, after an upgrade and every kind of change", () => {
    // tickets waiting before the line counts existed (migration 14), then changes after it
    const lineCounts = MIGRATIONS.find((m) => m.name === 'waiting counts per line kept by triggers')!;
    const db = openDatabase(':memory:', MIGRATIONS.filter((m) => m.id < lineCounts.id));
    db.exec(`INSERT INTO departments (id, code, name_vi, name_en, block_start, block_end) VALUES (1, 'A', 'A', 'A', 1000, 9999);
      INSERT INTO services (id, department_id, code, name_vi, name_en) VALUES (1, 1, 'a', 'a', 'a'), (2, 1, 'b', 'b', 'b');
      INSERT INTO counters (id, number, name, department_id) VALUES (7, 7, '7', 1)`);
    const insert = db.prepare(`INSERT INTO tickets (id, business_day, number, department_id, service_id, priority, is_priority, status, track_code, issued_at, queued_at, arrival_at, target_counter_id)
      VALUES (@id, '2026-11-27', @id, 1, @service, @priority, @isPriority, 'waiting', 't' || @id, 0, 0, @arrival, @target)`);
    let seed = 7;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let id = 1; id <= 400; id++) {
      const priority = random(5) === 0;
      insert.run({ id, service: 1 + random(2), priority: priority ? 'elderly' : null, isPriority: priority ? 1 : 0, arrival: random(300), target: random(10) === 0 ? 7 : null });
    }
    expect(migrate(db, MIGRATIONS)).toEqual(MIGRATIONS.filter((m) => m.id >= lineCounts.id).map((m) => m.id));
    // calls, a supervisor's change of group, tickets sent back to the line, tickets deleted
    for (let i = 0; i < 150; i++) {
      const id = 1 + random(400);
      const change = random(4);
      if (change === 0) db.prepare("UPDATE tickets SET status = 'called' WHERE id = ?").run(id);
      else if (change === 1) db.prepare('UPDATE tickets SET is_priority = 1 - is_priority WHERE id = ?').run(id);
      else if (change === 2) db.prepare("UPDATE tickets SET status = 'waiting', arrival_at = ? WHERE id = ?").run(random(300), id);
      else db.prepare('DELETE FROM tickets WHERE id = ?').run(id);
    }
    const counted = db.prepare<{ serviceId: number; isPriority: number; arrivalAt: number; id: number }, number>(`SELECT count(*) FROM tickets
      WHERE status = 'waiting' AND target_counter_id IS NULL AND service_id = @serviceId
      AND (is_priority > @isPriority OR (is_priority = @isPriority AND (arrival_at < @arrivalAt OR (arrival_at = @arrivalAt AND id < @id))))`).pluck();
    const tickets = new TicketStore(db);
    const ids = db.prepare<[], number>("SELECT id FROM tickets WHERE status = 'waiting' AND target_counter_id IS NULL").pluck().all();
    const places = ids.map((id) => {
      const t = tickets.get(id)!;
      return [tickets.ahead(t), counted.get({ serviceId: t.serviceId, isPriority: t.priority ? 1 : 0, arrivalAt: t.arrivalAt, id })];
    });
    expect(places.length).toBeGreaterThan(200);
    for (const [ahead, count] of places) expect(ahead).toBe(count);
    db.close();
  });

  it("looks for the notifier's tickets (bookings that left a phone, pages that asked for Web Push) among those few, not among every waiting ticket", () => {
    const statements = (store.notifications as unknown as { q: Record<'waitingWithPhone' | 'waitingWithPush', { source: string }> }).q;
    expect(plan(statements.waitingWithPhone.source)).toMatch(/^SCAN t USING INDEX tickets_appointment_line/);
    expect(plan(statements.waitingWithPush.source)).toMatch(/^SCAN s \|/);
  });

  it("reads the day's latest calls back along the calls' index, without reading the day's tickets", () => {
    const detail = plan(`SELECT counter_id, called_at FROM tickets WHERE +business_day = ? AND called_at IS NOT NULL AND counter_id IS NOT NULL ORDER BY called_at DESC LIMIT 80`, '2026-11-27');
    expect(detail).toMatch(/USING INDEX tickets_called/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });

  it("reads every counter's tickets through the index of tickets at counters, not every ticket", () => {
    const { source } = (store.tickets as unknown as { q: Record<'liveAtCounters', { source: string }> }).q.liveAtCounters;
    expect(plan(source)).toMatch(/^SEARCH tickets USING INDEX tickets_counter_live/);
  });

  it('checks whether a number is live through an index', () => {
    const detail = plan(`SELECT * FROM tickets WHERE business_day = ? AND number = ? AND status IN ('waiting','called','serving','parked')`, '2026-11-27', 1001);
    expect(detail).toMatch(/USING INDEX tickets_live_number/);
  });
});

describe('checkpoints', () => {
  it('copies the log back on its own thread once it outgrows 4 MB, never on the committing one: the log starts again after each quiet moment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-checkpoints-'));
    const store = Store.open(join(dir, 'motcua.db'));
    try {
      expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      store.db.exec('CREATE TABLE filler (x BLOB)');
      const burst = async (megabytes: number) => {
        for (let i = 0; i < megabytes * 10; i++) {
          store.transaction(() => store.db.prepare('INSERT INTO filler VALUES (randomblob(100000))').run());
          if (i % 10 === 9) await new Promise((r) => setTimeout(r, 50));
        }
        // a quiet moment: the thread's next checkpoint copies all of it back
        const copied = store.checkpoints!.copied;
        await expect.poll(() => store.checkpoints!.copied, { timeout: 20_000 }).toBeGreaterThan(copied);
      };
      await burst(6);
      const sizes: number[] = [];
      for (let round = 0; round < 4; round++) {
        await burst(5);
        sizes.push(statSync(join(dir, 'motcua.db-wal')).size);
      }
      // 26 MB written: without checkpoints the log would hold all of it; with them, one burst
      expect(Math.max(...sizes)).toBeLessThan(12 * 1024 * 1024);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
