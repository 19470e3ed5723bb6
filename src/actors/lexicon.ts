/**
 * The actor lexicon compiled into one phrase trie: country names, demonyms, capitals, seats of government,
 * organisations, and role words (titles, agent nouns, institutions). One lookup per token finds them all.
 */
import { PhraseTrie } from '../matching/phrase-trie.js';
import type { Grammar } from '../knowledge/grammar.js';
import type { LeaderIndex } from '../knowledge/leaders.js';
import type { Country, Organisation, RoleRule } from '../knowledge/schemas.js';
import { phraseKeys } from '../text/phrase-keys.js';

export type ActorLexEntry =
  | { kind: 'country' | 'demonym' | 'capital' | 'seat'; country: Country; exact: string | null; rule: string }
  | { kind: 'org'; org: Organisation; exact: string | null; rule: string }
  | { kind: 'role'; role: RoleRule; exact: string | null; rule: string }
  /** A leader's name or alias; who it is depends on the date, so the index is asked at match time. */
  | { kind: 'leader'; keys: readonly string[]; exact: null; rule: string };

export interface ActorLexicon {
  readonly trie: PhraseTrie<ActorLexEntry>;
  readonly oneParty: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly nonActorHeads: ReadonlySet<string>;
  readonly leaders: LeaderIndex;
  readonly grammar: Grammar;
  readonly countryByIso3: ReadonlyMap<string, Country>;
  /** Folded words that head an institution name: "duma", "ministry", "party", ... */
  readonly institutionHeads: ReadonlySet<string>;
  /** Titles whose holder leads a state or party (role rules with `leader: true`), as joined phrase keys. */
  readonly leaderTitles: ReadonlySet<string>;
}

/**
 * Proper names written in capitals ("US", "WHO", "AU") must match in capitals, or "us", "who" and "au" would become
 * actors. Such entries keep their exact surface for that check.
 */
function exactSurface(phrase: string): string | null {
  const t = phrase.trim();
  return /^[A-Z][A-Z.]{1,5}$/.test(t) && !/\s/.test(t) ? t : null;
}

/** The English plural of a demonym used as a noun, or null when it has none ("Chinese", "French", "Swiss"). */
export function pluralDemonym(d: string): string | null {
  if (/\s/.test(d) || /(ese|ish|ch|sh|ss|s|x|z)$/i.test(d)) return null;
  return /[aeiouy]$|[nrt]$/i.test(d) ? `${d}s` : null;
}

export interface ActorLexiconInput {
  countries: readonly Country[];
  organisations: readonly Organisation[];
  roles: readonly RoleRule[];
  oneParty: readonly string[];
  nameParticles: readonly string[];
  nonActorHeads: readonly string[];
  leaders: LeaderIndex;
  leaderPhrases: ReadonlyArray<{ keys: string[] }>;
  grammar: Grammar;
}

export function compileActorLexicon(input: ActorLexiconInput): ActorLexicon {
  const trie = new PhraseTrie<ActorLexEntry>();
  const addCountryPhrase = (phrase: string, kind: 'country' | 'demonym' | 'capital' | 'seat', c: Country) => {
    trie.add(phraseKeys(phrase), { kind, country: c, exact: exactSurface(phrase), rule: `en.actor.${kind}` });
    // "the United States" is also written without the article, and vice versa
    if (/^the\s/i.test(phrase)) {
      const bare = phrase.replace(/^the\s+/i, '');
      trie.add(phraseKeys(bare), { kind, country: c, exact: exactSurface(bare), rule: `en.actor.${kind}` });
    }
  };
  for (const c of input.countries) {
    for (const n of new Set([c.name, ...c.names])) addCountryPhrase(n, 'country', c);
    for (const d of c.demonyms) {
      addCountryPhrase(d, 'demonym', c);
      // "Palestinians", "Israelis", "Albanians": the people of a country named by a plural demonym
      const plural = pluralDemonym(d);
      if (plural) addCountryPhrase(plural, 'demonym', c);
    }
    for (const cap of c.capitals) addCountryPhrase(cap, 'capital', c);
    for (const s of c.seats) addCountryPhrase(s, 'seat', c);
  }
  for (const org of input.organisations) {
    for (const n of org.names) trie.add(phraseKeys(n), { kind: 'org', org, exact: exactSurface(n), rule: org.id });
  }
  const institutionHeads = new Set<string>();
  const leaderTitles = new Set<string>();
  for (const role of input.roles) {
    trie.add(phraseKeys(role.pattern), { kind: 'role', role, exact: exactSurface(role.pattern), rule: role.id });
    if (role.kind === 'title' && role.leader) leaderTitles.add(phraseKeys(role.pattern).join(' '));
    if (role.kind === 'institution') {
      const keys = phraseKeys(role.pattern);
      const head = keys[keys.length - 1];
      if (head) institutionHeads.add(head);
    }
  }
  const leaderKeys = new Set<string>();
  for (const { keys } of input.leaderPhrases) {
    const joined = keys.join(' ');
    if (leaderKeys.has(joined)) continue;
    leaderKeys.add(joined);
    trie.add(keys, { kind: 'leader', keys, exact: null, rule: 'en.actor.leader' });
  }
  return {
    trie,
    leaders: input.leaders,
    grammar: input.grammar,
    countryByIso3: new Map(input.countries.map((c) => [c.iso3, c])),
    oneParty: new Set(input.oneParty),
    nameParticles: new Set(input.nameParticles),
    nonActorHeads: new Set(input.nonActorHeads),
    institutionHeads,
    leaderTitles,
  };
}
