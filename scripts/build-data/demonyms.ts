/**
 * Which entries of CountryInfo's <Nationality> lists are demonyms. The lists mix adjectives ("VIETNAMESE"), name
 * variants ("VIET NAM"), misspellings ("VIETNARM"), foreign names ("YUENAN") and nicknames; only the adjectives and
 * demonyms go into `demonyms`. An entry is kept when it passes the first rule that decides it, in this order.
 */
import { editDistance, fold } from './text.js';

export interface DemonymContext {
  iso3: string;
  /** Folded names of this country (world-countries names, CountryInfo name, hand-written aliases). */
  names: ReadonlySet<string>;
  /** Folded names of every country. */
  allNames: ReadonlySet<string>;
  /** Folded world-countries demonyms -> the countries that have them. */
  demonymOwners: ReadonlyMap<string, ReadonlySet<string>>;
  /** Folded world-countries demonyms of this country. */
  demonyms: ReadonlySet<string>;
}

export type Verdict = { keep: true; rule: string } | { keep: false; rule: string };

/** Endings of English demonyms and adjectives: -ese, -(i)an, -ean, -ish, -i, -ic, -ot, -ine, -er, -man, -ais, -ois. */
const DEMONYM_END = /(eses?|ians?|eans?|ans?|ish|i|ics?|ots?|ine|ers?|m[ae]n|ites?|ais|ois)$/;
/** Endings of place names that the pattern above would take: -stan, -jan, -dzhan, -land ... */
const NAME_END = /(stan|tan|[djzy]h?an|ycan|sch?an|land)$/;
/** Words of names, not of demonyms ("Korea Republic", "Georgia Proper", "Great Britain and Ulster"). */
const NAME_WORD =
  /\b(republic|kingdom|state|states|union|federation|and|of|the|proper|island|islands|isles|ocean)\b/;
/** What is left when a stem demonym ("Croat", "Uzbek", "Thai") is cut from its country's name. */
const NAME_REST = new Set(['ia', 'istan', 'stan', 'ey', 'n', 'land']);

const words = (names: Iterable<string>) => [...names].flatMap((name) => name.split(/[\s-]+/));

export function classifyNationality(entry: string, ctx: DemonymContext): Verdict {
  const f = fold(entry);
  const owners = ctx.demonymOwners.get(f);
  if (owners) {
    return owners.has(ctx.iso3)
      ? { keep: true, rule: 'world-countries demonym' }
      : { keep: false, rule: 'demonym of another country' };
  }
  if (ctx.allNames.has(f)) return { keep: false, rule: 'a country name' };
  if (/^[a-z]{4,}$/.test(f)) {
    for (const name of ctx.names) {
      const first = name.split(' ')[0] ?? '';
      if (first.startsWith(f) && NAME_REST.has(first.slice(f.length)))
        return { keep: true, rule: 'stem of the name' };
    }
  }
  if (/[^a-z' -]/.test(f)) return { keep: false, rule: 'not a plain word' };
  if (NAME_WORD.test(f)) return { keep: false, rule: 'words of a name' };
  const parts = f.split(' ');
  const last = parts[parts.length - 1] ?? '';
  const nameWords = new Set(words(ctx.names));
  if (!parts.slice(0, -1).every((word) => nameWords.has(word)))
    return { keep: false, rule: 'words not in the name' };
  if (last.length < 4 || !DEMONYM_END.test(last) || NAME_END.test(last)) {
    return { keep: false, rule: 'not shaped like a demonym' };
  }
  const stems = new Set(
    words([...ctx.names, ...ctx.demonyms])
      .filter((w) => w.length >= 4)
      .map((w) => w.slice(0, 3)),
  );
  if (!stems.has(f.slice(0, 3))) return { keep: false, rule: 'stem unlike the name' };
  for (const name of ctx.names) {
    if (!f.startsWith(name) && editDistance(f, name) <= 2) return { keep: false, rule: 'a misspelt name' };
  }
  return { keep: true, rule: 'shaped like a demonym' };
}

/**
 * World-countries gives some dependent territories their sovereign's demonym ("Indian" for the British Indian Ocean
 * Territory, "Norwegian" for Svalbard). Such a demonym is dropped from the territory when an independent country
 * has it; demonyms shared by independent countries ("Dominican", "Congolese") stay with both.
 */
export function ownDemonyms(
  countries: { iso3: string; independent: boolean; demonyms: string[] }[],
  onDrop: (iso3: string, demonym: string) => void,
): Map<string, string[]> {
  const independentOwners = new Map<string, string>();
  for (const c of countries)
    if (c.independent) for (const d of c.demonyms) independentOwners.set(fold(d), c.iso3);
  return new Map(
    countries.map((c) => {
      const kept = c.demonyms.filter((d) => {
        const owner = independentOwners.get(fold(d));
        const drop = !c.independent && owner !== undefined && owner !== c.iso3;
        if (drop) onDrop(c.iso3, d);
        return !drop;
      });
      return [c.iso3, kept];
    }),
  );
}

/** Drops plurals whose singular is in the list too ("Cubans" beside "Cuban"). */
export function dropPlurals(demonyms: string[]): string[] {
  const keys = new Set(demonyms.map(fold));
  return demonyms.filter((d) => !(/s$/i.test(d) && keys.has(fold(d).slice(0, -1))));
}
