/**
 * Country codes as the eval compares them: ISO 3166-1 alpha-3, "---" for "no country", and CAMEO's transnational
 * prefixes (IGO, NGO, IMG, ...) kept as they are.
 *
 * Non-ISO codes are mapped with the coder's own table (`knowledge.countries.cameoToIso3`, from
 * data/actors/country-aliases.json), which covers every such code in the peer suites: CAMEO legacy codes (ROM, TMP,
 * MTN, WSB, GZS, BAG) and the PLOVER gold standard's spellings (JAP, ITL, VTN). On top of it the eval reads two
 * PLOVER data errors as "no country": "ISM" for "Muslim hackers" (CAMEO would say ---MOS) and the word "diplomatic"
 * in a target field (a context value entered as an actor).
 */

/** ISO3 for a CAMEO country code, or undefined to keep the code as it is (regions, IGO, unknown codes). */
export type ToIso3 = (code: string) => string | undefined;

export interface CountryCodes {
  /** "" / null / anything but three capitals → "---"; legacy codes → ISO3: "JAP" → "JPN". */
  country(code: string | null | undefined): string;
  /** A full CAMEO actor code with its country prefix normalised: "JAPGOV" → "JPNGOV", "" → "---". */
  actorCode(code: string | null | undefined): string;
}

/** CAMEO codes for actors above or across states; they stand in the country slot of an actor code. */
export const TRANSNATIONAL_PREFIXES: ReadonlySet<string> = new Set([
  'IGO',
  'NGO',
  'IMG',
  'INT',
  'MNC',
  'NGM',
  'UIS',
]);

/** Codes in the suites that name no country (see the comment at the top). */
const NO_COUNTRY: ReadonlySet<string> = new Set(['---', 'ISM']);

const COUNTRY_SLOT = /^(?:[A-Z]{3}|---)$/;

export function countryCodes(toIso3: ToIso3): CountryCodes {
  const country = (code: string | null | undefined): string => {
    const c = (code ?? '').trim();
    if (!COUNTRY_SLOT.test(c) || NO_COUNTRY.has(c)) return '---';
    return toIso3(c) ?? c;
  };
  const actorCode = (code: string | null | undefined): string => {
    const c = (code ?? '').trim();
    const prefix = c.slice(0, 3);
    return COUNTRY_SLOT.test(prefix) ? country(prefix) + c.slice(3) : '---';
  };
  return { country, actorCode };
}
