/** Full calendar dates (day, month and year all stated) in a short piece of text, as YYYY-MM-DD. */
import * as chrono from 'chrono-node';
import { formatDate, isoDate, validDate } from '../../ingest/iso-date.js';

const ISO_IN_TEXT =
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\b/;
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.]\d{4}$/;

/**
 * The first date in `text` that names a day, a month and a year. Dates missing any of them ("May 9",
 * "Thursday") and numeric dates that read both ways ("05/09/2025") give null: a publication date is never
 * guessed.
 */
export function fullDateIn(text: string): string | null {
  const iso = ISO_IN_TEXT.exec(text);
  if (iso) {
    const value = isoDate(iso[0]);
    if (value) return value;
  }
  for (const result of chrono.parse(text)) {
    const c = result.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const numeric = NUMERIC.exec(result.text.trim());
    if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2])
      continue;
    const [y, m, d] = [c.get('year'), c.get('month'), c.get('day')];
    if (y !== null && m !== null && d !== null && validDate(y, m, d)) return formatDate(y, m, d);
  }
  return null;
}
