/**
 * The gazetteer in memory: ~135k GeoNames places and 250 country centroids from data/places/gazetteer.tsv, held in
 * columns (typed arrays, interned codes) rather than one object per place, so it costs ~30 MB instead of ~150 MB.
 * Names are looked up by their token keys ("khan yunis"); a name can have many places (11 called Paris).
 */
import { join } from 'node:path';
import { ParleyError } from '../errors.js';
import { readTextFile } from '../knowledge/read-data.js';
import { GAZETTEER_FILE, GAZETTEER_HEADER, type GazetteerRow } from './gazetteer-file.js';

/** One place of the gazetteer, as handed out (built on demand from the columns); `id` is the GeoNames id (0 for a
 * country), `row` its row number, stable while the coder runs. */
export interface GazetteerPlace extends GazetteerRow {
  row: number;
}

export interface Gazetteer {
  readonly size: number;
  /** The places whose name has exactly these token keys, largest population first. */
  byKeys(keys: readonly string[]): readonly number[];
  /** Longest number of name tokens in the gazetteer (lookups never try longer spans). */
  readonly maxTokens: number;
  place(row: number): GazetteerPlace;
  /** A country's centroid row, by ISO alpha-3. */
  countryRow(iso3: string): number | undefined;
  /** Mean position of the places in a first-order division (country + GeoNames admin1 code). */
  adminCentroid(country: string, admin: string): { lat: number; lon: number; places: number } | undefined;
  /** Adds another name for a row (hand-written aliases: "Kiev" for Kyiv). */
  addAlias(keys: readonly string[], row: number): void;
}

function interner() {
  const values: string[] = [];
  const ids = new Map<string, number>();
  return {
    values,
    id(value: string): number {
      let id = ids.get(value);
      if (id === undefined) {
        id = values.length;
        values.push(value);
        ids.set(value, id);
      }
      return id;
    },
  };
}

export function parseGazetteer(text: string, file: string): Gazetteer {
  const lines = text.split('\n');
  if (lines[0]?.replace(/\r$/, '') !== GAZETTEER_HEADER.join('\t')) {
    throw new ParleyError('data.invalid', `expected the header "${GAZETTEER_HEADER.join('\\t')}"`, {
      file,
      line: 1,
      hint: 'Regenerate it with `npm run data:gazetteer`.',
    });
  }
  const n = lines.length - 1;
  const ids = new Uint32Array(n);
  const names: string[] = new Array<string>(n);
  const countryOf = new Uint16Array(n);
  const featureOf = new Uint8Array(n);
  const adminOf = new Uint16Array(n);
  const population = new Uint32Array(n);
  const lat = new Float32Array(n);
  const lon = new Float32Array(n);
  const countries = interner();
  const features = interner();
  const admins = interner();
  /** Token keys joined by a space -> rows; one row is kept as a number (most names have one place). */
  const index = new Map<string, number | number[]>();
  const countryRows = new Map<string, number>();
  let maxTokens = 1;
  let size = 0;

  const addKey = (key: string, row: number) => {
    let tokens = 1;
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) tokens++;
    if (tokens > maxTokens) maxTokens = tokens;
    const had = index.get(key);
    if (had === undefined) index.set(key, row);
    else if (typeof had === 'number') {
      if (had !== row) index.set(key, [had, row]);
    } else if (!had.includes(row)) had.push(row);
  };

  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const cells = line.split('\t');
    if (cells.length !== GAZETTEER_HEADER.length) {
      throw new ParleyError('data.invalid', `has ${cells.length} columns, expected ${GAZETTEER_HEADER.length}`, {
        file,
        line: i + 1,
        hint: 'Regenerate it with `npm run data:gazetteer`.',
      });
    }
    const [id, name, country, feature, admin, pop, la, lo, keys] = cells as [
      string, string, string, string, string, string, string, string, string,
    ];
    const row = size++;
    ids[row] = Number(id);
    names[row] = name;
    countryOf[row] = countries.id(country);
    featureOf[row] = features.id(feature);
    adminOf[row] = admins.id(admin);
    population[row] = Number(pop);
    lat[row] = Number(la);
    lon[row] = Number(lo);
    if (feature === 'PCL') countryRows.set(country, row);
    for (const key of keys.split('|')) addKey(key, row);
  }

  /** Sums per (country, admin1) for centroids, made on first use. */
  let adminSums: Map<string, [number, number, number]> | undefined;
  const none: readonly number[] = [];

  return {
    size,
    get maxTokens() {
      return maxTokens;
    },
    byKeys(keys) {
      const rows = index.get(keys.join(' '));
      return rows === undefined ? none : typeof rows === 'number' ? [rows] : rows;
    },
    place(row) {
      return {
        row,
        id: ids[row] ?? 0,
        name: names[row] ?? '',
        country: countries.values[countryOf[row] ?? 0] ?? '',
        feature: features.values[featureOf[row] ?? 0] ?? '',
        admin: admins.values[adminOf[row] ?? 0] ?? '',
        population: population[row] ?? 0,
        lat: Math.round((lat[row] ?? 0) * 1e5) / 1e5,
        lon: Math.round((lon[row] ?? 0) * 1e5) / 1e5,
      };
    },
    countryRow: (iso3) => countryRows.get(iso3),
    adminCentroid(country, admin) {
      if (!adminSums) {
        adminSums = new Map();
        for (let row = 0; row < size; row++) {
          if (features.values[featureOf[row] ?? 0] === 'PCL') continue;
          const key = `${countries.values[countryOf[row] ?? 0]}|${admins.values[adminOf[row] ?? 0]}`;
          const sum = adminSums.get(key) ?? [0, 0, 0];
          sum[0] += lat[row] ?? 0;
          sum[1] += lon[row] ?? 0;
          sum[2]++;
          adminSums.set(key, sum);
        }
      }
      const sum = adminSums.get(`${country}|${admin}`);
      if (!sum) return undefined;
      return { lat: Math.round((sum[0] / sum[2]) * 100) / 100, lon: Math.round((sum[1] / sum[2]) * 100) / 100, places: sum[2] };
    },
    addAlias: (keys, row) => addKey(keys.join(' '), row),
  };
}

export function loadGazetteer(dataDir: string): Gazetteer {
  const file = join(dataDir, GAZETTEER_FILE);
  const text = readTextFile(file, 'the gazetteer', 'Regenerate it with `npm run data:gazetteer` (needs the dev dependencies).');
  return parseGazetteer(text, file);
}
