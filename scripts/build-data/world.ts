/** The `world-countries` package (ODbL): the list of countries, their names, capitals and English demonyms. */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { CountryAliasesFile } from '../../src/knowledge/country-schemas.js';
import type { Report } from './io.js';
import { dedupe, isLatin } from './text.js';

export interface WorldCountry {
  iso3: string;
  iso2: string | null;
  /** false for dependent territories. */
  independent: boolean;
  common: string;
  /**
   * Common and official name, Latin-script alt spellings (no 2-letter codes, no inverted ISO forms such as
   * "Korea, Republic of"), Latin-script native common names.
   */
  names: string[];
  capitals: string[];
  /** English demonyms, masculine then feminine; "Bosnian, Herzegovinian" and "Kittitian or Nevisian" are split. */
  demonyms: string[];
}

export function loadWorldCountries(aliases: CountryAliasesFile, report: Report): WorldCountry[] {
  const raw = createRequire(import.meta.url)('world-countries') as Countries;
  let nonLatin = 0;
  const latin = (values: string[]) =>
    values.filter((value) => {
      const keep = isLatin(value);
      if (!keep) nonLatin++;
      return keep;
    });
  const countries = raw.map((country): WorldCountry => {
    const override = aliases.iso3_overrides[country.cca3];
    if (override)
      report.note(
        'countries',
        `world-countries code ${country.cca3} (${country.name.common}) -> ${override}`,
      );
    const alt = country.altSpellings.filter(
      (spelling) => !/^[A-Z]{2}$/.test(spelling) && !spelling.includes(','),
    );
    const native = Object.values(country.name.native ?? {}).map((n) => n.common);
    const eng = country.demonyms?.eng;
    return {
      iso3: override ?? country.cca3,
      iso2: /^[A-Z]{2}$/.test(country.cca2) ? country.cca2 : null,
      independent: country.independent === true,
      common: country.name.common,
      names: dedupe([country.name.common, country.name.official, ...latin(alt), ...latin(native)]),
      capitals: country.capital ?? [],
      demonyms: eng ? dedupe([eng.m, eng.f].flatMap((d) => d.split(/, | or /))) : [],
    };
  });
  report.note(
    'countries',
    `world-countries: ${countries.length} countries; ${nonLatin} non-Latin spellings left out`,
  );
  return countries;
}
