/** The periods of a time series: every day, week (starting Monday) or month between two periods, gaps included. */
import type { Interval } from './api.js';

const DAY = 86_400_000;

function parseDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1);
}

function formatDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Every period from the first to the last of `present`, at most `max` of them (null when there are more). */
export function periodRange(present: readonly string[], interval: Interval, max = 1000): string[] | null {
  const times = present.map(parseDay).filter((t): t is number => t !== null);
  if (times.length === 0) return [];
  const first = Math.min(...times);
  const last = Math.max(...times);
  const out: string[] = [];
  if (interval === 'month') {
    const d = new Date(first);
    let y = d.getUTCFullYear();
    let m = d.getUTCMonth();
    while (Date.UTC(y, m, 1) <= last) {
      out.push(`${y}-${String(m + 1).padStart(2, '0')}`);
      if (out.length > max) return null;
      m += 1;
      if (m === 12) {
        m = 0;
        y += 1;
      }
    }
    return out;
  }
  const step = interval === 'week' ? 7 * DAY : DAY;
  for (let t = first; t <= last; t += step) {
    out.push(formatDay(t));
    if (out.length > max) return null;
  }
  return out;
}

/** A short label for an axis tick: "2025-05" for a month, "05-08" for a day or week in the same year. */
export function tickLabel(period: string, interval: Interval, sameYear: boolean): string {
  if (interval === 'month') return period;
  return sameYear ? period.slice(5) : period;
}

export const INTERVAL_WORDS: Record<Interval, string> = {
  day: 'Day',
  week: 'Week starting Monday',
  month: 'Month',
};
