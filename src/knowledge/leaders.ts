/**
 * Political leaders with dated terms: data/actors/leaders.json (generated from CountryInfo by
 * scripts/build-leaders.ts, ~1960-2011), data/actors/leaders-recent.json (written by hand, 2009-2025) and any extra
 * files a user passes. `lookup` resolves a name ("Putin", "Barack Obama", "To Lam") to the leaders whose name or
 * alias it is and whose term covers the article's date.
 *
 * A term covers a date when start <= date < end (end is the successor's first day), or date == start for one-day
 * terms; end null means still in office. A person has one id across files and posts; lookup returns each person
 * once (the hand-written entry first), so two results always mean two people: an ambiguous name.
 */
import { ParleyError } from '../errors.js';
import { phraseKeys } from '../text/phrase-keys.js';
import { loadCountries } from './countries.js';
import { type Leader, leadersFileSchema } from './leader-schema.js';
import { parseDataText, readDataFile, readTextFile } from './read-data.js';

export type { Leader } from './leader-schema.js';

export const LEADERS_FILE = 'actors/leaders.json';
export const LEADERS_RECENT_FILE = 'actors/leaders-recent.json';

export interface LeaderIndex {
  readonly all: readonly Leader[];
  /**
   * Leaders whose name or an alias has exactly these token keys (from `phraseKeys`/`foldKey`) and who were in office
   * on `date` (YYYY-MM-DD; YYYY-MM and YYYY match terms overlapping that month or year). With `date` null, the
   * matches only if they all have the same country and role, else none.
   */
  lookup(nameKeys: readonly string[], date: string | null): Leader[];
}

/** Every name and alias as phrase keys, once per person, for the caller's phrase trie. */
export function leaderPhrases(index: LeaderIndex): Array<{ keys: string[]; leader: Leader }> {
  const out: Array<{ keys: string[]; leader: Leader }> = [];
  const seen = new Set<string>();
  for (const leader of index.all) {
    for (const form of [leader.name, ...leader.aliases]) {
      const keys = phraseKeys(form);
      const key = `${leader.id}\u0000${keys.join(' ')}`;
      if (keys.length === 0 || seen.has(key)) continue;
      seen.add(key);
      out.push({ keys, leader });
    }
  }
  return out;
}

function readExtraFile(file: string): Leader[] {
  const text = readTextFile(file, 'leaders file', 'Check the path given for extra leaders.');
  return parseDataText(file, text, leadersFileSchema).leaders;
}

/** Each entry's country must be in the country table and its code must start with that country's CAMEO code. */
function checkCountries(
  file: string,
  leaders: readonly Leader[],
  cameoOf: (iso3: string) => string | undefined,
): void {
  leaders.forEach((leader, index) => {
    if (leader.country === null) return;
    const cameo = cameoOf(leader.country);
    const problem =
      cameo === undefined
        ? `unknown country "${leader.country}"`
        : leader.code.startsWith(cameo)
          ? null
          : `code "${leader.code}" does not start with ${leader.country}'s CAMEO code "${cameo}"`;
    if (problem !== null) {
      throw new ParleyError('data.invalid', `leaders.${index} (${leader.id}): ${problem}`, {
        file,
        hint: 'Use ISO 3166 alpha-3 country codes from data/actors/countries.json.',
      });
    }
  });
}

/** [first day, last day] of a YYYY-MM-DD, YYYY-MM or YYYY date (longer ISO timestamps are cut to the day). */
function period(date: string): [string, string] | null {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(date);
  if (day?.[1]) return [day[1], day[1]];
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return [`${date}-01`, `${date}-${String(last).padStart(2, '0')}`];
  }
  return /^\d{4}$/.test(date) ? [`${date}-01-01`, `${date}-12-31`] : null;
}

function covers(leader: Leader, [from, to]: [string, string]): boolean {
  if (to < leader.start) return false;
  return leader.end === null || from < leader.end || from === leader.start;
}

const SOURCE_RANK: Readonly<Record<Leader['source'], number>> = { user: 2, parley: 1, countryinfo: 0 };

/** One entry per person: a user's entry first, then the hand-written one, then the generated one. */
function onePerPerson(leaders: readonly Leader[]): Leader[] {
  const best = new Map<string, Leader>();
  for (const leader of leaders) {
    const kept = best.get(leader.id);
    if (kept === undefined || SOURCE_RANK[leader.source] > SOURCE_RANK[kept.source]) best.set(leader.id, leader);
  }
  return [...best.values()];
}

export function loadLeaders(dataDir: string, extraFiles: readonly string[] = []): LeaderIndex {
  const countries = loadCountries(dataDir);
  const cameoOf = (iso3: string) => countries.byIso3(iso3)?.cameo;
  const files: Array<[string, Leader[]]> = [
    [LEADERS_FILE, readDataFile(dataDir, LEADERS_FILE, leadersFileSchema).leaders],
    [LEADERS_RECENT_FILE, readDataFile(dataDir, LEADERS_RECENT_FILE, leadersFileSchema).leaders],
    ...extraFiles.map((file): [string, Leader[]] => [file, readExtraFile(file)]),
  ];
  for (const [file, leaders] of files) checkCountries(file, leaders, cameoOf);
  // Hand-written and extra entries first, so `onePerPerson` and callers see them before generated ones.
  const all = Object.freeze(
    [...files.slice(1), files[0] as [string, Leader[]]].flatMap(([, leaders]) =>
      leaders.map((leader) => Object.freeze(leader)),
    ),
  );
  const byKey = new Map<string, Leader[]>();
  for (const leader of all) {
    const keys = new Set([leader.name, ...leader.aliases].map((form) => phraseKeys(form).join(' ')));
    for (const key of keys) {
      const list = byKey.get(key) ?? [];
      list.push(leader);
      byKey.set(key, list);
    }
  }
  return {
    all,
    lookup(nameKeys, date) {
      const candidates = byKey.get(nameKeys.join(' ')) ?? [];
      if (candidates.length === 0) return [];
      if (date === null) {
        const first = candidates[0] as Leader;
        const agree = candidates.every((c) => c.country === first.country && c.role === first.role);
        return agree ? onePerPerson(candidates) : [];
      }
      const span = period(date);
      if (span === null) return [];
      return onePerPerson(candidates.filter((leader) => covers(leader, span)));
    },
  };
}
