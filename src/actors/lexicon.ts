/**
 * The actor lexicon compiled into one phrase trie: country names, demonyms, capitals, seats of government,
 * organisations, role words (titles, agent nouns, institutions) and the user's own actor dictionaries. One lookup per
 * token finds them all. A user's entries are added first, so where they name the same words as a built-in entry
 * they come first and win.
 */
import type { ActorDictionary, DictActor } from '../dictionaries/dictionary-schema.js';
import { PhraseTrie } from '../matching/phrase-trie.js';
import type { Grammar } from '../knowledge/grammar.js';
import type { GroupModifiersData } from '../knowledge/schemas.js';
import { type GroupModifiers, compileGroupModifiers } from './group-modifiers.js';
import type { LeaderIndex } from '../knowledge/leaders.js';
import type { Country, Organisation, RoleRule } from '../knowledge/schemas.js';
import type { NameSenses } from './name-senses.js';
import { phraseKeys } from '../text/phrase-keys.js';

export type ActorLexEntry =
  /** `plural`: a demonym used as a plural noun ("Turks", "Palestinians"), never an adjective before a noun. */
  | { kind: 'country' | 'demonym' | 'capital' | 'seat'; country: Country; exact: string | null; rule: string; plural?: true }
  | { kind: 'org'; org: Organisation; exact: string | null; rule: string }
  | { kind: 'role'; role: RoleRule; exact: string | null; rule: string }
  /** An actor from a user's dictionary, with dated codes. */
  | { kind: 'dict'; actor: DictActor; exact: string | null; rule: string }
  /** A leader's name or alias; who it is depends on the date, so the index is asked at match time. */
  | { kind: 'leader'; keys: readonly string[]; exact: null; rule: string };

export interface ActorLexicon {
  readonly trie: PhraseTrie<ActorLexEntry>;
  readonly oneParty: ReadonlySet<string>;
  /** Words around a group noun that say whose group it is (roles.json `group_modifiers`). */
  readonly groupModifiers: GroupModifiers;
  /** Two group nouns in a row are one group; these roles of the second noun win over the first. */
  readonly compoundGroups: { readonly id: string; readonly headRoles: ReadonlySet<string> };
  /** Roles of groups that take the country they are "in", and the rule's id. */
  readonly locatedGroups: { readonly id: string; readonly roles: ReadonlySet<string>; readonly prepositions: ReadonlySet<string> };
  readonly nameParticles: ReadonlySet<string>;
  readonly nonActorHeads: ReadonlySet<string>;
  readonly leaders: LeaderIndex;
  readonly grammar: Grammar;
  readonly countryByIso3: ReadonlyMap<string, Country>;
  /** Countries by their CAMEO code ("ROM" is Romania), for codes from user dictionaries. */
  readonly countryByCameo: ReadonlyMap<string, Country>;
  /** Folded words that head an institution name: "duma", "ministry", "party", ... */
  readonly institutionHeads: ReadonlySet<string>;
  /** Titles whose holder leads a state or party (role rules with `leader: true`), as joined phrase keys. */
  readonly leaderTitles: ReadonlySet<string>;
  /** Other senses of names: place names, facility names, personal names, Georgia the US state. */
  readonly senses: NameSenses;
}

/**
 * Proper names written in capitals ("US", "WHO", "AU") must match in capitals, or "us", "who" and "au" would become
 * actors. Such entries keep their exact surface for that check.
 */
function exactSurface(phrase: string): string | null {
  const t = phrase.trim();
  return /^[A-Z][A-Z.]{1,5}$/.test(t) && !/\s/.test(t) ? t : null;
}

/**
 * The English plural of a demonym used as a noun, or null when it has none. English adds -s to a demonym noun
 * ("Palestinians", "Israelis", "Turks", "Serbs", "Greeks", "Kazakhs", "Spaniards"), except that demonyms in -sh, -ch,
 * -ese, -ss, -s, -x or -z are adjectives or invariable nouns used for the people ("the French", "the Irish", "the
 * Chinese", "the Swiss"), and demonyms in -ic are adjectives only ("Hellenic", "Greenlandic"); a noun in -man makes
 * -men ("Irishman", "Dutchwoman"; "German" is not such a compound). A demonym of several words makes its plural on
 * its last word ("Bosnian Serbs", "Greek Cypriots"). A final -ch said /k/ takes -s like any consonant ("Czechs",
 * as "monarchs"); spelling cannot tell it from the /tʃ/ of "French", so those demonyms are listed in KH_DEMONYMS
 * (the data route, an extra demonym in data/actors/country-aliases.json, is undone by the country build, which drops
 * every plural whose singular is listed).
 */
const KH_DEMONYMS = new Set(['czech']);

export function pluralDemonym(d: string): string | null {
  const words = d.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const head = words.slice(0, -1).join(' ');
  const join = (w: string) => (head ? `${head} ${w}` : w);
  if (/(sh|ch|s|y)(wo)?man$/i.test(last)) return join(last.replace(/man$/i, 'men'));
  if (KH_DEMONYMS.has(last.toLowerCase())) return join(`${last}s`);
  if (last.length < 3 || /(ese|ish|ch|sh|ss|s|x|z|ic)$/i.test(last)) return null;
  return /\p{L}$/u.test(last) ? join(`${last}s`) : null;
}

export interface ActorLexiconInput {
  countries: readonly Country[];
  organisations: readonly Organisation[];
  roles: readonly RoleRule[];
  oneParty: readonly string[];
  locatedGroups: { id: string; roles: readonly string[]; prepositions: readonly string[] };
  compoundGroups: { id: string; head_roles: readonly string[] };
  groupModifiers: GroupModifiersData;
  nameParticles: readonly string[];
  nonActorHeads: readonly string[];
  leaders: LeaderIndex;
  leaderPhrases: ReadonlyArray<{ keys: string[] }>;
  grammar: Grammar;
  senses: NameSenses;
  /** The user's actor dictionaries (`parley dict import` output or hand-written). */
  dictionaries?: readonly ActorDictionary[];
}

/**
 * A dictionary name of one to three letters ("US", "UN", "WHO") is an acronym and must be written in capitals, or
 * the pronoun "us" and the question word "who" would be actors. PETRARCH files write every name in capitals, so
 * the acronym test is on length.
 */
function dictExact(name: string): string | null {
  const t = name.trim();
  return /^[A-Za-z]{1,3}$/.test(t) ? t.toUpperCase() : null;
}

/** A user's agent as a role rule: the agent noun gives its code to the actor it follows or qualifies. */
function agentRule(agent: ActorDictionary['agents'][number], name: string): RoleRule {
  return {
    id: agent.id,
    pattern: name,
    role: agent.code,
    kind: 'agent',
    ...(agent.position === 'before' ? { code_before: true } : {}),
    reason: `imported agent (${agent.source ?? 'user dictionary'})`,
    example: name,
  };
}

export function compileActorLexicon(input: ActorLexiconInput): ActorLexicon {
  const trie = new PhraseTrie<ActorLexEntry>();
  for (const dict of input.dictionaries ?? []) {
    for (const actor of dict.actors) {
      for (const name of actor.names) trie.add(phraseKeys(name), { kind: 'dict', actor, exact: dictExact(name), rule: actor.id });
    }
    for (const agent of dict.agents) {
      for (const name of agent.names) {
        trie.add(phraseKeys(name), { kind: 'role', role: agentRule(agent, name), exact: dictExact(name), rule: agent.id });
      }
    }
  }
  const addCountryPhrase = (phrase: string, kind: 'country' | 'demonym' | 'capital' | 'seat', c: Country, plural = false) => {
    const mark = plural ? { plural: true as const } : {};
    trie.add(phraseKeys(phrase), { kind, country: c, exact: exactSurface(phrase), rule: `en.actor.${kind}`, ...mark });
    // "the United States" is also written without the article, and vice versa
    // (capitals keep their article: "The Valley" is Anguilla's capital, "valley" is not)
    if (kind !== 'capital' && /^the\s/i.test(phrase)) {
      const bare = phrase.replace(/^the\s+/i, '');
      trie.add(phraseKeys(bare), { kind, country: c, exact: exactSurface(bare), rule: `en.actor.${kind}`, ...mark });
    }
  };
  for (const c of input.countries) {
    for (const n of new Set([c.name, ...c.names])) addCountryPhrase(n, 'country', c);
    for (const d of c.demonyms) {
      addCountryPhrase(d, 'demonym', c);
      // "Palestinians", "Israelis", "Albanians": the people of a country named by a plural demonym
      const plural = pluralDemonym(d);
      if (plural) addCountryPhrase(plural, 'demonym', c, true);
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
    countryByCameo: new Map(input.countries.map((c) => [c.cameo, c])),
    oneParty: new Set(input.oneParty),
    groupModifiers: compileGroupModifiers(input.groupModifiers),
    compoundGroups: { id: input.compoundGroups.id, headRoles: new Set(input.compoundGroups.head_roles) },
    locatedGroups: {
      id: input.locatedGroups.id,
      roles: new Set(input.locatedGroups.roles),
      prepositions: new Set(input.locatedGroups.prepositions),
    },
    nameParticles: new Set(input.nameParticles),
    nonActorHeads: new Set(input.nonActorHeads),
    institutionHeads,
    leaderTitles,
    senses: input.senses,
  };
}
