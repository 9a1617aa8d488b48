import { describe, expect, it } from 'vitest';
import { assertOnOffer, assertUnderDailyCap, type IssuedService } from './issuing.ts';

const service = (dailyCap: number | null, enabled = true): IssuedService => ({ name: { vi: 'Hộ tịch', en: 'Civil status' }, enabled, dailyCap });

describe('what a kiosk may issue', () => {
  it('refuses a service taken off offer', () => {
    expect(() => assertOnOffer(service(null, false), 1)).toThrow(expect.objectContaining({ code: 'service_disabled' }));
    expect(() => assertOnOffer(service(null), 1)).not.toThrow();
  });

  it('refuses a service no counter serves: its ticket would never be called', () => {
    expect(() => assertOnOffer(service(null), 0)).toThrow(expect.objectContaining({ code: 'service_unserved', vi: expect.stringContaining('Chưa có quầy nào phục vụ') }));
  });

  it('issues up to the daily cap, then refuses', () => {
    expect(() => assertUnderDailyCap(service(3), () => 2)).not.toThrow();
    expect(() => assertUnderDailyCap(service(3), () => 3)).toThrow(expect.objectContaining({ code: 'daily_cap_reached', vi: expect.stringContaining('Đã hết 3 số') }));
  });

  it('has no limit without a cap', () => {
    expect(() => assertUnderDailyCap(service(null), () => { throw new Error('an uncapped service is not counted'); })).not.toThrow();
  });
});
