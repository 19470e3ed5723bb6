/**
 * Country codes as the eval compares them: ISO 3166-1 alpha-3, "---" for "no country", and CAMEO's transnational
 * prefixes (IGO, NGO, IMG, ...) kept as they are.
 *
 * The peer suites mostly use ISO3 already. The exceptions, found by listing every distinct code in both suites and
 * in ../shared/standards/cameo/CAMEO.country.txt:
 * - CAMEO legacy country codes: ROM (Romania), TMP (East Timor), MTN (Montenegro), and the CAMEO place codes
 *   WSB (West Bank), GZS (Gaza Strip) and BAG (Baghdad);
 * - PLOVER gold-standard spellings: JAP (Japan), ITL (Italy), VTN (Vietnam);
 * - PLOVER data errors: "ISM" for "Muslim hackers" (no country; CAMEO would say ---MOS) and the word "diplomatic"
 *   in a target field (a context value entered as an actor). Both compare as "---".
 * The eval keeps this table of its own so that the scoring rules stay fixed while the coder's knowledge changes.
 */

const LEGACY_TO_ISO3: Readonly<Record<string, string>> = {
  ROM: 'ROU',
  TMP: 'TLS',
  MTN: 'MNE',
  WSB: 'PSE',
  GZS: 'PSE',
  BAG: 'IRQ',
  JAP: 'JPN',
  ITL: 'ITA',
  VTN: 'VNM',
  ISM: '---',
};

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

const COUNTRY_SLOT = /^(?:[A-Z]{3}|---)$/;

/** A country code as compared: "" / null / anything that is not three capitals → "---"; legacy codes → ISO3. */
export function normaliseCountry(code: string | null | undefined): string {
  const c = (code ?? '').trim();
  if (!COUNTRY_SLOT.test(c)) return '---';
  return LEGACY_TO_ISO3[c] ?? c;
}

/** A full CAMEO actor code with its country prefix normalised: "JAPGOV" → "JPNGOV", "" → "---". */
export function normaliseActorCode(code: string | null | undefined): string {
  const c = (code ?? '').trim();
  const prefix = c.slice(0, 3);
  if (!COUNTRY_SLOT.test(prefix)) return '---';
  return normaliseCountry(prefix) + c.slice(3);
}
