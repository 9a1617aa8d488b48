// Province reports: the figures of GET /api/stats (issued, served, no-show, wait percentiles) for
// business days from..to, by site and department, by site, and for the province, computed by
// PostgreSQL over the tickets the events built (one query; nothing loaded into memory but the answer).
import type pg from 'pg';

export interface FiguresRow {
  /** null in the rows that total over it (GROUPING SETS). */
  site: string | null;
  department: string | null;
  issued: number; served: number; noShow: number;
  waitP50: number | null; waitP90: number | null;
}

const WAIT = '(called_at - queued_at) / 1000.0';

export async function provinceFigures(pool: pg.Pool, from: string, to: string, site?: string): Promise<FiguresRow[]> {
  // percentile_disc is the nearest-rank percentile, as the site's reports compute it; waits round to whole seconds
  const r = await pool.query<{ site: string | null; department: string | null; issued: number; served: number; no_show: number; p50: string | null; p90: string | null }>(`
    SELECT site, department,
      count(*) FILTER (WHERE original) AS issued,
      count(*) FILTER (WHERE status = 'done') AS served,
      count(*) FILTER (WHERE status = 'no_show') AS no_show,
      round(percentile_disc(0.5) WITHIN GROUP (ORDER BY ${WAIT}) FILTER (WHERE called_at IS NOT NULL)) AS p50,
      round(percentile_disc(0.9) WITHIN GROUP (ORDER BY ${WAIT}) FILTER (WHERE called_at IS NOT NULL)) AS p90
    FROM tickets
    WHERE day BETWEEN $1 AND $2 AND ($3::text IS NULL OR site = $3)
    GROUP BY GROUPING SETS ((site, department), (site), ())
    ORDER BY site NULLS LAST, department NULLS FIRST`, [from, to, site ?? null]);
  return r.rows.map((x) => ({
    site: x.site, department: x.department, issued: x.issued, served: x.served, noShow: x.no_show,
    waitP50: x.p50 === null ? null : Number(x.p50), waitP90: x.p90 === null ? null : Number(x.p90),
  }));
}
