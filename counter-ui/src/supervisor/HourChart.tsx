// Arrivals (bars) and waits (P50 line, P90 dashed) by hour of day, as a small hand-made SVG.
import type { ReportHour } from '@motcua/protocol';
import { useLang } from '../shared/index.ts';

const W = 960;
const H = 280;
const PAD = { left: 56, right: 64, top: 28, bottom: 40 };

/** A round upper bound for an axis: 7 → 10, 23 → 25, 140 → 150. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((m) => m * step).find((m) => m >= value)!;
}

export function HourChart({ hours }: { hours: ReportHour[] }) {
  const { t } = useLang();
  const used = hours.filter((h) => h.arrivals > 0 || h.waitP50 !== null);
  const first = Math.min(7, ...used.map((h) => h.hour));
  const last = Math.max(17, ...used.map((h) => h.hour));
  const shown = hours.filter((h) => h.hour >= first && h.hour <= last);
  const maxArrivals = niceMax(Math.max(...shown.map((h) => h.arrivals)));
  const maxWait = niceMax(Math.max(...shown.map((h) => (h.waitP90 ?? 0) / 60)));
  const slot = (W - PAD.left - PAD.right) / shown.length;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const yCount = (n: number) => PAD.top + plotH * (1 - n / maxArrivals);
  const yWait = (s: number) => PAD.top + plotH * (1 - s / 60 / maxWait);
  const line = (pick: (h: ReportHour) => number | null) => shown
    .map((h, i) => ({ i, v: pick(h) }))
    .filter((p): p is { i: number; v: number } => p.v !== null)
    .map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${yWait(p.v).toFixed(1)}`)
    .join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1];

  return (
    <figure className="hour-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('Lượt đến và thời gian chờ theo giờ', 'Arrivals and waits by hour')}>
        {ticks.map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH * (1 - f)} y2={PAD.top + plotH * (1 - f)} className="grid" />
            <text x={PAD.left - 8} y={PAD.top + plotH * (1 - f) + 5} className="axis" textAnchor="end">{Math.round(maxArrivals * f)}</text>
            <text x={W - PAD.right + 8} y={PAD.top + plotH * (1 - f) + 5} className="axis wait">{Math.round(maxWait * f * 10) / 10}</text>
          </g>
        ))}
        <text x={PAD.left - 8} y={16} className="axis-title" textAnchor="end">{t('lượt', 'tickets')}</text>
        <text x={W - PAD.right + 8} y={16} className="axis-title wait">{t('phút', 'min')}</text>
        {shown.map((h, i) => (
          <g key={h.hour}>
            <rect x={x(i) - slot * 0.32} width={slot * 0.64} y={yCount(h.arrivals)} height={PAD.top + plotH - yCount(h.arrivals)} className="bar">
              <title>{`${h.hour}h: ${h.arrivals}`}</title>
            </rect>
            {h.arrivals > 0 && <text x={x(i)} y={yCount(h.arrivals) - 5} className="value" textAnchor="middle">{h.arrivals}</text>}
            <text x={x(i)} y={H - PAD.bottom + 22} className="axis" textAnchor="middle">{h.hour}h</text>
          </g>
        ))}
        <path d={line((h) => h.waitP90)} className="p90" />
        <path d={line((h) => h.waitP50)} className="p50" />
        {shown.map((h, i) => h.waitP50 !== null && <circle key={h.hour} cx={x(i)} cy={yWait(h.waitP50)} r={4} className="p50-dot" />)}
      </svg>
      <figcaption className="legend">
        <span><i className="swatch bar" /> {t('Lượt đến (phiếu phát ra)', 'Arrivals (tickets issued)')}</span>
        <span><i className="swatch p50" /> {t('Thời gian chờ P50', 'Wait P50')}</span>
        <span><i className="swatch p90" /> {t('Thời gian chờ P90', 'Wait P90')}</span>
      </figcaption>
    </figure>
  );
}
