/**
 * GDELT's date columns. SQLDATE, MonthYear, Year and FractionDate come from the event's date (all empty when it has
 * none, or a malformed one); DATEADDED from the time the event was stored.
 */

export interface GdeltDate {
  /** YYYYMMDD */
  sqlDate: string;
  /** YYYYMM */
  monthYear: string;
  /** YYYY */
  year: string;
  /** YYYY.FFFF */
  fractionDate: string;
}

const NO_DATE: GdeltDate = Object.freeze({ sqlDate: '', monthYear: '', year: '', fractionDate: '' });

/**
 * GDELT's FractionDate: the year plus ((month - 1) * 30 + day) / 365, to four decimals. The codebook writes
 * (MONTH * 30 + DAY) / 365, but GDELT's files count the months before the date: its rows for 2016-09-12 carry
 * 2016.6904 = 2016 + (8 * 30 + 12) / 365 (standards/cameo/gdelt1_export_sample.tsv), so Parley follows the files.
 */
export function fractionDate(year: number, month: number, day: number): string {
  return (year + ((month - 1) * 30 + day) / 365).toFixed(4);
}

/** The date columns of a YYYY-MM-DD date; empty columns for null or anything that is not a calendar date. */
export function gdeltDate(date: string | null): GdeltDate {
  const m = date === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return NO_DATE;
  const [, y = '', mo = '', d = ''] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  // 2016-02-30 would roll over to March: a date that does not come back unchanged is no date.
  if (new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) !== date) return NO_DATE;
  return { sqlDate: `${y}${mo}${d}`, monthYear: `${y}${mo}`, year: y, fractionDate: fractionDate(year, month, day) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** DATEADDED: an ISO 8601 timestamp as YYYYMMDDHHMMSS in UTC; empty when it cannot be read. */
export function dateAdded(added: string): string {
  const t = new Date(added);
  if (!/^\d{4}-\d{2}-\d{2}/.test(added) || Number.isNaN(t.getTime())) return '';
  return (
    pad(t.getUTCFullYear(), 4) +
    pad(t.getUTCMonth() + 1) +
    pad(t.getUTCDate()) +
    pad(t.getUTCHours()) +
    pad(t.getUTCMinutes()) +
    pad(t.getUTCSeconds())
  );
}
