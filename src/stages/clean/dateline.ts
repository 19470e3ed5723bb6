/**
 * The dateline that opens many wire reports: an all-capitals place, perhaps a region, date or agency, then a
 * dash or colon: "MOSCOW —", "GAZA CITY, Palestinian Territories:", "WASHINGTON (AFP) -", "BEIJING, May 10
 * (Xinhua) --". Only tried at the start of the first body line, never inside a sentence.
 */

export interface DatelineMatch {
  /** Offsets into the string given to `matchDateline`; `end` is just after the dash or colon. */
  start: number;
  end: number;
  /** The place, title-cased: "Moscow", "Gaza City", "Dar es Salaam". */
  place: string;
  /** What came between the place and the dash: ", May 10 (Xinhua)". */
  qualifier: string;
}

const WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.-]*`;
const PLACE = String.raw`${WORD}(?:[ \t]+${WORD}){0,4}`;
const QUALIFIER = String.raw`(?:,[ \t]*[\p{L}\p{M}\d.'’ -]{1,40}?){0,2}`;
const AGENCY = String.raw`(?:[ \t]*\([\p{L}\p{M}\d .&'’/-]{1,30}\))?`;
const SEPARATOR = String.raw`(?:[ \t]*(?:—|–|--|:)|[ \t]+-)`;
const DATELINE = new RegExp(String.raw`^(${PLACE})(${QUALIFIER}${AGENCY})${SEPARATOR}(?=\s|$)`, 'u');

/**
 * All-capitals words that open a line but are not places: organisations, countries' initials, story labels.
 */
const NOT_PLACES: ReadonlySet<string> = new Set(
  (
    'NATO|US|U.S.|USA|UK|U.K.|UN|U.N.|EU|E.U.|IMF|WHO|WTO|ASEAN|OPEC|BRICS|AU|ICC|ICJ|IAEA|UNESCO|' +
    'UNICEF|UNHCR|OSCE|CIA|FBI|KGB|FSB|PLA|VPA|BREAKING|BREAKING NEWS|UPDATE|UPDATED|EXCLUSIVE|WATCH|' +
    "LISTEN|NOTE|EDITOR'S NOTE|EDITOR’S NOTE|ANALYSIS|OPINION|PHOTO|PHOTOS|VIDEO|LIVE|CORRECTION|" +
    'FACTBOX|EXPLAINER|WRAPUP|INTERVIEW|COMMENT|REVIEW|FEATURE|ADVISORY|URGENT|FLASH|ALERT|BULLETIN|' +
    'REFILE|TIMELINE|FACT CHECK|READ MORE|RELATED|SOURCE|TAGS|ADVERTISEMENT|SPONSORED'
  ).split('|'),
);

/** Words kept lower case inside a title-cased place name ("Dar es Salaam", "Port-au-Prince"). */
const PARTICLES: ReadonlySet<string> = new Set('es|de|del|la|le|al|el|du|of|da|do|au|aux|sur'.split('|'));

export function matchDateline(text: string): DatelineMatch | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const rawPlace = m[1] as string;
  const letters = rawPlace.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || NOT_PLACES.has(rawPlace.replace(/\s+/g, ' '))) return null;
  return { start: 0, end: m[0].length, place: titleCase(rawPlace), qualifier: m[2] ?? '' };
}

export function titleCase(place: string): string {
  return place
    .trim()
    .split(/\s+/)
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => {
          const lower = part.toLowerCase();
          if ((i > 0 || j > 0) && PARTICLES.has(lower)) return lower;
          return lower.charAt(0).toUpperCase() + lower.slice(1);
        })
        .join('-'),
    )
    .join(' ');
}
