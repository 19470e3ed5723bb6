/**
 * Schemas of the two hand-written country files that `npm run data:build` merges into data/actors/countries.json.
 * (Kept beside schemas.ts rather than in it; both are written to data/schemas/ as JSON Schema.)
 */
import { z } from 'zod';

const iso3 = z.string().regex(/^[A-Z]{3}$/);
const byCountry = z.record(iso3, z.array(z.string().min(1)));

export const countryAliasesFileSchema = z.object({
  reason: z.string().min(1),
  /** Press variants of a country's name, added to `names`: "U.S.", "the UK", "DR Congo". */
  aliases: byCountry,
  /** Demonyms and adjectives missing from the sources, added to `demonyms`: "Emirati", "Briton". */
  demonyms: byCountry,
  /** Entries of CountryInfo's <Nationality> lists that are not demonyms and slip through the build's filter. */
  not_demonyms: byCountry,
  /** CountryInfo capitals and cities to leave out: nicknames ("City of Light"), other states' capitals. */
  not_places: byCountry,
  /** Country codes in sources that are not ISO 3166 alpha-3 (legacy CAMEO, Phoenix, PLOVER) and the ISO code. */
  cameo_codes: z.record(iso3, iso3),
  /** ISO codes world-countries uses that Parley replaces, e.g. its "UNK" for Kosovo -> "XKX". */
  iso3_overrides: z.record(iso3, iso3),
});
export type CountryAliasesFile = z.infer<typeof countryAliasesFileSchema>;

export const seatsFileSchema = z.object({
  reason: z.string().min(1),
  /** Buildings and places whose name stands for a government: "the Kremlin", "the White House". */
  seats: byCountry,
});
export type SeatsFile = z.infer<typeof seatsFileSchema>;
