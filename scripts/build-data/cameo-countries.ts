/**
 * CAMEO country codes (standards/cameo/CAMEO.country.txt, GDELT's lookup). Most equal ISO 3166 alpha-3; the
 * others are legacy codes (ROM, TMP, MTN, IMY), regions (AFR, MEA ...) and places (WSB, GZS, BAG). A country's
 * `cameo` is its ISO code when CAMEO lists it, else the CAMEO code whose label is one of its names.
 */
import { inputError, type Report, readTsv } from './io.js';
import { fold } from './text.js';

export interface NamedCountry {
  iso3: string;
  names: string[];
}

/** Returns iso3 -> CAMEO code for the countries whose CAMEO code differs from iso3. */
export function assignCameoCodes(
  file: string,
  countries: NamedCountry[],
  cameoCodes: Readonly<Record<string, string>>,
  report: Report,
): Map<string, string> {
  const rows = readTsv(file, ['CODE', 'LABEL']);
  const byIso = new Map(countries.map((c) => [c.iso3, new Set(c.names.map(fold))]));
  for (const [code, iso3] of Object.entries(cameoCodes)) {
    if (byIso.has(code))
      throw inputError('country-aliases.json', `cameo_codes: ${code} is already an ISO code`);
    if (!byIso.has(iso3))
      throw inputError('country-aliases.json', `cameo_codes: ${code} -> unknown country ${iso3}`);
  }
  const legacy = new Map<string, string>();
  const unmapped: string[] = [];
  for (const [code = '', label = ''] of rows) {
    if (!/^[A-Z]{3}$/.test(code)) throw inputError(file, `"${code}" is not a 3-letter CAMEO country code`);
    const names = byIso.get(code);
    if (names) {
      if (!names.has(fold(label)))
        report.note('CAMEO countries', `${code}: CAMEO label "${label}" is not one of its names`);
      continue;
    }
    const matches = [...byIso].filter(([, set]) => set.has(fold(label))).map(([iso3]) => iso3);
    const data = cameoCodes[code];
    if (matches.length === 1 && matches[0] !== undefined) {
      const iso3 = matches[0];
      if (data !== iso3) {
        throw inputError(
          'country-aliases.json',
          `cameo_codes must map ${code} ("${label}") to ${iso3}, found ${data}`,
        );
      }
      if (!rows.some(([other]) => other === iso3)) legacy.set(iso3, code);
      report.note('CAMEO countries', `${code} ("${label}") is CAMEO's code for ${iso3}`);
    } else if (data) {
      report.note('CAMEO countries', `${code} ("${label}") -> ${data} by country-aliases.json cameo_codes`);
    } else {
      unmapped.push(code);
    }
  }
  report.note('CAMEO countries', `codes with no country (regions): ${unmapped.join(' ')}`);
  for (const code of Object.keys(cameoCodes)) {
    if (!rows.some(([other]) => other === code)) {
      report.note(
        'CAMEO countries',
        `${code} -> ${cameoCodes[code]} (not in CAMEO.country.txt; from other sources)`,
      );
    }
  }
  return legacy;
}
