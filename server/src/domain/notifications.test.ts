import { describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_NEAR, fillTemplate, isNearTurn, nearMessage, withoutDiacritics } from './notifications.ts';

const now = Date.parse('2026-12-01T02:00:00Z');

describe('near turn', () => {
  it('is near with at most 3 ahead or 10 minutes to wait', () => {
    expect(isNearTurn({ ahead: 3, etaMinutes: 40, appointmentAt: null, now }, DEFAULT_NEAR)).toBe(true);
    expect(isNearTurn({ ahead: 4, etaMinutes: 10, appointmentAt: null, now }, DEFAULT_NEAR)).toBe(true);
    expect(isNearTurn({ ahead: 4, etaMinutes: 11, appointmentAt: null, now }, DEFAULT_NEAR)).toBe(false);
  });

  it('is not near for an appointment more than 10 minutes before its slot', () => {
    expect(isNearTurn({ ahead: 0, etaMinutes: 0, appointmentAt: now + 11 * 60_000, now }, DEFAULT_NEAR)).toBe(false);
    expect(isNearTurn({ ahead: 0, etaMinutes: 0, appointmentAt: now + 10 * 60_000, now }, DEFAULT_NEAR)).toBe(true);
  });
});

describe('messages', () => {
  it('says the number, the service and how many are ahead', () => {
    const text = nearMessage('vi', { number: '1002', service: { vi: 'Lý lịch tư pháp', en: 'Judicial record' }, department: { vi: 'Sở Tư pháp', en: 'Department of Justice' }, ahead: 1 });
    expect(text).toBe('motcua: Số 1002 (Lý lịch tư pháp) sắp đến lượt: còn 1 người trước bạn. Mời quý vị có mặt tại khu chờ Sở Tư pháp.');
    expect(withoutDiacritics(text)).toBe('motcua: So 1002 (Ly lich tu phap) sap den luot: con 1 nguoi truoc ban. Moi quy vi co mat tai khu cho So Tu phap.');
  });

  it('fills a gateway template, escaped for JSON', () => {
    expect(fillTemplate('{"to":"{phone}","text":"{message}","x":"{other}"}', { phone: '0912345678', message: 'a "b"\nc' }))
      .toBe('{"to":"0912345678","text":"a \\"b\\"\\nc","x":"{other}"}');
  });

  it('backs off by doubling', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(30, 1000)).toBe(3_600_000);
  });
});
