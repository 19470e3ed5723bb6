/**
 * The format of data/places/gazetteer.tsv (written by scripts/build-gazetteer.ts): a header line, then one place a
 * line. Columns: GeoNames id (0 for a country row), name, ISO 3166-1 alpha-3 country, GeoNames feature code (PPLC
 * capital, PPLA seat of a first-order division, PPL populated place, ...; PCL for a country), GeoNames admin1 code,
 * population, latitude, longitude (5 decimals), and the name's matching keys (its token keys joined by spaces, as
 * phraseKeys gives them; then, after a "|", the keys without transliteration apostrophes when they differ), so the
 * coder does not fold 135k names at start-up.
 */
import { phraseKeys } from '../text/phrase-keys.js';
export const GAZETTEER_FILE = 'places/gazetteer.tsv';

export const GAZETTEER_HEADER = ['id', 'name', 'country', 'feature', 'admin1', 'population', 'lat', 'lon', 'keys'] as const;

/** Keys of a name without the soft-sign apostrophes of transliterations ("kramators'k" -> "kramatorsk"), or null. */
function withoutApostrophes(keys: readonly string[]): string[] | null {
  if (!keys.some((k) => k.includes("'"))) return null;
  const bare = keys.map((k) => k.replace(/'/g, ''));
  return bare.every((k) => k !== '') ? bare : null;
}

/** The keys column of a name: "khan yunis", or "kramators'k|kramatorsk". */
export function nameKeys(name: string): string {
  const keys = phraseKeys(name);
  const bare = withoutApostrophes(keys);
  return bare ? `${keys.join(' ')}|${bare.join(' ')}` : keys.join(' ');
}

export interface GazetteerRow {
  id: number;
  name: string;
  country: string;
  feature: string;
  admin: string;
  population: number;
  lat: number;
  lon: number;
}

const coordinate = (value: number) => String(Math.round(value * 1e5) / 1e5);

export function formatGazetteerRow(row: GazetteerRow): string {
  const name = row.name.replace(/[\t\n]/g, ' ');
  return [row.id, name, row.country, row.feature, row.admin, row.population, coordinate(row.lat), coordinate(row.lon), nameKeys(name)].join(
    '\t',
  );
}
