/**
 * One dyad's time series: events per period as bars (left axis) and their mean Goldstein score as a line with dots
 * (right axis, −10..+10). Periods are shared by all the charts of a timeline, so they line up.
 */
import type { Series } from '../../../src/api/api-types.js';
import type { Interval } from '../api.js';
import { signed } from '../format.js';
import { INTERVAL_WORDS, tickLabel } from '../periods.js';

const W = 900;
const H = 210;
const M = { left: 52, right: 56, top: 14, bottom: 44 };

/** Up to about five round ticks from 0 to at least `max`. */
export function countTicks(max: number): number[] {
  const top = Math.max(1, max);
  const raw = top / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? power * 10);
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) {
    ticks.push(v);
    if (v >= top) break;
  }
  return ticks;
}

interface DyadChartProps {
  series: Series;
  periods: readonly string[];
  interval: Interval;
  /** The top of the count axis, shared by the charts so that their bars compare. */
  maxCount: number;
  titleId: string;
}

export function DyadChart({ series, periods, interval, maxCount, titleId }: DyadChartProps) {
  const innerW = W - M.left - M.right;
  const innerH = H - M.top - M.bottom;
  const ticks = countTicks(maxCount);
  const top = ticks[ticks.length - 1] ?? 1;
  const n = Math.max(1, periods.length);
  const band = innerW / n;
  const barW = Math.max(1, Math.min(40, band * 0.7));
  const x = (i: number): number => M.left + band * i + band / 2;
  const yCount = (v: number): number => M.top + innerH - (v / top) * innerH;
  const yGold = (v: number): number => M.top + innerH / 2 - (v / 10) * (innerH / 2);
  const index = new Map(periods.map((p, i) => [p, i]));
  const points = series.points
    .filter((p) => index.has(p.period) && p.count > 0)
    .sort((a, b) => a.period.localeCompare(b.period));
  // The line joins consecutive periods only: a period without events has no mean, so the line breaks there.
  const line = points
    .map((p, k) => {
      const i = index.get(p.period)!;
      const joined = k > 0 && index.get(points[k - 1]!.period) === i - 1;
      return `${joined ? 'L' : 'M'}${x(i).toFixed(1)},${yGold(p.goldstein_mean).toFixed(1)}`;
    })
    .join('');
  const every = Math.ceil(n / 10);
  const years = new Set(periods.map((p) => p.slice(0, 4)));
  const descId = `${titleId}-desc`;
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <desc id={descId}>
        {`${series.total} events between ${series.source} and ${series.target} in ${points.length} of ${periods.length} periods; the numbers are in the table below the chart.`}
      </desc>
      {/* Count axis (left) */}
      <g class="axis">
        {ticks.map((t) => (
          <g key={`c${t}`}>
            <line class="gridline" x1={M.left} x2={W - M.right} y1={yCount(t)} y2={yCount(t)} />
            <text x={M.left - 6} y={yCount(t) + 4} text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        <text class="axis-title" transform={`translate(14 ${M.top + innerH / 2}) rotate(-90)`} text-anchor="middle">
          Events
        </text>
      </g>
      {/* Goldstein axis (right) */}
      <g class="axis axis-goldstein">
        {[-10, -5, 0, 5, 10].map((g) => (
          <g key={`g${g}`}>
            <line class="tick" x1={W - M.right} x2={W - M.right + 4} y1={yGold(g)} y2={yGold(g)} />
            <text x={W - M.right + 7} y={yGold(g) + 4}>
              {g > 0 ? `+${g}` : g}
            </text>
          </g>
        ))}
        <line class="zero-line" x1={M.left} x2={W - M.right} y1={yGold(0)} y2={yGold(0)} />
        <text class="axis-title" transform={`translate(${W - 10} ${M.top + innerH / 2}) rotate(90)`} text-anchor="middle">
          Mean Goldstein
        </text>
      </g>
      {/* Bars */}
      <g class="bars">
        {series.points
          .filter((p) => index.has(p.period))
          .map((p) => {
            const i = index.get(p.period)!;
            return (
              <rect key={p.period} class="bar" x={x(i) - barW / 2} y={yCount(p.count)} width={barW} height={Math.max(0, yCount(0) - yCount(p.count))}>
                <title>{`${p.period}: ${p.count} events, mean Goldstein ${signed(p.goldstein_mean)}`}</title>
              </rect>
            );
          })}
      </g>
      {/* Goldstein line */}
      <path class="goldstein-line" d={line} />
      <g class="goldstein-dots">
        {points.map((p) => (
          <rect key={p.period} class="goldstein-dot" x={x(index.get(p.period)!) - 3.5} y={yGold(p.goldstein_mean) - 3.5} width={7} height={7}>
            <title>{`${p.period}: mean Goldstein ${signed(p.goldstein_mean)} over ${p.count} events`}</title>
          </rect>
        ))}
      </g>
      {/* Time axis */}
      <g class="axis">
        <line class="baseline" x1={M.left} x2={W - M.right} y1={yCount(0)} y2={yCount(0)} />
        {periods.map((p, i) =>
          i % every === 0 ? (
            <g key={p}>
              <line class="tick" x1={x(i)} x2={x(i)} y1={yCount(0)} y2={yCount(0) + 4} />
              <text x={x(i)} y={yCount(0) + 16} text-anchor="middle">
                {tickLabel(p, interval, years.size === 1)}
              </text>
            </g>
          ) : null,
        )}
        <text class="axis-title" x={M.left + innerW / 2} y={H - 6} text-anchor="middle">
          {INTERVAL_WORDS[interval]}
          {years.size === 1 && interval !== 'month' ? ` (${[...years][0]})` : ''}
        </text>
      </g>
    </svg>
  );
}
