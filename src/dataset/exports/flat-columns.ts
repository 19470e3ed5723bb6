/**
 * The flat table of the CSV and TSV exports: one row per event, one column per field of the DatasetEvent that a
 * spreadsheet can hold (nested fields flattened, lists joined). Codes are Parley's own: ISO 3166 alpha-3 countries,
 * CAMEO actor and event codes.
 */
import type { DatasetEvent } from '../dataset-event.js';
import type { CellValue } from './fields.js';

export const FLAT_COLUMNS = [
  'event_id',
  'date',
  'date_end',
  'date_precision',
  'code',
  'root',
  'name',
  'quad_class',
  'goldstein',
  'plover_type',
  'plover_mode',
  'source_code',
  'source_name',
  'source_country',
  'target_code',
  'target_name',
  'target_country',
  'location_name',
  'location_country',
  'lat',
  'lon',
  'location_precision',
  'modality',
  'num_mentions',
  'num_sources',
  'num_articles',
  'doc_id',
  'sentence',
  'source_url',
  'rules',
] as const;

/** The values of FLAT_COLUMNS for one event, in order; `rules` joined with ";". */
export function flatValues(event: DatasetEvent): CellValue[] {
  const { source, target, location, plover } = event;
  return [
    event.event_id,
    event.date,
    event.date_end,
    event.date_precision,
    event.code,
    event.root,
    event.name,
    event.quad_class,
    event.goldstein,
    plover?.type,
    plover?.mode,
    source?.code,
    source?.name,
    source?.country,
    target?.code,
    target?.name,
    target?.country,
    location?.name,
    location?.country,
    location?.lat,
    location?.lon,
    location?.precision,
    event.modality,
    event.num_mentions,
    event.num_sources,
    event.num_articles,
    event.doc_id,
    event.sentence,
    event.source_url,
    event.rules.join(';'),
  ];
}
