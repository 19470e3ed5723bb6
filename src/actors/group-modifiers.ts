/**
 * The words around a group noun that say whose group it is (data: roles.json `group_modifiers`, `located_groups`):
 * hyphenated country words ("Saudi-led", "Iran-backed", "UK-based"), a plain noun between a demonym and the group noun
 * ("French paper workers"), "of"/"from" complements ("Doctors from two American aid groups"), a state body "of" a
 * known leader ("the government of President X"), and a place after "in" ("demonstrators in Baghdad").
 */
import { isHyphenParticiple } from '../knowledge/grammar.js';
import type { Country, GroupModifiersData } from '../knowledge/schemas.js';
import { phraseKeys } from '../text/phrase-keys.js';
import { type Chunk, proper } from './chunks.js';
import { parseName } from './complement.js';
import { type CountryEntry, type Cursor, chunkAt, countryEntry, leaderInName, norm, roleEntries } from './cursor.js';

/** `group_modifiers` compiled for lookups. */
export interface GroupModifiers {
  /** Second part of a hyphenated country word: how the group stands to the country, and the rule's id. */
  readonly hyphen: ReadonlyMap<string, { relation: 'led' | 'backed' | 'based'; rule: string }>;
  /** Bare nouns that, after "<country>-based", name an organisation ("a UK-based group"), and its role. */
  readonly basedNouns: ReadonlySet<string>;
  readonly basedRole: string;
  readonly ethnicWords: ReadonlySet<string>;
  readonly ethnicRole: string;
  readonly ethnicRule: string;
  /** Roles of a state's bodies that belong to a leader named after "of". */
  readonly bodyRoles: ReadonlySet<string>;
  readonly bodyRule: string;
  /** Closed-class words that can never be a noun modifier. */
  readonly notNouns: ReadonlySet<string>;
  readonly nounModifierRule: string;
}

export function compileGroupModifiers(d: GroupModifiersData): GroupModifiers {
  const hyphen = new Map<string, { relation: 'led' | 'backed' | 'based'; rule: string }>();
  for (const w of d.hyphen_led.words) hyphen.set(w, { relation: 'led', rule: d.hyphen_led.id });
  for (const w of d.hyphen_backed.words) hyphen.set(w, { relation: 'backed', rule: d.hyphen_backed.id });
  for (const w of d.hyphen_based.words) hyphen.set(w, { relation: 'based', rule: d.hyphen_based.id });
  return {
    hyphen,
    basedNouns: new Set(d.hyphen_based.group_nouns),
    basedRole: d.hyphen_based.group_role,
    ethnicWords: new Set(d.ethnic.words),
    ethnicRole: d.ethnic.role,
    ethnicRule: d.ethnic.id,
    bodyRoles: new Set(d.body_of_leader.roles),
    bodyRule: d.body_of_leader.id,
    notNouns: new Set(d.noun_modifier.not_nouns),
    nounModifierRule: d.noun_modifier.id,
  };
}

/** Is the word before token `i` a content word (a noun, most likely) rather than a function word or a verb form? */
export function afterNoun(c: Cursor, i: number): boolean {
  const prev = c.tokens[i - 1];
  if (!prev || i <= c.from || prev.shape !== 'word') return false;
  const n = prev.norm;
  const g = c.lex.grammar;
  if (g.determiners.has(n) || g.objectPrepositions.has(n) || g.clauseVerbs.has(n) || g.premodifiers.has(n)) return false;
  if (n === 'and' || n === 'or' || n === 'but' || n === 'who' || n === 'which' || n === 'that') return false;
  return !n.endsWith('ed') && !n.endsWith('ing') && !n.endsWith('ly');
}

/**
 * Hyphenated participles after a country, demonym, capital or seat of government ("Vietnamese-led forces",
 * "Iran-backed militias", "UK-based group") say how the group stands to that state, and CAMEO codes them apart:
 * - `led`: the state leads or commands the group, so the group acts for it ("the Saudi-led coalition" is coded as
 *   Saudi Arabia, "Vietnamese-led forces" as VNMMIL): the prefix gives the country, as a demonym would.
 * - `backed`: the state sponsors, arms or supports a group that is not its own; CAMEO codes a proxy by itself, never
 *   as its sponsor ("Iran-backed militias" are militias with no country, not IRNREB): the prefix gives nothing.
 * - `based`: the group is located in the state ("a UK-based group", "London-based activists"); as for groups "in" a
 *   country (roles.json `located_groups`), a non-state group takes the country it is based in; soldiers, peacekeepers
 *   and refugees do not, and an organisation keeps its own code.
 */
export interface HyphenModifier {
  relation: 'led' | 'backed' | 'based';
  country: Country;
  rule: string;
}

/** The country and relation of a hyphenated "<country>-led|backed|based" word at token `p`. */
export function hyphenModifier(c: Cursor, p: number): HyphenModifier | null {
  const t = c.tokens[p];
  if (!t || p >= c.to || t.shape !== 'word' || !proper(t)) return null;
  const dash = t.text.lastIndexOf('-');
  if (dash <= 0) return null;
  const hy = c.lex.groupModifiers.hyphen.get(t.norm.slice(t.norm.lastIndexOf('-') + 1));
  if (!hy) return null;
  const prefix = t.text.slice(0, dash);
  const keys = phraseKeys(prefix);
  const m = c.lex.trie.longest((k) => keys[k] ?? '', 0, keys.length);
  if (!m || m.length !== keys.length) return null;
  for (const e of m.values) {
    if (e.kind !== 'country' && e.kind !== 'demonym' && e.kind !== 'capital' && e.kind !== 'seat') continue;
    if (e.exact !== null && e.exact !== prefix) continue;
    return { relation: hy.relation, country: e.country, rule: hy.rule };
  }
  return null;
}

/**
 * "French paper workers", "Kenyan tea farmers", "Kenyan dock union leaders": a plain noun between a demonym and an
 * agent noun names the group's trade or sector, and the demonym still gives its country (a second noun that is itself
 * a group noun, "dock union leaders", is read by the compound-group rule). Only a singular lower-case noun can stand
 * there (a noun modifier is singular), never a verb form in -ed/-s/-ing, a preposition, a function word, a number or
 * a hyphenated adjective, so "Ukrainian shelling hit civilians" and "Chinese exports hurt workers" are not one group.
 * Two plain nouns are not stepped over: the second could be an irregular past ("Israeli fire hit protesters"), which
 * spelling cannot tell from a noun. Returns where the agent noun starts, or -1.
 */
export function nounToAgent(c: Cursor, p: number): number {
  const g = c.lex.grammar;
  const t = c.tokens[p];
  if (!t || p >= c.to || t.shape !== 'word' || proper(t) || chunkAt(c, p) || t.norm.includes('-')) return -1;
  const n = t.norm;
  if (
    g.determiners.has(n) || g.possessives.has(n) || g.objectPrepositions.has(n) || g.clauseVerbs.has(n) ||
    g.quantifiers.has(n) || g.numberWords.has(n) || g.premodifiers.has(n) || c.lex.nonActorHeads.has(n) ||
    c.lex.groupModifiers.notNouns.has(n)
  ) {
    return -1;
  }
  if (/(ed|ly)$/.test(n) || (/ing$/.test(n) && !g.ingNouns.has(n)) || (/s$/.test(n) && !/ss$/.test(n))) return -1;
  const next = chunkAt(c, p + 1);
  return next && roleEntries(next, 'agent').length > 0 && roleEntries(next, 'title').length === 0 ? p + 1 : -1;
}

/**
 * "the government of President Vladimir Putin", "the military government of General X": a state body "of" a leader
 * the leaders index knows belongs to the leader's country. An optional title may stand before the name.
 */
export function leaderCountryAt(c: Cursor, start: number): { country: Country; end: number } | null {
  let q = start;
  if (c.lex.grammar.determiners.has(norm(c, q)) && !chunkAt(c, q)) q++;
  let titled = false;
  for (let k = 0; k < 2; k++) {
    const ch = chunkAt(c, q);
    if (!ch || roleEntries(ch, 'title').length === 0 || ch.entries.some((e) => e.kind === 'leader')) break;
    titled = true;
    q = ch.end;
  }
  if (!titled && !chunkAt(c, q)?.entries.some((e) => e.kind === 'leader')) return null;
  const end = parseName(c, q);
  if (end <= q) return null;
  const l = leaderInName(c, q, end) ?? leaderInName({ ...c, date: null }, q, end);
  const country = l?.country ? (c.lex.countryByIso3.get(l.country) ?? null) : null;
  return country ? { country, end } : null;
}

/**
 * The country of "of"/"from" after a group noun: "of Russia", "from military-ruled Myanmar", "from two American aid
 * groups" (the demonym's group is part of the complement). Determiners, numbers and premodifiers are stepped over.
 */
export function groupCountryAt(c: Cursor, start: number): { entry: CountryEntry; end: number } | null {
  const g = c.lex.grammar;
  for (let q = start; q < c.to && q < start + 4; q++) {
    const ch = chunkAt(c, q);
    const entry = countryEntry(ch);
    if (ch && entry) {
      const group = entry.kind === 'demonym' ? roleEntries(chunkAt(c, ch.end), 'agent')[0] : undefined;
      return { entry, end: group ? (chunkAt(c, ch.end) as Chunk).end : ch.end };
    }
    const n = norm(c, q);
    const step =
      g.determiners.has(n) ||
      g.premodifiers.has(n) ||
      g.quantifiers.has(n) ||
      c.tokens[q]?.shape === 'number' ||
      isHyphenParticiple(g, n);
    if (!step) return null;
  }
  return null;
}

/** "Baghdad", "the Gaza Strip", "south Serbia": a country or capital named as a place, after "in". */
export function placeAt(c: Cursor, start: number): { country: Country; end: number } | null {
  for (let q = start; q < c.to && q < start + 3; q++) {
    const ch = chunkAt(c, q);
    const ce = countryEntry(ch);
    if (ch && ce) return { country: ce.country, end: ch.end };
    if (norm(c, q) !== 'the' && !c.lex.grammar.placeModifiers.has(norm(c, q))) return null;
  }
  return null;
}
