// Retention: tracking codes of tickets older than the set number of days (30 by default) are
// erased when the server starts and each night; the day's figures stay, so reports still work.
import { afterAll, describe, expect, it } from 'vitest';
import type { Stats } from '@motcua/protocol';
import { http, issue, login, officerAt, startServer, type Running } from '../support/server.ts';

describe('tracking codes past the retention period', () => {
  let server: Running | undefined;
  afterAll(() => server?.close());

  it('are erased while the reports of their days stay', async () => {
    let now = new Date('2026-10-15T03:00:00Z');
    const first = await startServer({ clock: () => now });
    const old = await issue(first.url, 1);
    const officer = await officerAt(first.url, 'officer01', 1);
    await http(first.url, '/api/counters/1/call-next', { token: officer, method: 'POST' });
    await http(first.url, `/api/tickets/${old.id}/finish`, { token: officer, method: 'POST' });
    now = new Date('2026-11-20T03:00:00Z');
    const recent = await issue(first.url, 2);
    await first.stop();

    now = new Date('2026-11-27T03:00:00Z');
    server = await startServer({ dir: first.dir, port: Number(new URL(first.url).port), clock: () => now });
    expect((await http(server.url, `/api/tickets/track/${old.trackCode}`)).status).toBe(404);
    expect((await http(server.url, `/api/tickets/track/${recent.trackCode}`)).status).toBe(200);
    expect(server.store.db.prepare('SELECT count(*) AS n FROM tickets WHERE track_code = ?').get(old.trackCode)).toEqual({ n: 0 });

    const supervisor = await login(server.url, 'supervisor');
    const { status, body } = await http<Stats>(server.url, '/api/stats?from=2026-10-15&to=2026-10-15', { token: supervisor });
    expect(status).toBe(200);
    expect(body.departments.find((d) => d.code === 'TP')).toMatchObject({ issued: 1, served: 1 });
  });
});
