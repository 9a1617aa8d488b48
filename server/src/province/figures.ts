// The hub's answers built from its store's rows: every site with its live figures per department
// (estimated wait = waiting × recent service time ÷ open counters), and the province report.
import type { ProvinceSites, ProvinceStats } from '@motcua/protocol';
import type { DepartmentLive, SiteRecord } from '../store/province/hub.ts';
import type { FiguresRow } from '../store/province/reports.ts';

/** A site that reached the hub within this time is online (an idle site says hello every 15 s). */
export const ONLINE_WITHIN_MS = 60_000;

export function etaMinutes(d: Pick<DepartmentLive, 'waiting' | 'serving' | 'serviceSeconds'>): number | null {
  if (d.waiting === 0) return 0;
  if (d.serving === 0 || d.serviceSeconds === null) return null;
  return Math.ceil((d.waiting * d.serviceSeconds) / d.serving / 60);
}

export function siteList(sites: readonly SiteRecord[], live: readonly DepartmentLive[], now: Date): ProvinceSites {
  return sites.map((s) => ({
    code: s.code,
    name: s.name,
    online: s.lastSeenAt !== null && now.getTime() - s.lastSeenAt.getTime() < ONLINE_WITHIN_MS,
    lastSeenAt: s.lastSeenAt?.toISOString() ?? null,
    lagSeconds: s.lagSeconds,
    departments: live.filter((d) => d.site === s.code).map((d) => ({ code: d.department, waiting: d.waiting, overTarget: d.overTarget, serving: d.serving, etaMinutes: etaMinutes(d) })),
  }));
}

export function statsAnswer(from: string, to: string, sites: readonly SiteRecord[], rows: readonly FiguresRow[]): ProvinceStats {
  const figures = ({ issued, served, noShow, waitP50, waitP90 }: FiguresRow) => ({ issued, served, noShow, waitP50, waitP90 });
  const zero = { issued: 0, served: 0, noShow: 0, waitP50: null, waitP90: null };
  const names = new Map(sites.map((s) => [s.code, s.name]));
  const total = rows.find((r) => r.site === null);
  return {
    from, to,
    sites: rows.filter((r) => r.site !== null && r.department === null).map((r) => ({
      code: r.site!, name: names.get(r.site!) ?? r.site!, ...figures(r),
      departments: rows.filter((d) => d.site === r.site && d.department !== null).map((d) => ({ code: d.department!, ...figures(d) })),
    })),
    total: total ? figures(total) : zero,
  };
}
