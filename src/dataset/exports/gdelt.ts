/**
 * GDELT 2.0 Events ("export") rows: 61 tab-separated columns, no header, in the order of
 * GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv. docs/exports.md says where each column comes from and what
 * Parley leaves empty (AvgTone: Parley computes no tone; ADM2Code; EthnicCode).
 */
import { createHash } from 'node:crypto';
import type { CodedActor } from '../../output/coded-event.js';
import type { DatasetEvent } from '../dataset-event.js';
import { splitActorCode } from './actor-code-parts.js';
import type { ExportContext } from './export-context.js';
import { type CellValue, goldsteinText, tabRow } from './fields.js';
import { dateAdded, gdeltDate } from './gdelt-dates.js';
import { countryGeo, locationGeo } from './gdelt-geo.js';

/** The 61 column names, for readers and tests (the files themselves have no header). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(prefix: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code',
    'Type1Code', 'Type2Code', 'Type3Code'].map((c) => prefix + c);
}

function geoColumns(prefix: string): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map(
    (c) => `${prefix}_${c}`,
  );
}

/**
 * GLOBALEVENTID: an integer below 2^53 derived from event_id, the same every time. A hexadecimal id gives its first
 * 13 digits (52 bits); any other id the first 13 hex digits of its SHA-1.
 */
export function globalEventId(eventId: string): number {
  const hex = /^[0-9a-f]{13}/i.test(eventId) ? eventId : createHash('sha1').update(eventId).digest('hex');
  return Number.parseInt(hex.slice(0, 13), 16);
}

/** The ten actor columns; all empty when the event has no such actor. */
function actorCells(actor: CodedActor | null, ctx: ExportContext): CellValue[] {
  if (!actor) return Array<CellValue>(10).fill('');
  const parts = splitActorCode(actor, ctx);
  const countryName = actor.country ? ctx.countries.byIso3(actor.country)?.name : undefined;
  return [
    actor.code,
    actor.name ?? countryName ?? actor.text,
    parts.country,
    parts.knownGroup,
    parts.ethnic,
    parts.religions[0],
    parts.religions[1],
    parts.types[0],
    parts.types[1],
    parts.types[2],
  ];
}

export function gdeltRow(event: DatasetEvent, ctx: ExportContext): string {
  const date = gdeltDate(event.date);
  return tabRow([
    globalEventId(event.event_id),
    date.sqlDate,
    date.monthYear,
    date.year,
    date.fractionDate,
    ...actorCells(event.source, ctx),
    ...actorCells(event.target, ctx),
    event.sentence_index === 0 || event.sentence_index === 1 ? 1 : 0,
    event.code,
    event.code.slice(0, 3),
    event.root,
    event.quad_class,
    goldsteinText(event.goldstein),
    event.num_mentions,
    event.num_sources,
    event.num_articles,
    '',
    ...countryGeo(event.source?.country ?? null, ctx),
    ...countryGeo(event.target?.country ?? null, ctx),
    ...locationGeo(event.location, ctx),
    dateAdded(event.added),
    event.source_url ?? event.doc_id,
  ]);
}
