import { describe, expect, it } from 'vitest';
import type { ProvinceSettings } from '@motcua/protocol';
import { applyProvinceSettings, provinceSettingsProblem, type SiteSettings } from './province-settings.ts';

const site = (): SiteSettings => ({
  center: {
    name: { vi: 'Trung tâm', en: 'Center' }, timeZone: 'Asia/Ho_Chi_Minh', dialect: 'south', englishAnnouncements: false, kioskPriorityStep: true,
    businessHours: { days: [1, 2, 3, 4, 5], opens: '07:00', closes: '17:00', holidays: ['2026-09-02', '2026-11-20'] },
    appointments: { perPersonPerDay: 2, services: { 'TP/HT': { slotMinutes: 15, capacity: 3 } } },
  },
  policy: { maxPriorityPerNormal: 2, agingMinutes: 30, recallLimit: 3 },
});

const v1: ProvinceSettings = {
  policy: { maxPriorityPerNormal: 3, agingMinutes: 45, recallLimit: 2 },
  businessHours: { days: [1, 2, 3, 4, 5, 6], opens: '07:30', closes: '17:00', holidays: ['2026-09-02', '2027-01-01'] },
  appointments: { perPersonPerDay: 1, daysAhead: 10 },
};

describe('the province\'s settings over a site\'s own', () => {
  it('sets every value the province publishes the first time, keeping the site\'s own holidays and per-service slots', () => {
    const out = applyProvinceSettings(site(), null, v1);
    expect(out.policy).toEqual(v1.policy);
    expect(out.center.businessHours).toEqual({ days: [1, 2, 3, 4, 5, 6], opens: '07:30', closes: '17:00', holidays: ['2026-09-02', '2026-11-20', '2027-01-01'] });
    expect(out.center.appointments).toEqual({ perPersonPerDay: 1, daysAhead: 10, services: { 'TP/HT': { slotMinutes: 15, capacity: 3 } } });
    expect(out.center.name).toEqual(site().center.name);
    expect(out.kept).toEqual([]);
  });

  it('leaves what the province does not set as the site has it', () => {
    const out = applyProvinceSettings(site(), null, { policy: { maxPriorityPerNormal: 1, agingMinutes: 30, recallLimit: 3 } });
    expect(out.policy.maxPriorityPerNormal).toBe(1);
    expect(out.center).toEqual(site().center);
  });

  it('keeps a value the site\'s admin changed locally since the previous version; the others follow the province', () => {
    const applied = applyProvinceSettings(site(), null, v1);
    applied.policy.recallLimit = 5; // the site's admin, locally
    applied.center.businessHours!.holidays = [...applied.center.businessHours!.holidays!, '2027-02-03'];
    const v2: ProvinceSettings = { ...v1, policy: { maxPriorityPerNormal: 4, agingMinutes: 45, recallLimit: 1 }, businessHours: { ...v1.businessHours!, closes: '16:30', holidays: ['2027-01-01'] } };
    const out = applyProvinceSettings(applied, v1, v2);
    expect(out.policy).toEqual({ maxPriorityPerNormal: 4, agingMinutes: 45, recallLimit: 5 });
    expect(out.kept).toEqual(['policy.recallLimit']);
    // 2026-09-02 was the province's and it dropped it; 2026-11-20 and 2027-02-03 are the site's own
    expect(out.center.businessHours).toMatchObject({ closes: '16:30', holidays: ['2026-11-20', '2027-01-01', '2027-02-03'] });
  });

  it('compares objects whatever the order of their keys', () => {
    const withSlot: ProvinceSettings = { appointments: { slot: { slotMinutes: 20, capacity: 2 } } };
    const applied = applyProvinceSettings(site(), null, withSlot);
    applied.center.appointments!.slot = { capacity: 2, slotMinutes: 20 };
    const out = applyProvinceSettings(applied, withSlot, { appointments: { slot: { slotMinutes: 30, capacity: 1 } } });
    expect(out.center.appointments!.slot).toEqual({ slotMinutes: 30, capacity: 1 });
    expect(out.kept).toEqual([]);
  });

  it('leaves a site with no business hours (always open) that way when its admin took them away', () => {
    const applied = applyProvinceSettings(site(), null, v1);
    delete applied.center.businessHours;
    const out = applyProvinceSettings(applied, v1, v1);
    expect(out.center.businessHours).toBeUndefined();
    expect(out.kept).toEqual(['businessHours.days', 'businessHours.opens', 'businessHours.closes']);
  });

  it('finds what is wrong with settings before they are published', () => {
    expect(provinceSettingsProblem(v1)).toBeNull();
    expect(provinceSettingsProblem({ businessHours: { days: [1], opens: '17:00', closes: '07:00' } })).toMatchObject({ path: '/businessHours/closes', message: 'must be after opens (17:00)' });
    expect(provinceSettingsProblem({ businessHours: { days: [1], opens: '07:00', closes: '17:00', windows: [{ opens: '07:00', closes: '12:00' }, { opens: '11:00', closes: '17:00' }] } }))
      .toMatchObject({ path: '/businessHours/windows/1/opens' });
    expect(provinceSettingsProblem({ businessHours: { days: [1], opens: '07:00', closes: '17:00', holidays: ['2027-01-01', '2027-01-01'] } })).toMatchObject({ path: '/businessHours/holidays' });
  });
});
