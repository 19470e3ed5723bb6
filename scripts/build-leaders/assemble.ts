/**
 * From dated posts to leaders.json entries. People are the same person when, in the same country, any of their
 * name forms fold to the same key (so "DMITRY_MEDVEDEV" in <Leaders> meets "{DMITRIY_MEDVEDEV_}" in <Government>).
 * A person's terms in one post are merged when they overlap or touch (see `mergeTerms` for heads found in both
 * blocks). Aliases: the other name forms, and the surname when it is distinctive (see `surnameVerdicts`).
 */
import type { Leader } from '../../src/knowledge/leader-schema.js';
import { foldText } from '../../src/text/fold.js';
import { fullNameKeys } from './check-recent.js';
import {
  givenName,
  isPersonName,
  personId,
  personName,
  surname,
  withoutArticle,
  withoutHonorific,
} from './names.js';
import type { PostKind } from './positions.js';
import type { PostTerm } from './terms.js';

export interface CountryTerms {
  iso3: string;
  terms: PostTerm[];
}

interface Person {
  iso3: string;
  name: string;
  forms: string[];
  terms: PostTerm[];
}

export interface AliasStats {
  /** Surnames shared by leaders of two or more countries (or equal to another leader's one-word name). */
  ambiguous: string[];
  /** Surnames that are common English words or names of places and peoples. */
  common: string[];
}

function people(country: CountryTerms): Person[] {
  const byKey = new Map<string, Person>();
  const all: Person[] = [];
  // <Leaders> first, so a person's main name is the rulers.org form.
  const ordered = [...country.terms].sort((a, b) => (a.from === b.from ? 0 : a.from === 'leaders' ? -1 : 1));
  for (const term of ordered) {
    const forms = term.names.map((raw) => personName(raw, country.iso3));
    if (!forms.every(isPersonName)) continue;
    const keys = forms.map(foldText);
    const found = [...new Set(keys.map((key) => byKey.get(key)).filter((p): p is Person => p !== undefined))];
    let person = found[0];
    if (person === undefined) {
      const first = forms[0] ?? '';
      person = { iso3: country.iso3, name: withoutHonorific(first) ?? first, forms: [], terms: [] };
      all.push(person);
    }
    for (const other of found.slice(1)) {
      person.forms.push(...other.forms);
      person.terms.push(...other.terms);
      all.splice(all.indexOf(other), 1);
    }
    person.forms.push(...forms);
    person.terms.push(term);
    for (const key of person.forms.map(foldText)) byKey.set(key, person);
  }
  return all;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/**
 * Merges a person's terms in one post (same code and title) that overlap or touch; <Government> terms, read from
 * monthly directories, also across a gap of up to two months. For heads of state and government rulers.org
 * (<Leaders>) is the authority when the country has such a list: a <Government> term then only extends an open
 * <Leaders> term of the same person and kind (it shows they were still in office), and is otherwise dropped: the
 * CIA directory lagged (Viktor Zubkov still "Premier" in 2011) and spelled names differently ("Gerhard Schroeder").
 */
function mergeTerms(terms: readonly PostTerm[], leaderKinds: ReadonlySet<PostKind>): PostTerm[] {
  const rank = (term: PostTerm) => (term.from === 'leaders' ? 0 : 1);
  const sorted = [...terms].sort(
    (a, b) => rank(a) - rank(b) || a.start.localeCompare(b.start) || a.end.localeCompare(b.end),
  );
  const out: PostTerm[] = [];
  for (const term of sorted) {
    if (term.from === 'government' && leaderKinds.has(term.post.kind)) {
      const open = out.find(
        (kept) =>
          kept.from === 'leaders' &&
          kept.openEnd &&
          kept.post.kind === term.post.kind &&
          term.start <= kept.end &&
          term.end >= kept.start,
      );
      if (open !== undefined && term.end > open.end) open.end = term.end;
      continue;
    }
    const gap = term.from === 'government' ? 62 : 1;
    const into = out.find(
      (kept) =>
        kept.code === term.code &&
        kept.post.title === term.post.title &&
        kept.from === term.from &&
        daysBetween(kept.end, term.start) <= gap,
    );
    if (into === undefined) {
      out.push({ ...term });
    } else if (term.end > into.end) {
      into.end = term.end;
      into.openEnd = term.openEnd;
    }
  }
  return out;
}

/**
 * Surnames to drop: used by leaders of two or more countries (as surname, given name or one-word name: "Charles",
 * "Nelson"), common English words ("Brown", "Key") and names of places and peoples.
 */
function surnameVerdicts(
  persons: readonly Person[],
  commonWords: ReadonlySet<string>,
  places: ReadonlySet<string>,
): { drop: Map<string, 'ambiguous' | 'common'>; stats: AliasStats } {
  const countries = new Map<string, Set<string>>();
  const surnames = new Set<string>();
  const add = (text: string, iso3: string, asSurname: boolean) => {
    const key = foldText(text);
    const set = countries.get(key) ?? new Set<string>();
    set.add(iso3);
    countries.set(key, set);
    if (asSurname) surnames.add(key);
  };
  for (const person of persons) {
    const last = surname(person.name, person.iso3);
    const bare = last === null ? null : withoutArticle(last);
    if (last !== null) add(last, person.iso3, true);
    if (bare !== null) add(bare, person.iso3, true);
    if (!person.name.includes(' ')) add(person.name, person.iso3, false);
    const given = givenName(person.name, person.iso3);
    if (given !== null) add(given, person.iso3, false);
  }
  const drop = new Map<string, 'ambiguous' | 'common'>();
  for (const key of surnames) {
    if (commonWords.has(key) || places.has(key)) drop.set(key, 'common');
    else if ((countries.get(key)?.size ?? 0) > 1) drop.set(key, 'ambiguous');
  }
  const stats: AliasStats = { ambiguous: [], common: [] };
  for (const [key, verdict] of drop) stats[verdict].push(key);
  stats.ambiguous.sort();
  stats.common.sort();
  return { drop, stats };
}

function aliases(person: Person, drop: ReadonlyMap<string, unknown>): string[] {
  const out: string[] = [];
  const seen = new Set([foldText(person.name)]);
  const push = (alias: string | null) => {
    if (alias === null) return;
    const key = foldText(alias);
    if (seen.has(key) || drop.has(key)) return;
    seen.add(key);
    out.push(alias);
  };
  for (const form of person.forms) push(form);
  for (const form of person.forms) push(withoutHonorific(form));
  // Monarchs are "King Abdullah", "Queen Elizabeth": never their last word alone.
  if (person.terms.every((term) => term.post.title === 'King' || term.post.title === 'Monarch')) return out;
  const last = surname(person.name, person.iso3);
  push(last);
  push(last === null ? null : withoutArticle(last));
  return out;
}

export interface AssembleOptions {
  commonWords: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Ids of the hand-written file by full-name key (see check-recent.ts): the same person keeps that id. */
  knownIds: ReadonlyMap<string, string>;
}

function adoptedId(person: Person, known: ReadonlyMap<string, string>): string | undefined {
  for (const key of fullNameKeys(person.iso3, [person.name, ...person.forms])) {
    const id = known.get(key);
    if (id !== undefined) return id;
  }
  return undefined;
}

export function assemble(
  countries: readonly CountryTerms[],
  { commonWords, places, knownIds }: AssembleOptions,
): { leaders: Leader[]; persons: number; aliasStats: AliasStats } {
  const persons = countries.flatMap(people);
  const leaderKinds = new Map(
    countries.map((country) => [
      country.iso3,
      new Set(country.terms.filter((term) => term.from === 'leaders').map((term) => term.post.kind)),
    ]),
  );
  const { drop, stats } = surnameVerdicts(persons, commonWords, places);
  const leaders: Leader[] = [];
  const ids = new Set<string>();
  const adopted = new Set(knownIds.values());
  for (const person of persons) {
    const own = personId(person.iso3, person.name);
    let id = adoptedId(person, knownIds);
    for (let n = 2; id === undefined; n++) {
      const candidate = n === 2 ? own : `${own}-${n - 1}`;
      if (!ids.has(candidate) && !adopted.has(candidate)) id = candidate;
    }
    ids.add(id);
    const names = aliases(person, drop);
    for (const term of mergeTerms(person.terms, leaderKinds.get(person.iso3) ?? new Set())) {
      const role = term.code.slice(3, 6);
      leaders.push({
        id,
        name: person.name,
        aliases: names,
        country: person.iso3,
        code: term.code,
        role,
        title: term.post.title,
        start: term.start,
        end: term.end,
        source: 'countryinfo',
      });
    }
  }
  leaders.sort(
    (a, b) =>
      (a.country ?? '').localeCompare(b.country ?? '') ||
      a.start.localeCompare(b.start) ||
      a.id.localeCompare(b.id) ||
      a.title.localeCompare(b.title),
  );
  return { leaders, persons: persons.length, aliasStats: stats };
}
