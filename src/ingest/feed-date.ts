/**
 * Feed dates to YYYY-MM-DD, the day as the publisher wrote it (like `isoDate`, no time-zone shift): RSS's
 * RFC 822 dates ("Tue, 06 May 2025 18:30:00 +0700", two-digit years, full month names, "Sept") and, since many
 * feeds write them there too, ISO dates.
 */
import { formatDate, isoDate, validDate } from './iso-date.js';

const RFC822 =
  /^(?:[a-z]{3,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?(?:\s*(?:[a-z]{1,5}|[+-]\d{4}))?\s*$/i;

const MONTHS: readonly string[] = Object.freeze([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** YYYY-MM-DD from an RFC 822 or ISO date, or null when it is neither or names no real day. */
export function feedDate(value: string): string | null {
  const v = value.trim();
  const m = RFC822.exec(v);
  if (!m) return isoDate(v);
  const [, d, monthName, y] = m as unknown as [string, string, string, string];
  const month = monthNumber(monthName);
  // RFC 822 years have two digits; RFC 1123 four. Two-digit years are read as 1950–2049.
  const year = y.length === 2 ? (Number(y) < 50 ? 2000 : 1900) + Number(y) : Number(y);
  const day = Number(d);
  if (month === undefined || !validDate(year, month, day)) return null;
  return formatDate(year, month, day);
}

/** 1–12 for "May", "Sep", "Sept", "September"; undefined for anything else ("Mayday"). */
function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  const index = key.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(key)) : -1;
  return index === -1 ? undefined : index + 1;
}
