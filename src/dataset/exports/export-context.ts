/**
 * What the export formats need from Parley's knowledge, loaded once per export: the country table (names, CAMEO and
 * FIPS codes), the CAMEO actor-code tables, country centroids and the CAMEO ontology (for PLOVER contexts). It is a
 * small part of the coder's knowledge: no lexicon, no gazetteer places (about 40 ms instead of 0.5 s).
 */
import { type CountryTable, loadCountries } from '../../knowledge/countries.js';
import { type Ontology, loadOntology } from '../../knowledge/ontology.js';
import { type ActorCodeTables, loadActorCodeTables } from './actor-code-tables.js';
import { type LatLon, readCountryCentroids } from './country-centroids.js';

/** What the PLOVER `coder` field says by default. */
export const DEFAULT_CODER = 'parley 0.1';

export interface ExportContext {
  readonly countries: CountryTable;
  readonly actorCodes: ActorCodeTables;
  /** ISO 3166-1 alpha-3 -> centroid (for GDELT's actor geo columns, which Parley fills with the actor's country). */
  readonly centroids: ReadonlyMap<string, LatLon>;
  readonly ontology: Ontology;
  /** Coder name and version for PLOVER's `coder` field. */
  readonly coder: string;
}

export interface ExportContextOptions {
  coder?: string;
}

export function createExportContext(dataDir: string, options: ExportContextOptions = {}): ExportContext {
  return Object.freeze({
    countries: loadCountries(dataDir),
    actorCodes: loadActorCodeTables(dataDir),
    centroids: readCountryCentroids(dataDir),
    ontology: loadOntology(dataDir),
    coder: options.coder ?? DEFAULT_CODER,
  });
}
