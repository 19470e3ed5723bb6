/**
 * Time series per dyad: the database counts events per dyad per day; here days are folded into weeks (starting
 * Monday, ISO 8601) or months, and the dyads with the most events are kept.
 */
import type { DyadDay } from '../store/read-aggregates.js';
import type { Series, SeriesResponse } from './api-types.js';

export type Interval = SeriesResponse['interval'];

/** The first day of the period that contains `day` (YYYY-MM-DD): the day, its week's Monday, or YYYY-MM. */
export function periodOf(day: string, interval: Interval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return day.slice(0, 7);
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

const NONE = '—';

export function foldSeries(days: readonly DyadDay[], interval: Interval, level: SeriesResponse['level'], top: number): SeriesResponse {
  const byDyad = new Map<string, { source: string; target: string; total: number; periods: Map<string, { count: number; g: number }> }>();
  for (const d of days) {
    const source = d.source ?? NONE;
    const target = d.target ?? NONE;
    const key = `${source}→${target}`;
    let s = byDyad.get(key);
    if (!s) {
      s = { source, target, total: 0, periods: new Map() };
      byDyad.set(key, s);
    }
    s.total += d.count;
    const period = periodOf(d.day, interval);
    const p = s.periods.get(period) ?? { count: 0, g: 0 };
    p.count += d.count;
    p.g += d.goldstein_sum;
    s.periods.set(period, p);
  }
  const series: Series[] = [...byDyad.entries()]
    .sort(([ka, a], [kb, b]) => b.total - a.total || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .slice(0, top)
    .map(([dyad, s]) => ({
      dyad,
      source: s.source,
      target: s.target,
      total: s.total,
      points: [...s.periods.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([period, p]) => ({ period, count: p.count, goldstein_mean: Math.round((p.g / p.count) * 100) / 100 })),
    }));
  return { interval, level, series };
}
