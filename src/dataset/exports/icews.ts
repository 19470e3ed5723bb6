/**
 * ICEWS coded-event rows (Harvard Dataverse doi:10.7910/DVN/28075): 20 tab-separated columns under ICEWS's header.
 * Names and countries are full names, as in ICEWS; docs/exports.md gives the source of every column.
 */
import type { CodedActor } from '../../output/coded-event.js';
import type { DatasetEvent } from '../dataset-event.js';
import { sectorLabels, splitActorCode } from './actor-code-parts.js';
import type { ExportContext } from './export-context.js';
import { type CellValue, goldsteinText, tabRow } from './fields.js';

export const ICEWS_COLUMNS = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
] as const;

function countryName(iso3: string | null, ctx: ExportContext): string {
  return iso3 ? (ctx.countries.byIso3(iso3)?.name ?? iso3) : '';
}

/** Name, sectors ("Government, Military") and country name of an actor; three empty cells without one. */
function actorCells(actor: CodedActor | null, ctx: ExportContext): CellValue[] {
  if (!actor) return ['', '', ''];
  const country = countryName(actor.country, ctx);
  const sectors = sectorLabels(splitActorCode(actor, ctx), ctx);
  return [actor.name ?? (country || actor.text), sectors.join(', '), country];
}

export function icewsHeader(): string {
  return ICEWS_COLUMNS.join('\t');
}

export function icewsRow(event: DatasetEvent, ctx: ExportContext): string {
  const [sourceName, sourceSectors, sourceCountry] = actorCells(event.source, ctx);
  const [targetName, targetSectors, targetCountry] = actorCells(event.target, ctx);
  const place = event.location;
  return tabRow([
    event.event_id,
    event.date,
    sourceName,
    sourceSectors,
    sourceCountry,
    event.name,
    event.code,
    goldsteinText(event.goldstein),
    targetName,
    targetSectors,
    targetCountry,
    event.doc_id,
    event.sentence_index + 1,
    event.source_name,
    place?.precision === 'city' ? place.name : '',
    '',
    place?.precision === 'admin1' ? place.name : '',
    place ? countryName(place.country, ctx) : '',
    place?.lat,
    place?.lon,
  ]);
}
