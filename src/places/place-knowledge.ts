/**
 * What the place stages know, compiled once per coder: the gazetteer with its aliases (country names from the
 * country table, press spellings from data/places/place-aliases.json), regions and landmarks as phrase tries, and
 * the English place grammar (data/lexicon/en/places.json).
 */
import { ParleyError } from '../errors.js';
import type { CountryTable } from '../knowledge/countries.js';
import { readDataFile } from '../knowledge/read-data.js';
import { PhraseTrie } from '../matching/phrase-trie.js';
import { phraseKeys } from '../text/phrase-keys.js';
import { type Gazetteer, loadGazetteer } from './gazetteer.js';
import {
  type PlaceGrammarFile,
  landmarksFileSchema,
  placeAliasesFileSchema,
  placeGrammarFileSchema,
  regionsFileSchema,
} from './place-schemas.js';

export type PlacePrecision = 'city' | 'admin1' | 'country' | 'landmark';

/** One reading of a place name. */
export interface PlaceCandidate {
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  population: number;
  /** A capital or the seat of a first-order division (GeoNames PPLC, PPLA): never a small namesake. */
  seat: boolean;
  /** GeoNames admin1 code, for cities and regions. */
  admin: string | null;
  /** GeoNames id, or null (countries, regions, landmarks). */
  geonameId: number | null;
}

export type PrepositionKind = 'locative' | 'destination';

export interface PlaceKnowledge {
  readonly gazetteer: Gazetteer;
  readonly landmarks: PhraseTrie<PlaceCandidate>;
  readonly regions: PhraseTrie<PlaceCandidate>;
  readonly prepositions: PhraseTrie<PrepositionKind>;
  readonly destinationCodes: ReadonlySet<string>;
  readonly descriptors: ReadonlySet<string>;
  readonly adminSuffixes: ReadonlySet<string>;
  readonly modifierHeads: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly qualifierSeparator: string;
  readonly minPopulation: number;
  readonly grammar: PlaceGrammarFile;
  /** The gazetteer's readings of a name given as token keys, largest first. */
  gazetteerCandidates(keys: readonly string[]): PlaceCandidate[];
  /** A country as a place (its centroid). */
  country(iso3: string): PlaceCandidate | undefined;
}

const SEAT_FEATURES = new Set(['PPLC', 'PPLA', 'PPLG']);

function fromRow(gazetteer: Gazetteer, row: number): PlaceCandidate {
  const p = gazetteer.place(row);
  const isCountry = p.feature === 'PCL';
  return {
    name: p.name,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    precision: isCountry ? 'country' : 'city',
    population: p.population,
    seat: isCountry || SEAT_FEATURES.has(p.feature),
    admin: isCountry ? null : p.admin,
    geonameId: isCountry ? null : p.id,
  };
}

/** The largest gazetteer place of this name in this country, or undefined. */
function rowNamed(gazetteer: Gazetteer, name: string, country: string): number | undefined {
  return gazetteer.byKeys(phraseKeys(name)).find((row) => gazetteer.place(row).country === country);
}

export function loadPlaceKnowledge(dataDir: string, countries: CountryTable): PlaceKnowledge {
  const gazetteer = loadGazetteer(dataDir);
  const grammar = readDataFile(dataDir, 'lexicon/en/places.json', placeGrammarFileSchema);
  const aliases = readDataFile(dataDir, 'places/place-aliases.json', placeAliasesFileSchema);
  const regionsFile = readDataFile(dataDir, 'places/regions.json', regionsFileSchema);
  const landmarksFile = readDataFile(dataDir, 'places/landmarks.json', landmarksFileSchema);

  for (const country of countries.all) {
    const row = gazetteer.countryRow(country.iso3);
    if (row === undefined) continue;
    for (const name of country.names) gazetteer.addAlias(phraseKeys(name), row);
  }
  for (const a of aliases.aliases) {
    const row = rowNamed(gazetteer, a.name, a.country);
    if (row === undefined) {
      throw new ParleyError('data.invalid', `alias "${a.alias}" points at "${a.name}" (${a.country}), which the gazetteer does not have`, {
        file: 'data/places/place-aliases.json',
        hint: 'Use the GeoNames name of the place as it is in data/places/gazetteer.tsv.',
      });
    }
    gazetteer.addAlias(phraseKeys(a.alias), row);
  }

  const regions = new PhraseTrie<PlaceCandidate>();
  for (const r of regionsFile.regions) {
    let admin = r.admin;
    if (r.seat !== undefined) {
      const row = rowNamed(gazetteer, r.seat, r.country);
      admin = row === undefined ? undefined : gazetteer.place(row).admin;
    }
    const centroid = admin === undefined ? undefined : gazetteer.adminCentroid(r.country, admin);
    if (admin === undefined || !centroid) {
      throw new ParleyError('data.invalid', `region "${r.name}" (${r.country}) matches no first-order division of the gazetteer`, {
        file: 'data/places/regions.json',
        hint: 'Give the GeoNames admin1 code as "admin", or a "seat" spelled as in data/places/gazetteer.tsv.',
      });
    }
    const place: PlaceCandidate = {
      name: r.name,
      country: r.country,
      lat: centroid.lat,
      lon: centroid.lon,
      precision: 'admin1',
      population: 0,
      seat: true,
      admin,
      geonameId: null,
    };
    for (const name of [r.name, ...r.aliases]) regions.add(phraseKeys(name), place);
  }

  const landmarks = new PhraseTrie<PlaceCandidate>();
  for (const l of landmarksFile.landmarks) {
    const place: PlaceCandidate = {
      name: l.name,
      country: l.country,
      lat: l.lat,
      lon: l.lon,
      precision: 'landmark',
      population: 0,
      seat: true,
      admin: null,
      geonameId: null,
    };
    for (const name of [l.name, ...l.aliases]) landmarks.add(phraseKeys(name), place);
  }

  const prepositions = new PhraseTrie<PrepositionKind>();
  for (const p of grammar.prepositions.phrases) prepositions.add(phraseKeys(p), 'locative');
  for (const p of grammar.destination.phrases) prepositions.add(phraseKeys(p), 'destination');
  const words = (list: readonly string[]) => new Set(list.map((w) => phraseKeys(w).join(' ')));

  return Object.freeze({
    gazetteer,
    landmarks,
    regions,
    prepositions,
    destinationCodes: new Set(grammar.destination.codes),
    descriptors: words(grammar.descriptors.words),
    adminSuffixes: words(grammar.admin_suffixes.words),
    modifierHeads: words(grammar.modifier_heads.words),
    nameParticles: words(grammar.name_particles.words),
    qualifierSeparator: grammar.qualifier.separator,
    minPopulation: grammar.small_place.min_population,
    grammar,
    gazetteerCandidates: (keys: readonly string[]) => gazetteer.byKeys(keys).map((row) => fromRow(gazetteer, row)),
    country(iso3: string) {
      const row = gazetteer.countryRow(iso3);
      return row === undefined ? undefined : fromRow(gazetteer, row);
    },
  });
}
