/**
 * Country centroids for the GDELT actor geo columns, read from the country rows of data/places/gazetteer.tsv (id 0,
 * feature PCL) without parsing its 135k places: the file is scanned as bytes for lines that start with "0\t", which
 * takes a few milliseconds instead of the gazetteer's full load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../errors.js';
import { GAZETTEER_FILE, GAZETTEER_HEADER } from '../../places/gazetteer-file.js';

export interface LatLon {
  lat: number;
  lon: number;
}

const HINT = 'Regenerate it with `npm run data:gazetteer`.';
const COLUMN = Object.fromEntries(GAZETTEER_HEADER.map((name, i) => [name, i])) as Record<
  (typeof GAZETTEER_HEADER)[number],
  number
>;

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    const message = errno === 'ENOENT' ? 'gazetteer not found' : `cannot read the gazetteer (${errno ?? 'error'})`;
    throw new ParleyError('data.missing', message, { file, hint: HINT }, { cause: error });
  }
}

/** A coordinate cell; an empty cell is no coordinate (Number('') would be 0). */
const coordinate = (cell: string | undefined) => (cell === undefined || cell.trim() === '' ? NaN : Number(cell));

/** ISO 3166-1 alpha-3 -> the country's centroid, from the gazetteer's country rows. */
export function readCountryCentroids(dataDir: string): ReadonlyMap<string, LatLon> {
  const file = join(dataDir, GAZETTEER_FILE);
  const bytes = readBytes(file);
  const firstEnd = bytes.indexOf(0x0a);
  const header = bytes.toString('utf8', 0, firstEnd === -1 ? bytes.length : firstEnd).replace(/\r$/, '');
  if (header !== GAZETTEER_HEADER.join('\t')) {
    throw new ParleyError('data.invalid', `expected the header "${GAZETTEER_HEADER.join('\\t')}"`, {
      file,
      line: 1,
      hint: HINT,
    });
  }
  const centroids = new Map<string, LatLon>();
  const marker = Buffer.from('\n0\t');
  for (let at = bytes.indexOf(marker); at !== -1; at = bytes.indexOf(marker, at + 1)) {
    const end = bytes.indexOf(0x0a, at + 1);
    const cells = bytes.toString('utf8', at + 1, end === -1 ? bytes.length : end).replace(/\r$/, '').split('\t');
    if (cells.length !== GAZETTEER_HEADER.length || cells[COLUMN.feature] !== 'PCL') continue;
    const lat = coordinate(cells[COLUMN.lat]);
    const lon = coordinate(cells[COLUMN.lon]);
    const country = cells[COLUMN.country];
    if (country && Number.isFinite(lat) && Number.isFinite(lon)) centroids.set(country, { lat, lon });
  }
  return centroids;
}
