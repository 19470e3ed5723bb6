/** A leading "date 2025-05-11" token group, as some scraped reports begin. */
import { isoDate } from '../../ingest/iso-date.js';

export interface DateLineMatch {
  /** Offsets into the line text. */
  start: number;
  end: number;
  value: string;
}

const DATE_LINE = /^date\s*:?\s*(\d{4}-\d{2}-\d{2})(?![\d-])/iu;

export function matchDateLine(line: string): DateLineMatch | null {
  const m = DATE_LINE.exec(line);
  const value = m?.[1] ? isoDate(m[1]) : null;
  return m && value ? { start: 0, end: m[0].length, value } : null;
}
