/**
 * Event dates as closed intervals of days, for comparing reports. A day is YYYY-MM-DD; the arithmetic is done on day
 * numbers (days since 1970-01-01, UTC), so there are no time zones to get wrong.
 */
import type { CodedEvent } from '../output/coded-event.js';

export interface DayInterval {
  /** Day numbers, inclusive. */
  lo: number;
  hi: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function lastDayOfMonth(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0) / MS_PER_DAY);
}

/**
 * The days an event may have happened on, as its record says: a day, a range, a whole month or year (dated at its
 * start), or — when only the publication date is known — that day or the day before (`dataset.date.publication`:
 * a report without a date of its own is most often about yesterday or today). Null when undated.
 */
export function eventInterval(e: Pick<CodedEvent, 'date' | 'date_end' | 'date_precision'>): DayInterval | null {
  if (e.date === null) return null;
  const lo = dayNumber(e.date);
  switch (e.date_precision) {
    case 'month':
      return { lo, hi: lastDayOfMonth(e.date) };
    case 'year':
      return { lo, hi: dayNumber(`${e.date.slice(0, 4)}-12-31`) };
    case 'publication':
      return { lo: lo - 1, hi: lo };
    default:
      return { lo, hi: e.date_end !== undefined ? dayNumber(e.date_end) : lo };
  }
}

export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Strictly wider than: contains `b` and is not equal to it. */
export function strictlyContains(a: DayInterval, b: DayInterval): boolean {
  return a.lo <= b.lo && b.hi <= a.hi && (a.lo !== b.lo || a.hi !== b.hi);
}

/**
 * The most precise reading of several reports of one event: drop every interval that strictly contains another
 * (a tour's "May 5-12" next to "on Thursday"), and span what is left.
 */
export function narrowestSpan(intervals: readonly DayInterval[]): DayInterval | null {
  const minimal = intervals.filter((a) => !intervals.some((b) => strictlyContains(a, b)));
  if (minimal.length === 0) return null;
  return { lo: Math.min(...minimal.map((i) => i.lo)), hi: Math.max(...minimal.map((i) => i.hi)) };
}
