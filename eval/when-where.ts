/**
 * The when/where suite (eval/suites/when-where.jsonl, our own sentences): for each case, the date and the place at
 * the case's trigger words, scored separately. Stage figures: the coder's event there, or a stand-in event where the
 * coder found none, so the date and place stages are measured apart from the event coder. End-to-end figures: only
 * the coder's own events count.
 *
 * A date is right when date, date_end and date_precision all equal the gold ones. A place is right when both are
 * null, or when country and precision are equal and the names agree: equal after folding, or equal once the generic
 * words (oblast, region, province, city, ...) are left out ("Kherson Oblast" = "Kherson region").
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Coder } from '../src/coder.js';
import type { Document, EventMention } from '../src/document.js';
import type { CodedEvent } from '../src/output/coded-event.js';
import { dateSentence } from '../src/stages/resolve-dates.js';
import { placeOfEvent } from '../src/stages/locate-events.js';
import { phraseKeys } from '../src/text/phrase-keys.js';
import { type Split, splitOf } from './split.js';

const caseSchema = z.strictObject({
  id: z.string(),
  category: z.string(),
  publication_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  text: z.string().min(1),
  trigger: z.string().min(1),
  date: z.string().nullable(),
  date_end: z.string().nullable(),
  date_precision: z.enum(['day', 'range', 'month', 'year', 'publication']),
  place: z
    .strictObject({ name: z.string(), country: z.string(), precision: z.enum(['city', 'admin1', 'country', 'landmark']) })
    .nullable(),
});
export type WhenWhereCase = z.output<typeof caseSchema>;

export interface WhenWhereResult {
  case: WhenWhereCase;
  split: Split;
  /** The coder's own event at the trigger, or null. */
  event: CodedEvent | null;
  /** What the date and place stages give at the trigger: the event's, or (no event) a stand-in event's. */
  stage: Pick<CodedEvent, 'date' | 'date_precision' | 'location'> & { date_end?: string | undefined };
  dateRight: boolean;
  placeRight: boolean;
  /** Right end to end: the coder found the event, and its date (place) is right. */
  eventDateRight: boolean;
  eventPlaceRight: boolean;
}

export interface WhenWhereTally {
  cases: number;
  withEvent: number;
  dates: number;
  places: number;
  eventDates: number;
  eventPlaces: number;
}

export interface WhenWhereReport {
  file: string;
  tallies: Record<'all' | Split, WhenWhereTally>;
  /** Right / total per category, over all cases. */
  categories: Record<string, { dates: number; places: number; total: number }>;
  results: WhenWhereResult[];
}

/** Words that say what kind of place a name is, not which one. */
const GENERIC = new Set(['oblast', 'region', 'province', 'governorate', 'prefecture', 'state', 'krai', 'city', 'the', 'of']);

export function sameName(a: string, b: string): boolean {
  const ka = phraseKeys(a);
  const kb = phraseKeys(b);
  if (ka.join(' ') === kb.join(' ')) return true;
  const proper = (keys: string[]) => keys.filter((k) => !GENERIC.has(k)).join(' ');
  return proper(ka) !== '' && proper(ka) === proper(kb);
}

export function loadWhenWhere(file: string): WhenWhereCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      const parsed = caseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues[0]?.message ?? 'invalid case'}`);
      return parsed.data;
    });
}

function eventAt(events: readonly CodedEvent[], start: number, end: number): CodedEvent | null {
  return events.find((e) => e.trigger.start < end && start < e.trigger.end) ?? null;
}

export function scoreCase(c: WhenWhereCase, event: WhenWhereResult['stage']): { dateRight: boolean; placeRight: boolean } {
  const dateRight =
    event.date === c.date && (event.date_end ?? null) === c.date_end && event.date_precision === c.date_precision;
  const got = event.location;
  const placeRight =
    c.place === null
      ? got === null
      : got !== null && got.country === c.place.country && got.precision === c.place.precision && sameName(got.name, c.place.name);
  return { dateRight, placeRight };
}

/**
 * The date and place the stages give at a trigger where the coder found no event: a stand-in event there (code 010,
 * no actors) is dated and placed like any other, so the two stages are measured apart from the event coder.
 */
function atTrigger(coder: Coder, doc: Document, start: number, end: number): WhenWhereResult['stage'] {
  const pub = doc.publicationDate?.value ?? null;
  const s = doc.sentences.find((x) => x.start <= start && start < x.end);
  if (!s) return { date: pub, date_precision: 'publication', location: null };
  const ctx = { knowledge: coder.knowledge, options: coder.options };
  const text = doc.text.slice(s.start, s.end);
  const d = dateSentence(text, pub, start - s.start, coder.knowledge.time) ?? { date: pub, precision: 'publication' as const };
  const stand: EventMention = { sentence: s.index, code: '010', source: null, target: null, trigger: { start, end }, modality: 'asserted', rules: [] };
  const dateline = doc.places.find((m) => m.via === 'dateline')?.place ?? null;
  const where = placeOfEvent(doc, stand, ctx, { dateline, visit: null });
  return {
    date: d.date,
    date_end: d.date_end,
    date_precision: d.precision,
    location: where ? { name: where.place.name, country: where.place.country, lat: where.place.lat, lon: where.place.lon, precision: where.place.precision } : null,
  };
}

export function evaluateWhenWhere(coder: Coder, file: string, shown: string): WhenWhereReport {
  const results: WhenWhereResult[] = [];
  for (const c of loadWhenWhere(file)) {
    const { doc, events } = coder.code({ id: c.id, text: c.text, date: c.publication_date, origin: { file: shown } });
    const at = c.text.indexOf(c.trigger);
    const event = at < 0 ? null : eventAt(events, at, at + c.trigger.length);
    const stage = event ?? atTrigger(coder, doc, Math.max(0, at), Math.max(0, at) + c.trigger.length);
    const score = scoreCase(c, stage);
    results.push({
      case: c,
      split: splitOf(c.id),
      event,
      stage,
      ...score,
      eventDateRight: event !== null && score.dateRight,
      eventPlaceRight: event !== null && score.placeRight,
    });
  }
  const tally = (rs: readonly WhenWhereResult[]): WhenWhereTally => ({
    cases: rs.length,
    withEvent: rs.filter((r) => r.event).length,
    dates: rs.filter((r) => r.dateRight).length,
    places: rs.filter((r) => r.placeRight).length,
    eventDates: rs.filter((r) => r.eventDateRight).length,
    eventPlaces: rs.filter((r) => r.eventPlaceRight).length,
  });
  const categories: WhenWhereReport['categories'] = {};
  for (const r of results) {
    const k = (categories[r.case.category] ??= { dates: 0, places: 0, total: 0 });
    k.total++;
    if (r.dateRight) k.dates++;
    if (r.placeRight) k.places++;
  }
  return {
    file: shown,
    tallies: {
      all: tally(results),
      dev: tally(results.filter((r) => r.split === 'dev')),
      'held-out': tally(results.filter((r) => r.split === 'held-out')),
    },
    categories,
    results,
  };
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

export function renderWhenWhere(r: WhenWhereReport): string {
  const rows = (['all', 'dev', 'held-out'] as const).map((v) => {
    const t = r.tallies[v];
    return (
      `| ${v} | ${t.cases} | **${pct(t.dates, t.cases)}** (${t.dates}) | **${pct(t.places, t.cases)}** (${t.places}) | ` +
      `${t.withEvent} | ${pct(t.eventDates, t.cases)} | ${pct(t.eventPlaces, t.cases)} |`
    );
  });
  const cats = Object.entries(r.categories)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v.dates}/${v.places}/${v.total}`);
  return [
    '### When and where (dates and places)',
    '',
    `\`${r.file}\`: the date and the place at each case's trigger. **Stage** columns: what the date and place`,
    'stages give there (the coder\'s event, or a stand-in event where the coder found none): the accuracy of the two',
    'stages. **End to end**: only the coder\'s own events count; a case without one is wrong.',
    '',
    '| split | cases | dates right (stage) | places right (stage) | event found | dates right (end to end) | places right (end to end) |',
    '| ----- | ----: | ------------------: | -------------------: | ----------: | -----------------------: | ------------------------: |',
    ...rows,
    '',
    `By category (dates right / places right / cases): ${cats.join('; ')}.`,
  ].join('\n');
}

/** One line per dev case that is wrong, for --verbose. */
export function renderWhenWhereDiff(res: WhenWhereResult): string | null {
  if (res.dateRight && res.placeRight) return null;
  const c = res.case;
  const e = res.stage;
  const gotPlace = e?.location ? `${e.location.name}/${e.location.country}/${e.location.precision}` : 'null';
  const wantPlace = c.place ? `${c.place.name}/${c.place.country}/${c.place.precision}` : 'null';
  const lines = [`[${c.id} ${c.category}] ${c.text}`];
  if (!res.event) lines.push(`  (no event at "${c.trigger}": stand-in event)`);
  {
    if (!res.dateRight)
      lines.push(`  date: want ${c.date}${c.date_end ? `..${c.date_end}` : ''} ${c.date_precision}, got ${e.date}${e.date_end ? `..${e.date_end}` : ''} ${e.date_precision}`);
    if (!res.placeRight) lines.push(`  place: want ${wantPlace}, got ${gotPlace}`);
  }
  return lines.join('\n');
}
