/**
 * Which CountryInfo posts Parley keeps: heads of state, heads of government, foreign and defence ministers. A
 * <Leaders> sub-tag ("prime ministers", "chairmen of the presidium of the supreme soviet") or a <Government> title
 * ("Minister of Foreign Affairs and Cooperation", "President \"Acting\"") maps to a normalised title, or to null for
 * posts that are skipped (vice-presidents, governors, speakers, deputy and junior ministers, colonial officials).
 */

export type PostKind = 'state' | 'government' | 'foreign' | 'defence';

export interface Post {
  title: string;
  kind: PostKind;
}

const HEAD_OF_STATE = 'Head of State';
const GOVERNMENT_TITLES = new Set([
  'Prime Minister',
  'Premier',
  'Chancellor',
  'Head of Government',
  'Minister of State',
]);

function head(title: string): Post {
  return { title, kind: GOVERNMENT_TITLES.has(title) ? 'government' : 'state' };
}

/** <Leaders> sub-tags, lower case, "_" read as a space. First match wins; unmatched sub-tags are skipped. */
const LEADER_RULES: ReadonlyArray<readonly [RegExp, string | null]> = [
  [/vice|deputy|lieutenant|governor|commissioner|administrator|\bresident|representative/, null],
  [/^presidents? of the (national|people's) assembly|^chairm[ae]n of the (supreme soviet|rada)/, null],
  [/syndic|chief minister|leader of government business|league of communists|occupation/, null],
  [/^ministers of state$/, 'Minister of State'],
  [/west cameroon|east cameroon|in exile|regency|council of deputies|political bureau/, null],
  [/^(co-)?prime minister|^coequal prime|^first prime|^second prime|prime ministers\)/, 'Prime Minister'],
  [/^premiers?$|premiers\)/, 'Premier'],
  [/^chancellors?$/, 'Chancellor'],
  [/^heads? of government|^chiefs? of government|^government leaders|^cabinet chiefs/, 'Head of Government'],
  [/council of (people's commissars|ministers)|executive yuan|executive council/, 'Prime Minister'],
  [/^president of the (provisional|interim) government/, 'President'],
  [/^presidents?$|^presidents?, prime ministers|^interim president/, 'President'],
  [/^kings\/queens|^queens?$/, 'Monarch'],
  [/^kings?\b/, 'King'],
  [/^emperors?|^emirs?$|^sultans?$|^shahs?$|^sovereign princes|^princes\//, 'Monarch'],
  [/^grand dukes|^paramount rulers/, 'Monarch'],
  [/^rulers?\b|^coprinces|^captains-regent/, HEAD_OF_STATE],
  [/general secretar|first secretar|secretaries of the central committee/, 'General Secretary'],
  [/chairmen of the communist party|central committee of the mprp/, 'General Secretary'],
  [/^presidents? of the (presidency|collective presidency)/, HEAD_OF_STATE],
  [/^presidents? of the (council of state|revolutionary council)/, HEAD_OF_STATE],
  [/^chairm[ae]n of the (presidium|presidency|state council|council of state)/, HEAD_OF_STATE],
  [/^chairm[ae]n of the state presidency/, HEAD_OF_STATE],
  [/^chairm[ae]n of the (state presidium|supreme council|high council of state)/, HEAD_OF_STATE],
  [/^chairm[ae]n of the (permanent standing committee|supreme national|supreme military)/, HEAD_OF_STATE],
  [/^chairm[ae]n of the (military council|state law and order|state peace and development)/, HEAD_OF_STATE],
  [/^chairm[ae]n of the (national salvation|national reconciliation|revolutionary command)/, HEAD_OF_STATE],
  [/^chairm[ae]n of the (provisional|national provisional|national transitional)/, HEAD_OF_STATE],
  [/^chairm[ae]n of the (armed forces|people's revolutionary)/, HEAD_OF_STATE],
  [/^head of the (interim military|armed forces)|^president of the people's/, HEAD_OF_STATE],
  [/^presidents? of the (governing|government|people's revolutionary)/, HEAD_OF_STATE],
  [/junta|^presidential commission|^high state committee|^heads? of state/, HEAD_OF_STATE],
  [/^leader of the revolution/, HEAD_OF_STATE],
  [/^heads of the supreme council|^council of state$|^chairmen$|^chief executives/, HEAD_OF_STATE],
  [/^secretar(y|ies)[- ]general of the provisional government/, HEAD_OF_STATE],
  [/^secretaries of the general people's/, HEAD_OF_STATE],
];

export function leaderPost(subTag: string): Post | null {
  const tag = subTag.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [pattern, title] of LEADER_RULES) {
    if (pattern.test(tag)) return title === null ? null : head(title);
  }
  return null;
}

const MINISTER = String.raw`(?:minister|secretary|secy\.|secretary of state|minister responsible)`;
const FOREIGN = new RegExp(
  String.raw`^${MINISTER} (?:of|for) (?:foreign|external) (?:affairs|relations)(?:$|,| and | of |\s*")|` +
    String.raw`^secretary of state for foreign(?: and commonwealth affairs)?$|^secretary of state$`,
);
const DEFENCE = new RegExp(
  String.raw`^${MINISTER} (?:of|for) (?:national )?defen[cs]e(?: affairs)?(?:$|,| and | "|\s*\()`,
);
const JUNIOR = /^((first )?deputy|vice|assistant|state minister|minister of state|secretary of state to)\b/;
const GOV_HEAD: ReadonlyArray<readonly [RegExp, string]> = [
  [/^prime minister(?:$|,| and | ")/, 'Prime Minister'],
  [/^premier(?:$|,| and | ")|^president, executive yuan/, 'Premier'],
  [/^chancellor(?:$|,| and | ")/, 'Chancellor'],
  [/^head of government(?:$|,| and | ")/, 'Head of Government'],
  [/^president(?:$| ")/, 'President'],
  [/^(chief of state|head of state|co-head of state|captain regent|supreme leader)(?:$| ")/, HEAD_OF_STATE],
  [/^(king|queen)(?:$| ")/, 'King'],
  [/^(amir|emir|sultan|emperor|grand duke|prince)(?:$| ")/, 'Monarch'],
];

/** Where a "Secretary of State" heads a department; elsewhere (France, Spain, ...) it is a junior minister. */
const SECRETARY_OF_STATE_COUNTRIES = new Set(['GBR', 'USA']);

/** A <Government> title ("Minister of Defense", "Premier", "President \"Acting\""), or null for other posts. */
export function governmentPost(rawTitle: string, iso3: string): Post | null {
  const title = rawTitle.toLowerCase().replace(/\s+/g, ' ').trim();
  if (JUNIOR.test(title)) return null;
  const secretaryOfState = /^(secretary of state|state secretary|secy\. of state)\b/.test(title);
  if (secretaryOfState && !SECRETARY_OF_STATE_COUNTRIES.has(iso3)) return null;
  if (FOREIGN.test(title)) return { title: 'Foreign Minister', kind: 'foreign' };
  if (DEFENCE.test(title)) return { title: 'Defence Minister', kind: 'defence' };
  for (const [pattern, normal] of GOV_HEAD) {
    if (pattern.test(title)) return head(normal);
  }
  return null;
}
