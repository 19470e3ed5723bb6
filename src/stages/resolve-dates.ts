/**
 * Stage: each event's date from its sentence, resolved against the publication date with chrono-node (past-tense
 * news reports resolve weekdays backwards: "on Thursday" in a Friday report is the day before). A date with a year
 * far from the publication year ("May 9, 1945" in an anniversary) does not date the event. When the sentence says
 * nothing, the event takes the publication date with precision "publication".
 */
import * as chrono from 'chrono-node';
import type { DatePrecision, Document, EventDate } from '../document.js';
import type { Stage } from '../pipeline.js';

const DATE_HINT =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(yesterday|today|tonight|ago)\b|\b(last|this|next|earlier this|later this)\s+(week|month|year)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

function refDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

function precisionOf(c: chrono.ParsedComponents): DatePrecision {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  return 'year';
}

export function dateSentence(text: string, publication: string | null, trigger: number): EventDate | null {
  if (!DATE_HINT.test(text)) return null;
  const ref = publication ? refDate(publication) : null;
  const results = chrono.parse(text, ref ?? new Date(0), { forwardDate: false });
  let best: { r: chrono.ParsedResult; dist: number } | null = null;
  for (const r of results) {
    if (!ref && !r.start.isCertain('year')) continue;
    const year = r.start.get('year');
    if (ref && year !== null && Math.abs(year - ref.getFullYear()) > 1) continue;
    if (ref && r.start.date().getTime() > ref.getTime() + 36 * 3600 * 1000 && !r.start.isCertain('year')) continue;
    const dist = Math.abs(r.index - trigger);
    if (!best || dist < best.dist) best = { r, dist };
  }
  if (!best) return null;
  const { r } = best;
  if (r.end) {
    return { date: isoDay(r.start.date()), date_end: isoDay(r.end.date()), precision: 'range', rule: 'en.date.range' };
  }
  const precision = precisionOf(r.start);
  return { date: isoDay(r.start.date()), precision, rule: `en.date.${precision}` };
}

export const resolveDates: Stage = {
  name: 'resolve-dates',
  requires: ['events', 'publication-date'],
  provides: ['event-dates'],
  run(doc: Document) {
    const pub = doc.publicationDate?.value ?? null;
    const cache = new Map<number, EventDate | null>();
    doc.eventDates = doc.events.map((e) => {
      const s = doc.sentences[e.sentence];
      if (!s) return { date: pub, precision: 'publication' };
      const key = e.sentence * 1_000_000 + (e.trigger.start - s.start);
      let d = cache.get(key);
      if (d === undefined) {
        d = dateSentence(doc.text.slice(s.start, s.end), pub, e.trigger.start - s.start);
        cache.set(key, d);
      }
      return d ?? { date: pub, precision: 'publication' };
    });
  },
};
