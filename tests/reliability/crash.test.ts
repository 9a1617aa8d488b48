// Crash: the real server, in its own process, is killed with SIGKILL in the middle of a burst of 16
// kiosks. After a restart on the same data, every ticket a kiosk was told about (201) is there with
// its number, no number is handed out twice, and issuing goes on.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ticket } from '@motcua/protocol';
import { HttpClient } from '../bench/http.ts';
import { spawnServer, type ChildServer } from '../support/child-server.ts';
import { send } from '../support/server.ts';

const KIOSKS = 16;
const ACKED_BEFORE_KILL = 120;
const SERVICES = 23;

/** 16 kiosks issuing back to back until `stop()` says so or the server goes away. */
function burst(url: string, acked: Ticket[], shouldStop: () => boolean): Promise<void> {
  const client = new HttpClient(url, KIOSKS);
  let n = 0;
  return Promise.all(Array.from({ length: KIOSKS }, async () => {
    while (!shouldStop()) {
      const reply = await client.post<Ticket>('/api/tickets', { token: 'demo-kiosk', body: { serviceId: (n++ % SERVICES) + 1 } }).catch(() => undefined);
      if (!reply) return; // the connection died with the server: this ticket was never acknowledged
      if (reply.status === 201) acked.push(reply.body);
      else throw new Error(`issue answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    }
  })).then(() => client.close());
}

describe('a server killed with SIGKILL during a burst of 16 kiosks', () => {
  let server: ChildServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  it('keeps every acknowledged ticket and its number, reuses no number, and issues again after a restart', async () => {
    server = await spawnServer();
    const before: Ticket[] = [];
    let killed = false;
    const running = burst(server.url, before, () => killed);
    await expect.poll(() => before.length, { timeout: 60_000, interval: 5 }).toBeGreaterThanOrEqual(ACKED_BEFORE_KILL);
    await server.kill('SIGKILL');
    killed = true;
    await running;
    const ackedBeforeKill = before.length;

    server = await spawnServer({ dir: server.dir });
    for (const t of before) {
      const { status, body } = await send(server.url, 'GET /api/tickets/track/:trackCode', { params: { trackCode: t.trackCode } });
      expect(status, `ticket ${t.number} (id ${t.id})`).toBe(200);
      expect(body).toMatchObject({ number: t.number, status: 'waiting', departmentCode: t.departmentCode });
    }

    const after: Ticket[] = [];
    await burst(server.url, after, () => after.length >= 2 * KIOSKS);
    expect(after.length).toBeGreaterThanOrEqual(2 * KIOSKS);
    await server.stop();

    // Nothing was called, so every ticket is live: a number may appear only once per department.
    const numbers = [...before, ...after].map((t) => `${t.departmentCode} ${t.number}`);
    expect(new Set(numbers).size).toBe(numbers.length);
    const db = new Database(join(server.dir, 'motcua.db'), { readonly: true });
    const reused = db.prepare('SELECT department_id, number, count(*) AS n FROM tickets GROUP BY department_id, number HAVING n > 1').all();
    const stored = db.prepare('SELECT count(*) FROM tickets').pluck().get() as number;
    db.close();
    expect(reused).toEqual([]);
    // Tickets committed just before the kill whose answer never left may exist; acknowledged ones must.
    expect(stored).toBeGreaterThanOrEqual(ackedBeforeKill + after.length);
  }, 120_000);
});
