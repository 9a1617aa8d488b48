import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { assertReprintable, type PrintedTicket } from './reprint.ts';

const kiosk = (deviceId: number): Actor => ({ userId: null, deviceId, role: 'kiosk', departmentId: null, deviceCounterId: null });
const officer: Actor = { userId: 7, deviceId: null, role: 'officer', departmentId: 1, deviceCounterId: null };
const waiting: PrintedTicket = { number: '1001', status: 'waiting', kioskId: 20 };

describe('which tickets are printed again', () => {
  it('prints a live ticket again for its kiosk or an officer', () => {
    for (const status of ['waiting', 'called', 'serving', 'parked'] as const) {
      expect(() => assertReprintable({ ...waiting, status }, kiosk(20))).not.toThrow();
    }
    expect(() => assertReprintable(waiting, officer)).not.toThrow();
  });

  it('refuses another kiosk\'s ticket', () => {
    expect(() => assertReprintable(waiting, kiosk(21))).toThrow(expect.objectContaining({ code: 'not_this_kiosk' }));
  });

  it('refuses a ticket whose visit is over', () => {
    for (const status of ['done', 'no_show', 'transferred', 'expired'] as const) {
      expect(() => assertReprintable({ ...waiting, status }, officer)).toThrow(expect.objectContaining({ code: 'not_reprintable' }));
    }
  });
});
