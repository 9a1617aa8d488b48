// Numbering and expiry across midnight in Asia/Ho_Chi_Minh, with an injected clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CenterConfig } from '@motcua/protocol';
import type { Ticket } from '@motcua/protocol';
import { hashSecret } from '../../server/src/security/crypto.ts';
import { issue, refusal, send, startServer, type Running } from '../support/server.ts';

let now = new Date('2026-11-27T16:58:00Z'); // 23:58 in Hồ Chí Minh City
let server: Running;
beforeAll(async () => {
  server = await startServer({ clock: () => now });
});
afterAll(() => server.close());

describe('business day', () => {
  it('restarts numbering at midnight local time and expires what was left waiting', async () => {
    const late = await issue(server.url, 1);
    const later = await issue(server.url, 1);
    expect([late.number, later.number]).toEqual(['1001', '1002']);
    now = new Date('2026-11-27T17:00:30Z'); // 00:00:30 the next day
    const first = await issue(server.url, 1);
    expect(first.number).toBe('1001');
    const old = await send(server.url, 'GET /api/tickets/track/:trackCode', { params: { trackCode: late.trackCode } });
    expect(old.body.status).toBe('expired');
    expect(first.position).toBe(1);
  });

  it('keeps numbers unique among live tickets after the block wraps', async () => {
    const small = await startServer({ clock: () => now, config: smallCenter });
    try {
      const issued: Ticket[] = [];
      for (let i = 0; i < 3; i++) issued.push(await issue(small.url, 1));
      expect(issued.map((t) => t.number)).toEqual(['1', '2', '3']);
      const full = await refusal(small.url, 'POST /api/tickets', { token: 'demo-kiosk', body: { serviceId: 1 } });
      expect(full.status).toBe(409);
      expect(full.body.error.code).toBe('block_exhausted');
    } finally {
      await small.close();
    }
  });
});

/** One department whose block holds three numbers. */
function smallCenter(): CenterConfig {
  return {
    center: { name: { vi: 'Trung tâm thử', en: 'Test center' }, timeZone: 'Asia/Ho_Chi_Minh', dialect: 'south' as const, englishAnnouncements: false, kioskPriorityStep: true },
    policy: { maxPriorityPerNormal: 2, agingMinutes: 45, recallLimit: 3 },
    departments: [{ code: 'TP', name: { vi: 'Sở Tư pháp', en: 'Justice' }, block: { start: 1, end: 3 }, services: [{ code: 'LLTP', name: { vi: 'Lý lịch tư pháp', en: 'Judicial record' } }] }],
    counters: [{ number: 1, department: 'TP', services: { LLTP: 1 } }],
    users: [],
    devices: [{ name: 'Kiosk', kind: 'kiosk' as const, keyHash: hashSecret('demo-kiosk') }],
  };
}
