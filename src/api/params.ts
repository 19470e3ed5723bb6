/**
 * The API's query parameters: one zod schema per endpoint, each field with the message a person gets back when the
 * value is wrong. The same schemas produce the OpenAPI document, so the documentation cannot drift from what is
 * checked. Unknown parameters are refused (a misspelt filter must not silently return everything).
 */
import { z } from 'zod';
import type { Dyad, EventFilter } from '../store/event-filter.js';
import { EVENT_SORTS } from '../store/event-page.js';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u;
/** A CAMEO actor code, a prefix of one, or an ISO3 country: letters and digits, or "---" and letters for a group
 * without a country ("---REB"). */
const ACTOR = /^(?:[A-Za-z0-9]{2,30}|-{3}[A-Za-z0-9]{3,27})$/u;
const ACTOR_PART = '(?:[A-Za-z0-9]{2,30}|-{3}[A-Za-z0-9]{3,27})';
const DYAD = new RegExp(`^(${ACTOR_PART})([->])(${ACTOR_PART})$`, 'u');

function isCalendarDay(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

const day = () =>
  z
    .string()
    .regex(DAY, { error: 'a date as YYYY-MM-DD, e.g. 2025-05-01' })
    .refine(isCalendarDay, { error: 'a day that exists in the calendar (YYYY-MM-DD)' });

const list = (item: RegExp, what: string) => z.string().regex(new RegExp(`^${item.source}(,${item.source})*$`, 'u'), { error: what });

const count = (min: number, max: number) =>
  z.coerce.number({ error: `a whole number from ${min} to ${max}` }).int({ error: `a whole number from ${min} to ${max}` }).min(min, {
    error: `a whole number from ${min} to ${max}`,
  }).max(max, { error: `a whole number from ${min} to ${max}` });

/** The filters every event query takes (list, series, network, places). */
export const eventFilterShape = {
  actor: z
    .string()
    .regex(ACTOR, { error: 'a CAMEO actor code or its start ("VNM", "VNMGOV", "IGOUNO") or an ISO3 country code' })
    .optional()
    .describe('Actor on either side: a CAMEO actor code or its prefix ("VNMGOV", "VNM"), or an ISO3 country.'),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/u, { error: 'an ISO 3166-1 alpha-3 country code such as VNM' })
    .optional()
    .describe("ISO3 country of the source or the target."),
  dyad: z
    .string()
    .regex(DYAD, { error: 'two actors joined by "-" (either direction: "VNM-RUS") or ">" (source to target: "VNM>RUS")' })
    .optional()
    .describe('"A-B": events between A and B in either direction; "A>B": A is the source and B the target. Each side is matched like `actor`.'),
  code: z
    .string()
    .regex(/^\d{2,4}$/u, { error: 'a CAMEO event code or its start: 2 to 4 digits ("04", "042")' })
    .optional()
    .describe('CAMEO event code or its prefix ("04", "042").'),
  root: list(/(0[1-9]|1\d|20)/u, 'CAMEO root codes from 01 to 20, separated by commas ("04,05")')
    .optional()
    .describe('CAMEO root codes, comma-separated ("04,05").'),
  quad: list(/[1-4]/u, 'quad classes from 1 to 4, separated by commas ("3,4")')
    .optional()
    .describe('Quad classes, comma-separated: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.'),
  plover: z
    .string()
    .regex(/^[A-Za-z_]{3,30}$/u, { error: 'a PLOVER event type such as CONSULT or AGREE' })
    .optional()
    .describe('PLOVER event type (CONSULT, AGREE, ...).'),
  since: day().optional().describe('Events that end on or after this day (YYYY-MM-DD).'),
  until: day().optional().describe('Events that start on or before this day (YYYY-MM-DD).'),
  place: z
    .string()
    .min(1, { error: 'a place name or an ISO3 country code' })
    .max(200, { error: 'at most 200 characters' })
    .optional()
    .describe('Where the event happened: a place name (case-insensitive) or the ISO3 code of its country.'),
  q: z
    .string()
    .min(2, { error: 'at least 2 characters' })
    .max(200, { error: 'at most 200 characters' })
    .optional()
    .describe('Words in a sentence that reports the event (case-insensitive).'),
  modality: z
    .enum(['asserted', 'intended', 'negated'], { error: 'one of asserted, intended, negated' })
    .optional()
    .describe('asserted (it happened), intended (planned, promised), negated.'),
  min_sources: count(1, 10_000).optional().describe('Events reported by at least this many independent sources.'),
};

export const eventListQuery = z
  .object({
    ...eventFilterShape,
    sort: z
      .enum(EVENT_SORTS, { error: `one of ${EVENT_SORTS.join(', ')}` })
      .optional()
      .describe('date (oldest first, the default), -date (newest first), -mentions (most reported first).'),
    limit: count(1, 500).optional().describe('Events per page (default 50).'),
    cursor: z.string().max(500, { error: 'the next_cursor of the previous page' }).optional().describe("The previous page's next_cursor."),
    format: z
      .enum(['json', 'jsonl', 'csv', 'tsv', 'gdelt', 'icews', 'plover'], { error: 'one of json, jsonl, csv, tsv, gdelt, icews, plover' })
      .optional()
      .describe('json (a page, the default) or an export of every matching event: jsonl, csv, tsv, gdelt, icews, plover.'),
  })
  .strict();

const level = z
  .enum(['country', 'actor'], { error: 'country or actor' })
  .optional()
  .describe('Group sides by country (default) or by full actor code.');

export const seriesQuery = z
  .object({
    ...eventFilterShape,
    interval: z.enum(['day', 'week', 'month'], { error: 'day, week or month' }).optional().describe('Period of each point (default week).'),
    level,
    top: count(1, 50).optional().describe('How many dyads, most events first (default 8).'),
  })
  .strict();

export const networkQuery = z
  .object({ ...eventFilterShape, level, limit: count(1, 2000).optional().describe('How many edges, heaviest first (default 200).') })
  .strict();

export const placesQuery = z
  .object({ ...eventFilterShape, limit: count(1, 5000).optional().describe('How many places, most events first (default 1000).') })
  .strict();

export const episodesQuery = z
  .object({
    actor: eventFilterShape.actor.describe('Traveller: a CAMEO actor code or its prefix.'),
    kind: z.enum(['visit', 'tour'], { error: 'visit or tour' }).optional().describe('Only visits or only tours.'),
    since: day().optional().describe('Episodes that end on or after this day.'),
    until: day().optional().describe('Episodes that start on or before this day.'),
    country: eventFilterShape.country.describe('Episodes with a stop in this country (ISO3).'),
    limit: count(1, 1000).optional().describe('How many episodes (default 200).'),
  })
  .strict();

export const actorsQuery = z
  .object({
    q: z.string().min(1, { error: 'a code prefix or words of a name' }).max(100, { error: 'at most 100 characters' }).optional().describe('Code prefix ("VNM") or words of a name ("Lâm").'),
    limit: count(1, 1000).optional().describe('How many actors, most events first (default 100).'),
  })
  .strict();

export const idParam = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{1,200}$/u, { error: 'an id: letters, digits, and . _ : -' });

export const noQuery = z.object({}).strict();

export type EventFilterQuery = z.infer<z.ZodObject<typeof eventFilterShape>>;

/** The store's filter from validated query parameters. */
export function toEventFilter(q: EventFilterQuery): EventFilter {
  const f: EventFilter = {};
  if (q.actor) f.actor = q.actor;
  if (q.country) f.country = q.country;
  if (q.dyad) {
    const m = DYAD.exec(q.dyad)!;
    const dyad: Dyad = { a: m[1]!, b: m[3]!, directed: m[2] === '>' };
    f.dyad = dyad;
  }
  if (q.code) f.code = q.code;
  if (q.root) f.roots = q.root.split(',');
  if (q.quad) f.quads = q.quad.split(',').map(Number);
  if (q.plover) f.plover = q.plover;
  if (q.since) f.since = q.since;
  if (q.until) f.until = q.until;
  if (q.place) f.place = q.place;
  if (q.q) f.q = q.q;
  if (q.modality) f.modality = q.modality;
  if (q.min_sources !== undefined) f.minSources = q.min_sources;
  return f;
}
