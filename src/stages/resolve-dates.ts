/**
 * Stage: each event's date from its sentence, resolved against the publication date with chrono-node (past-tense
 * news reports resolve weekdays backwards: "on Thursday" in a Friday report is the day before). A date with a year
 * far from the publication year ("May 9, 1945" in an anniversary) does not date the event. When the sentence says
 * nothing, the event takes the publication date with precision "publication".
 */
import * as chrono from 'chrono-node';
import type { DatePrecision, Document, EventDate } from '../document.js';
import { type TimeWords, clauseBetween } from '../knowledge/time-words.js';
import type { Stage } from '../pipeline.js';

/**
 * Words that may date an event; chrono (slow) only reads the part of a sentence around them. One \b for all:
 * cheaper. Global for matchAll, which works on a copy: the shared constant keeps no state.
 */
const MONTH = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const DATE_HINTS = new RegExp(
  String.raw`\b(?:(?:${MONTH})[a-z]*\.?\s+\d|\d{1,2}\s+(?:${MONTH})|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|` +
    String.raw`(?:yesterday|today|tonight|ago)\b|(?:last|this|next|earlier this|later this)\s+(?:week|month|year)\b)`,
  'gi',
);

/** A date chrono found, with its offset in the whole sentence. */
export interface FoundDate {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  end?: chrono.ParsedComponents | undefined;
}

/** Context kept on each side of the date words for chrono: "on Monday", "May 9, 1945", "three years ago". */
const WINDOW_CONTEXT = 40;

/**
 * The part of a sentence chrono needs to read: from a little before its first date word to a little after its last
 * (chrono's cost grows with the text it scans), cut at spaces; null when the sentence has no date word.
 */
function dateWindow(text: string): [number, number] | null {
  let first = -1;
  let last = -1;
  for (const m of text.matchAll(DATE_HINTS)) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  if (first < 0) return null;
  let from = Math.max(0, first - WINDOW_CONTEXT);
  while (from > 0 && text[from - 1] !== ' ') from--;
  let to = Math.min(text.length, last + WINDOW_CONTEXT);
  while (to < text.length && text[to] !== ' ') to++;
  return [from, to];
}

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

/**
 * The dates chrono finds in a sentence that may date its events: with a publication date, within a year of it and
 * not in its future unless the year is stated; without one, only dates that state their year. In text order.
 */
export function sentenceDates(text: string, ref: Date | null, parser: chrono.Chrono = chrono.casual): FoundDate[] {
  const window = dateWindow(text);
  if (!window) return [];
  const [from, to] = window;
  const results = parser
    .parse(text.slice(from, to), ref ?? new Date(0), { forwardDate: false })
    .map((r) => ({ index: r.index + from, text: r.text, start: r.start, end: r.end }));
  return results.filter((r) => {
    // en.date.weekday-abbreviation: "sat", "sun", "wed" in lower case are words ("sat down"), not weekdays.
    if (WEEKDAY_ABBREVIATION.test(r.text)) return false;
    if (!ref) return r.start.isCertain('year');
    const year = r.start.get('year');
    // A stated year far from the publication's is history or an anniversary ("May 9, 1945"); a relative one
    // ("three years ago") is not stated and stays.
    if (year !== null && Math.abs(year - ref.getFullYear()) > 1 && !RELATIVE.test(r.text)) return false;
    return r.start.date().getTime() <= ref.getTime() + 36 * 3600 * 1000 || r.start.isCertain('year');
  });
}

/** Words of a date told relative to the publication ("three years ago", "last year"): no year is stated. */
const RELATIVE = /\b(?:ago|last|this|next|earlier|later)\b/i;

/** A lower-case weekday abbreviation on its own: an English word first ("sat", "sun", "wed"). */
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/;

/** "last week": the previous Monday-to-Sunday week (rule en.date.last-week), as a range. */
const LAST_WEEK = /^last week$/i;

function previousWeek(ref: chrono.ParsedComponents): EventDate {
  const d = ref.date();
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7), 12);
  return {
    date: isoDay(monday),
    date_end: isoDay(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6, 12)),
    precision: 'range',
    rule: 'en.date.last-week',
  };
}

/**
 * A date known to the month or the year is given as the first day of that period ("three years ago" in 2025 ->
 * 2022-01-01, precision year; "earlier this month" -> the 1st, precision month), as GDELT and ICEWS do.
 */
function periodStart(d: Date, precision: DatePrecision): string {
  if (precision === 'year') return `${d.getFullYear()}-01-01`;
  if (precision === 'month') return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-01`;
  return isoDay(d);
}

/** Is there a clause opener between the trigger and the date (in either order)? */
function otherClause(
  sentence: string | undefined,
  trigger: number,
  r: FoundDate,
  openers: RegExp | undefined,
): boolean {
  if (sentence === undefined || openers === undefined) return false;
  const [from, to] = r.index > trigger ? [trigger, r.index] : [r.index + r.text.length, trigger];
  return clauseBetween(openers, sentence, from, to);
}

/**
 * The date nearest the trigger (the first of equally near ones), at offset `trigger` into `sentence`, leaving out
 * dates that belong to another clause.
 */
export function nearestDate(
  dates: readonly FoundDate[],
  trigger: number,
  sentence?: string,
  time?: TimeWords,
): EventDate | null {
  let best: { r: FoundDate; dist: number } | null = null;
  for (const r of dates) {
    if (otherClause(sentence, trigger, r, time?.clauseOpeners)) continue;
    const dist = Math.abs(r.index - trigger);
    if (!best || dist < best.dist) best = { r, dist };
  }
  if (!best) return null;
  const { r } = best;
  if (LAST_WEEK.test(r.text.trim())) return previousWeek(r.start);
  if (r.end) {
    return { date: isoDay(r.start.date()), date_end: isoDay(r.end.date()), precision: 'range', rule: 'en.date.range' };
  }
  const precision = precisionOf(r.start);
  return { date: periodStart(r.start.date(), precision), precision, rule: `en.date.${precision}` };
}

export function dateSentence(
  text: string,
  publication: string | null,
  trigger: number,
  time?: TimeWords,
): EventDate | null {
  const ref = publication ? refDate(publication) : null;
  return nearestDate(sentenceDates(text, ref, time?.chrono), trigger, text, time);
}

const VISIT_CODES = new Set(['042', '043']);

export const resolveDates: Stage = {
  name: 'resolve-dates',
  requires: ['events', 'publication-date'],
  provides: ['event-dates'],
  run(doc: Document, ctx) {
    const time = ctx.knowledge.time;
    const pub = doc.publicationDate?.value ?? null;
    const ref = pub ? refDate(pub) : null;
    const bySentence = new Map<number, FoundDate[]>(); // chrono once per sentence, for all its events
    const dates: EventDate[] = [];
    /** The dates of the latest visit dated from the text, for events placed "during the visit". */
    let visit: EventDate | null = null;
    doc.events.forEach((e, k) => {
      const s = doc.sentences[e.sentence];
      if (!s) {
        dates.push({ date: pub, precision: 'publication' });
        return;
      }
      const text = doc.text.slice(s.start, s.end);
      let found = bySentence.get(e.sentence);
      if (found === undefined) {
        found = sentenceDates(text, ref, time.chrono);
        bySentence.set(e.sentence, found);
      }
      let d = nearestDate(found, e.trigger.start - s.start, text, time);
      if (!d && visit && time.withinVisit.test(text)) d = { ...visit, rule: time.withinVisitRule };
      d ??= { date: pub, precision: 'publication' };
      if (VISIT_CODES.has(doc.events[k]?.code ?? '') && d.precision !== 'publication' && (!visit || d.precision === 'range')) {
        visit = d;
      }
      dates.push(d);
    });
    doc.eventDates = dates;
  },
};
