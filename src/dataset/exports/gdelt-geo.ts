/**
 * GDELT's geo blocks (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID), from an event's
 * location (ActionGeo) or an actor's country (Actor1Geo, Actor2Geo: Parley does not locate actors in the text).
 * Country codes are FIPS 10-4 (countries.json `fips`), as in GDELT, not ISO.
 */
import type { CodedLocation } from '../../output/coded-event.js';
import type { ExportContext } from './export-context.js';

/** The eight cells of one geo block. */
export type GeoBlock = [string, string, string, string, string, number | null, number | null, string];

/** GDELT's Type codes. */
const COUNTRY = '1';
const US_STATE = '2';
const US_CITY = '3';
const WORLD_CITY = '4';
const WORLD_STATE = '5';

/** No place: GDELT writes Type 0 and leaves the rest empty. */
export const NO_GEO: Readonly<GeoBlock> = Object.freeze(['0', '', '', '', '', null, null, '']) as Readonly<GeoBlock>;

/** A GeoNames admin1 code usable in GDELT's four-character ADM1Code: two letters or digits, not "00" (unknown). */
function admin1Of(location: CodedLocation): string {
  const code = location.admin1?.trim().toUpperCase() ?? '';
  return /^[A-Z0-9]{2}$/.test(code) && code !== '00' ? code : '';
}

/** An actor's country as a country-level block with the country's centroid; NO_GEO without a known country. */
export function countryGeo(iso3: string | null, ctx: ExportContext): Readonly<GeoBlock> {
  const country = iso3 ? ctx.countries.byIso3(iso3) : undefined;
  if (!country) return NO_GEO;
  const fips = country.fips ?? '';
  const centroid = ctx.centroids.get(country.iso3);
  return [COUNTRY, country.name, fips, fips, '', centroid?.lat ?? null, centroid?.lon ?? null, fips];
}

/**
 * An event's location. Country: Type 1, FeatureID the FIPS code. First-order division: Type 2 in the US, else 5;
 * FullName "Texas, United States"; FeatureID the ADM1 code (the state code alone in the US, as GDELT writes it).
 * City or landmark: Type 3 in the US, else 4; FullName "Moscow, Russia" (Parley keeps no names of divisions for
 * GDELT's "City, State, Country"); FeatureID the GeoNames id (GDELT's is a GNS id), empty when there is none.
 * ADM1Code is the FIPS country code followed by the GeoNames admin1 code, which is FIPS-style for most countries.
 */
export function locationGeo(location: CodedLocation | null, ctx: ExportContext): Readonly<GeoBlock> {
  if (!location) return NO_GEO;
  const country = location.country ? ctx.countries.byIso3(location.country) : undefined;
  const fips = country?.fips ?? '';
  const inUs = country?.iso3 === 'USA';
  const admin1 = admin1Of(location);
  const adm1Code = fips && admin1 ? fips + admin1 : fips;
  const fullName = country && location.name !== country.name ? `${location.name}, ${country.name}` : location.name;
  const { lat, lon } = location;
  switch (location.precision) {
    case 'country':
      return [COUNTRY, country?.name ?? location.name, fips, fips, '', lat, lon, fips];
    case 'admin1':
      return [inUs ? US_STATE : WORLD_STATE, fullName, fips, adm1Code, '', lat, lon, inUs && admin1 ? admin1 : adm1Code];
    case 'city':
    case 'landmark':
      return [inUs ? US_CITY : WORLD_CITY, fullName, fips, adm1Code, '', lat, lon, String(location.geonames_id ?? '')];
  }
}
