// The settings a province publishes to its sites, over each site's own configuration. Pure.
//
// Precedence, value by value (each call-policy field, each appointment limit, the business hours'
// days, opens, closes and windows):
// - the province sets the value, unless the site's admin changed it locally since the province's
//   previous version (the site's value differs from what the province set then): the local value wins;
// - a value the province does not set stays the site's own;
// - holidays: the province's join the site's own (those its admin added); a holiday the province
//   drops from its list goes, one the site added stays;
// - counters, officers, departments, services (targets, daily caps), per-service appointment slots,
//   the center's name, voice and notification channels are never the province's.
import type { CenterConfig, ProvinceSettings } from '@motcua/protocol';
import { businessHoursProblem } from './business-hours.ts';

export type SiteSettings = Pick<CenterConfig, 'center' | 'policy'>;
type Appointments = NonNullable<ProvinceSettings['appointments']>;

/** What is wrong with settings a province supervisor publishes (beyond their shape), or null. */
export function provinceSettingsProblem(settings: ProvinceSettings): { path: string; message: string; vi: string } | null {
  const hours = settings.businessHours && businessHoursProblem(settings.businessHours);
  if (hours) return { ...hours, path: `/businessHours${hours.path}` };
  const holidays = settings.businessHours?.holidays ?? [];
  const twice = holidays.find((d, i) => holidays.indexOf(d) !== i);
  if (twice) return { path: '/businessHours/holidays', message: `${twice} is listed twice`, vi: `ngày nghỉ ${twice} bị ghi hai lần` };
  return null;
}

/** The site's settings with the province's applied, and the values where the site's own won (paths such as policy.recallLimit). */
export function applyProvinceSettings(site: SiteSettings, previous: ProvinceSettings | null, next: ProvinceSettings): SiteSettings & { kept: string[] } {
  const kept: string[] = [];
  const pick = <T>(path: string, current: T, before: T | undefined, wanted: T | undefined): T => {
    if (wanted === undefined) return current;
    if (before === undefined || same(current, before)) return wanted;
    if (!same(current, wanted)) kept.push(path);
    return current;
  };

  const policy = { ...site.policy };
  for (const k of Object.keys(next.policy ?? {}) as (keyof SiteSettings['policy'])[]) {
    policy[k] = pick(`policy.${k}`, site.policy[k], previous?.policy?.[k], next.policy![k]);
  }

  const center = structuredClone(site.center);
  const want = next.businessHours;
  if (want) {
    const cur = site.center.businessHours;
    const prev = previous?.businessHours;
    const days = pick('businessHours.days', cur?.days, prev?.days, want.days);
    const opens = pick('businessHours.opens', cur?.opens, prev?.opens, want.opens);
    const closes = pick('businessHours.closes', cur?.closes, prev?.closes, want.closes);
    const windows = pick('businessHours.windows', cur?.windows, prev?.windows, want.windows);
    const local = (cur?.holidays ?? []).filter((d) => !(prev?.holidays ?? []).includes(d));
    const holidays = [...new Set([...(want.holidays ?? []), ...local])].sort();
    // no days/opens/closes: the site's admin took its hours away locally (always open), and that stays
    if (days && opens && closes) center.businessHours = { days, opens, closes, ...(windows ? { windows } : {}), ...(holidays.length > 0 ? { holidays } : {}) };
  }

  if (next.appointments) {
    const cur = site.center.appointments ?? {};
    const merged: Record<string, unknown> = { ...cur };
    for (const k of Object.keys(next.appointments) as (keyof Appointments)[]) {
      merged[k] = pick(`appointments.${k}`, cur[k], previous?.appointments?.[k], next.appointments[k]);
    }
    center.appointments = merged as SiteSettings['center']['appointments'];
  }
  return { center, policy, kept };
}

/** Equal as JSON values, whatever the order of object keys. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
