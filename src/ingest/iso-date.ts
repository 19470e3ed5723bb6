/**
 * Strict ISO dates: "2025-05-09" or an ISO timestamp ("2025-05-09T10:00:00+07:00"), cut to the date as
 * written.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** YYYY-MM-DD, or null when `value` is not an ISO date or timestamp or names no real day (2025-02-30). */
export function isoDate(value: string): string | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return validDate(Number(y), Number(mo), Number(d)) ? `${y}-${mo}-${d}` : null;
}

export function validDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
