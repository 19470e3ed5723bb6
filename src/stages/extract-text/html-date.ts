/**
 * The publication date an HTML page states in its metadata, as YYYY-MM-DD. Read before Readability changes
 * the page.
 */
import { isoDate } from '../../ingest/iso-date.js';
import { fullDateIn } from '../clean/dates.js';
import type { DomDocument } from './dom.js';

/** Meta tags stating when the article was published, most specific first. */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];

const TIME_SELECTORS = [
  'time[pubdate][datetime]',
  'time[itemprop="datePublished"][datetime]',
  'time[datetime]',
];

/** Date strings from the page's own metadata, in order of trust. */
export function metaDateStrings(document: DomDocument): string[] {
  const found: string[] = [];
  for (const selector of META_SELECTORS) {
    for (const el of Array.from(document.querySelectorAll(selector))) {
      const v = el.getAttribute('content');
      if (v) found.push(v);
    }
  }
  return found;
}

export function timeDateStrings(document: DomDocument): string[] {
  const found: string[] = [];
  for (const selector of TIME_SELECTORS) {
    const el = document.querySelectorAll(selector)[0];
    const v = el?.getAttribute('datetime');
    if (v) found.push(v);
  }
  return found;
}

/** The first of `values` that reads as a full date. */
export function firstDate(values: readonly (string | null | undefined)[]): string | null {
  for (const v of values) {
    if (!v) continue;
    const date = isoDate(v) ?? fullDateIn(v);
    if (date) return date;
  }
  return null;
}
