/**
 * Builds actor mentions from lexical chunks, following English noun-phrase structure:
 *
 *   [det] [premodifiers] [country modifier ("Russian", "Việt Nam's", "US and British")]
 *     ( title ["of"|"for" complement] ["and" title ...] [Name]   -> a titled person or office
 *     | agent noun ["and" agent noun]                           -> a group ("Russian business leaders")
 *     | organisation | seat of government | country name )
 *
 * The complement of a title ("of the Communist Party of Việt Nam Central Committee") gives the country and, for a
 * generic title such as "Chairman", the role of the institution it heads.
 */
import { isHyphenParticiple } from '../knowledge/grammar.js';
import type { Leader } from '../knowledge/leaders.js';
import type { Country, Organisation, RoleRule } from '../knowledge/schemas.js';
import { phraseKeys } from '../text/phrase-keys.js';
import { type Chunk, proper } from './chunks.js';
import { nameText, parseComplement, parseName } from './complement.js';
import { type CountryEntry, type Cursor, chunkAt, countryEntry, leaderInName, norm, roleEntries } from './cursor.js';
import { dictActorAt, parseDictActor, withRole } from './dict-actors.js';
import type { SenseMatch } from './name-senses.js';

export interface ActorDraft {
  tokenStart: number;
  tokenEnd: number;
  kind: 'country' | 'demonym' | 'metonym' | 'person' | 'agent' | 'organisation' | 'descriptor';
  country: Country | null;
  role: string | null;
  name: string | null;
  org: Organisation | null;
  titles: RoleRule[];
  rules: string[];
  leader: boolean;
  /** A full actor code given by the knowledge base (a leader of an IGO: "IGOUNO"). */
  code?: string;
  /** The words name no actor (another sense of a name); `rules` says which rule decided. */
  notActor?: true;
}


function pickRole(c: Cursor, ch: Chunk): RoleRule | undefined {
  const titles = roleEntries(ch, 'title');
  const agents = roleEntries(ch, 'agent');
  const insts = roleEntries(ch, 'institution');
  const after = c.tokens[ch.end];
  const titleContext = after && ((after.upper && after.shape === 'word') || after.norm === 'of' || after.norm === 'to');
  if (titles.length > 0 && (titleContext || agents.length === 0)) {
    return titles.find((t) => t.role !== null) ?? titles[0];
  }
  return agents[0] ?? insts[0] ?? titles[0];
}

/** "Turkish national team", "Chinese stocks": the noun phrase after a demonym names no actor. */
function nonActorNoun(c: Cursor, p: number): boolean {
  for (let q = p; q < Math.min(c.to, p + 3); q++) {
    const t = c.tokens[q];
    if (!t || t.shape !== 'word') return false;
    if (c.lex.nonActorHeads.has(t.norm)) return true;
  }
  return false;
}

/** A country name or demonym chunk used in another sense (a place, a person, Georgia the US state): its rule id. */
function otherSense(c: Cursor, ch: Chunk): SenseMatch | null {
  const inChunk = (q: number) => {
    const at = chunkAt(c, q) ?? c.chunks.find((k) => k !== undefined && k.start < q && q < k.end);
    return at !== undefined && !at.entries.every((e) => e.kind === 'leader');
  };
  return c.lex.senses.countryName(c.tokens, ch.start, ch.end, c.from, c.to, inChunk);
}

/** Tokens [start, end) that name no actor: a draft with nothing in it, which the caller skips over. */
function noActor(start: number, end: number, rule: string): ActorDraft[] {
  return [{ ...draft(start, end, 'descriptor', null, null, null, null, [], [rule], false), notActor: true }];
}

/** Is the word before token `i` a content word (a noun, most likely) rather than a function word or a verb form? */
function afterNoun(c: Cursor, i: number): boolean {
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
const HYPHEN_RELATIONS: ReadonlyMap<string, 'led' | 'backed' | 'based'> = new Map([
  ...['led', 'commanded', 'headed'].map((w) => [w, 'led'] as const),
  ...['backed', 'sponsored', 'funded', 'supported', 'armed', 'trained', 'allied', 'aligned', 'affiliated', 'linked', 'inspired', 'installed', 'financed'].map(
    (w) => [w, 'backed'] as const,
  ),
  ...['based', 'headquartered'].map((w) => [w, 'based'] as const),
]);

/**
 * "A UK-based group": a bare group noun located by "-based" is an organisation, and one located in a state rather
 * than acting for it is non-governmental (CAMEO NGO); with a group noun of the lexicon ("UK-based company") that
 * noun's role is kept.
 */
const BASED_GROUP_NOUNS = new Set(['group', 'groups', 'organisation', 'organisations', 'organization', 'organizations']);
const BASED_GROUP_ROLE = 'NGO';

interface HyphenModifier {
  relation: 'led' | 'backed' | 'based';
  country: Country;
  rule: string;
}

/** The country and relation of a hyphenated "<country>-led|backed|based" word at token `p`. */
function hyphenModifier(c: Cursor, p: number): HyphenModifier | null {
  const t = c.tokens[p];
  if (!t || p >= c.to || t.shape !== 'word' || !proper(t)) return null;
  const dash = t.text.lastIndexOf('-');
  if (dash <= 0) return null;
  const relation = HYPHEN_RELATIONS.get(t.norm.slice(t.norm.lastIndexOf('-') + 1));
  if (!relation) return null;
  const prefix = t.text.slice(0, dash);
  const keys = phraseKeys(prefix);
  const m = c.lex.trie.longest((k) => keys[k] ?? '', 0, keys.length);
  if (!m || m.length !== keys.length) return null;
  for (const e of m.values) {
    if (e.kind !== 'country' && e.kind !== 'demonym' && e.kind !== 'capital' && e.kind !== 'seat') continue;
    if (e.exact !== null && e.exact !== prefix) continue;
    return { relation, country: e.country, rule: `en.actor.hyphen-${relation}` };
  }
  return null;
}

/** Closed-class words that can never be a noun modifier. */
const NOT_NOUNS = new Set(['and', 'or', 'but', 'nor', 'who', 'which', 'that', 'whose', 'not', 'as', 'if', 'than', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'do', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'also', 'then', 'there', 'here', 'it', 'they', 'he', 'she', 'we', 'so', 'very']);

/**
 * "French paper workers", "Kenyan tea farmers", "Kenyan dock union leaders": a plain noun between a demonym and an
 * agent noun names the group's trade or sector, and the demonym still gives its country (a second noun that is itself
 * a group noun, "dock union leaders", is read by the compound-group rule). Only a singular lower-case noun can stand
 * there (a noun modifier is singular), never a verb form in -ed/-s/-ing, a preposition, a function word, a number or
 * a hyphenated adjective, so "Ukrainian shelling hit civilians" and "Chinese exports hurt workers" are not one group.
 * Two plain nouns are not stepped over: the second could be an irregular past ("Israeli fire hit protesters"), which
 * spelling cannot tell from a noun. Returns where the agent noun starts, or -1.
 */
function nounToAgent(c: Cursor, p: number): number {
  const g = c.lex.grammar;
  const t = c.tokens[p];
  if (!t || p >= c.to || t.shape !== 'word' || proper(t) || chunkAt(c, p) || t.norm.includes('-')) return -1;
  const n = t.norm;
  if (
    g.determiners.has(n) || g.possessives.has(n) || g.objectPrepositions.has(n) || g.clauseVerbs.has(n) ||
    g.quantifiers.has(n) || g.numberWords.has(n) || g.premodifiers.has(n) || c.lex.nonActorHeads.has(n) ||
    NOT_NOUNS.has(n)
  ) {
    return -1;
  }
  if (/(ed|ly)$/.test(n) || (/ing$/.test(n) && !g.ingNouns.has(n)) || (/s$/.test(n) && !/ss$/.test(n))) return -1;
  const next = chunkAt(c, p + 1);
  return next && roleEntries(next, 'agent').length > 0 && roleEntries(next, 'title').length === 0 ? p + 1 : -1;
}

/** Roles of the state's own bodies: "the government of President X" is X's government. */
const STATE_ROLES = new Set(['GOV', 'MIL', 'COP', 'SPY']);

/**
 * "the government of President Vladimir Putin", "the military government of General X": a state body "of" a leader
 * the leaders index knows belongs to the leader's country. An optional title may stand before the name.
 */
function leaderCountryAt(c: Cursor, start: number): { country: Country; end: number } | null {
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
 * "ethnic Turks", "ethnic Serb civilians", "ethnic Russians in Ukraine": after "ethnic" a demonym names an ethnic
 * group, not the citizens or the state of the country the demonym belongs to. CAMEO codes a minority by the country
 * it lives in, so the group takes a country only from "in <place>"; a bare ethnic group is civilians (CVL), and an
 * agent noun after the demonym keeps its own role.
 */
function ethnicGroup(c: Cursor, i: number, p: number): ActorDraft[] | null {
  const ch = chunkAt(c, p + 1);
  if (norm(c, p) !== 'ethnic' || !ch || countryEntry(ch)?.kind !== 'demonym') return null;
  const rule = 'en.actor.ethnic-group';
  const group = chunkAt(c, ch.end);
  const agent = roleEntries(group, 'agent').length > 0 ? pickRole(c, group as Chunk) : undefined;
  if (group && agent) return titled(c, i, group, agent, [], [rule], true);
  let end = ch.end;
  let country: Country | null = null;
  if (c.lex.locatedGroups.prepositions.has(norm(c, end))) {
    const place = placeAt(c, end + 1);
    if (place) {
      country = place.country;
      end = place.end;
    }
  }
  return [draft(i, end, 'agent', country, 'CVL', null, null, [], country ? [rule, c.lex.locatedGroups.id] : [rule], false)];
}

/** Parses one actor noun phrase starting at token `i`, or returns null. */
export function parseActorAt(c: Cursor, i: number): ActorDraft[] | null {
  let p = i;
  // a lexicon phrase may itself start with the article ("the United States", "the Kremlin")
  const g = c.lex.grammar;
  if (g.determiners.has(norm(c, p)) && !chunkAt(c, p)) p++;
  // "a court jailed two men": a participle right after a noun is the verb, not a premodifier ("jailed dissidents")
  if (p === i && norm(c, p).endsWith('ed') && !norm(c, p).includes('-') && afterNoun(c, i)) return null;
  for (let k = 0; k < 2 && g.premodifiers.has(norm(c, p)) && !chunkAt(c, p); k++) p++;
  // the user's dictionaries come first: their entries are the user's explicit choice
  const fromDict = parseDictActor(c, i, p);
  if (fromDict) return fromDict;
  const ethnic = ethnicGroup(c, i, p);
  if (ethnic) return ethnic;
  const countries: Country[] = [];
  const rules: string[] = [];
  let basedIn: HyphenModifier | null = null;
  /** The last country modifier is an adjective ("French", "Saudi-led"), not a plural noun ("Turks") or a name. */
  let adjectival = false;
  // country modifiers: "Russian", "Việt Nam's", "US and British"
  for (;;) {
    const hy = hyphenModifier(c, p);
    if (hy) {
      // "Vietnamese-led forces", "Iran-backed militias", "a UK-based group"
      if (hy.relation === 'led') countries.push(hy.country);
      else if (hy.relation === 'based') basedIn = hy;
      adjectival = hy.relation === 'led';
      rules.push(hy.rule);
      p++;
      continue;
    }
    const ch = chunkAt(c, p);
    const ce = countryEntry(ch);
    if (!ch || !ce || ce.kind === 'seat') break;
    const sense = otherSense(c, ch);
    if (sense) return countries.length === 0 ? noActor(i, sense.end, sense.rule) : countryDrafts(i, p, countries, rules, 'demonym');
    const next = ch.end;
    const possessive = norm(c, next) === "'s" || norm(c, next) === "'";
    const nextIsRole = roleEntries(chunkAt(c, next)).length > 0;
    // "US and British activists": a country name used attributively, coordinated with a demonym
    const demonymAfter = countryEntry(chunkAt(c, next + 1))?.kind === 'demonym' ? chunkAt(c, next + 1) : undefined;
    const coordinated =
      (norm(c, next) === 'and' || norm(c, next) === ',') &&
      demonymAfter !== undefined &&
      roleEntries(chunkAt(c, demonymAfter.end), 'agent').length > 0 &&
      roleEntries(chunkAt(c, demonymAfter.end), 'title').length === 0;
    if (ce.kind === 'demonym' || possessive || (ce.kind === 'country' && (nextIsRole || coordinated))) {
      countries.push(ce.country);
      rules.push(ce.rule);
      adjectival = ce.kind === 'demonym' && !ce.plural && !possessive;
      p = possessive ? next + 1 : next;
      if ((norm(c, p) === 'and' || norm(c, p) === ',') && countryEntry(chunkAt(c, p + 1))?.kind === 'demonym') {
        p++;
        continue;
      }
    }
    break;
  }
  for (let k = 0; k < 2 && g.premodifiers.has(norm(c, p)) && !chunkAt(c, p); k++) p++;
  // "French paper workers": plain nouns between a demonym (an adjective, not "Turks") and the agent noun
  if (countries.length > 0 && adjectival && !chunkAt(c, p)) {
    const q = nounToAgent(c, p);
    if (q >= 0) {
      p = q;
      rules.push('en.actor.demonym-noun-modifier');
    }
  }
  if (basedIn && !chunkAt(c, p) && BASED_GROUP_NOUNS.has(norm(c, p))) {
    // "a UK-based group": a non-governmental organisation located in the UK
    return [draft(i, p + 1, 'agent', basedIn.country, BASED_GROUP_ROLE, null, null, [], [...rules], false)];
  }
  const ch = chunkAt(c, p);
  if (countries.length > 0 && !ch && nonActorNoun(c, p)) return null;
  if (!ch) return countries.length > 0 ? countryDrafts(i, p, countries, rules, 'demonym') : null;
  const ce = countryEntry(ch);
  if (countries.length === 0 && ce) {
    // a country name is a name: premodifiers before it ("visiting Russia") are not part of the mention
    const kind = ce.kind === 'capital' ? 'metonym' : ce.kind === 'demonym' ? 'demonym' : 'country';
    return countryDrafts(kind === 'demonym' ? i : p, ch.end, [ce.country], [ce.rule], kind);
  }
  const seat = ch.entries.find((e) => e.kind === 'seat');
  if (seat && seat.kind === 'seat') {
    return [draft(i, ch.end, 'metonym', seat.country, 'GOV', null, null, [], [...rules, seat.rule], false)];
  }
  if (ch.entries.some((e) => e.kind === 'leader') && countries.length === 0) {
    // a bare name: "Obama said", "Barack Obama"; the name may go on ("Vladimir Putin" after "Vladimir")
    const end = parseName(c, p);
    const facility = c.lex.senses.personName(c.tokens, p, end, c.to);
    if (facility) return noActor(i, facility.end, facility.rule);
    const agent = roleEntries(chunkAt(c, end), 'agent')[0];
    if (agent) {
      // "the Bush administration", "the Netanyahu government": the leader's country, the noun's role
      const l = leaderInName(c, p, end) ?? leaderInName({ ...c, date: null }, p, end);
      const country = l?.country ? (c.lex.countryByIso3.get(l.country) ?? null) : null;
      if (country) {
        const group = chunkAt(c, end) as Chunk;
        return [draft(i, group.end, 'agent', country, agent.role, null, null, [], [...rules, 'en.actor.leader', agent.id], false)];
      }
    }
    const leader = leaderInName(c, p, end);
    if (leader) return [leaderDraft(c, i, end, leader, [...rules, 'en.actor.leader'])];
  }
  const org = ch.entries.find((e) => e.kind === 'org');
  if (org && org.kind === 'org') {
    // "Arab League Secretary General Chadli Klibi": an officer of the organisation
    const officer = roleEntries(chunkAt(c, ch.end), 'title')[0];
    if (officer) {
      const end = parseName(c, (chunkAt(c, ch.end) as Chunk).end);
      const name = nameText(c, (chunkAt(c, ch.end) as Chunk).end, end);
      if (name) {
        const d = draft(i, end, 'person', countries[0] ?? null, org.org.role, name, org.org, [officer], [...rules, org.rule, officer.id], officer.leader === true);
        return [d];
      }
    }
    const country = countries[0] ?? null;
    // "Hezbollah guerrillas", "UN troops": an agent noun after an organisation names its members
    const members = roleEntries(chunkAt(c, ch.end), 'agent')[0];
    const end = members ? (chunkAt(c, ch.end) as Chunk).end : ch.end;
    return [draft(i, end, 'organisation', country, org.org.role, org.org.names[0] ?? null, org.org, [], [...rules, org.rule], false)];
  }
  const role = pickRole(c, ch);
  if (!role) return countries.length > 0 ? countryDrafts(i, p, countries, rules, 'demonym') : null;
  if (role.modifier_required && countries.length === 0) return null;
  const determined = g.determiners.has(norm(c, i)) || g.possessives.has(norm(c, i));
  const drafts = titled(c, i, ch, role, countries, rules, determined);
  if (basedIn) {
    // "London-based activists": a non-state group takes the country it is based in
    const based = basedIn;
    for (const d of drafts) {
      const located = d.role !== null && (c.lex.locatedGroups.roles.has(d.role) || d.role === BASED_GROUP_ROLE);
      if (!d.country && !d.code && located) d.country = based.country;
    }
  }
  return drafts.length > 0 ? drafts : null;
}

function titled(
  c: Cursor,
  start: number,
  first: Chunk,
  firstRole: RoleRule,
  countries: Country[],
  rules: string[],
  determined: boolean,
) {
  const titles: RoleRule[] = [firstRole];
  let p = first.end;
  let hadComplement = false;
  let complementCountry: Country | null = null;
  let institutionRole: string | null = null;
  let complementDict: string | null = null;
  let located = false;
  let compound = false;
  let leaderOf = false;
  if (firstRole.kind === 'institution') {
    // "French National Assembly president Laurent Fabius": the institution names whose officer the title is
    const officer = roleEntries(chunkAt(c, p), 'title')[0];
    if (officer) {
      institutionRole = firstRole.role;
      titles.length = 0;
      titles.push(officer);
      p = (chunkAt(c, p) as Chunk).end;
    }
  }
  for (;;) {
    const role = titles[titles.length - 1] as RoleRule;
    if (role.kind !== 'agent') {
      while (norm(c, p) === 'of' || norm(c, p) === 'for') {
        const comp = parseComplement(c, p + 1);
        if (comp.end === p + 1) break;
        complementCountry ??= comp.country;
        complementDict ??= comp.dictCode;
        institutionRole ??= comp.institutionRole;
        hadComplement = true;
        p = comp.end;
      }
      // "ambassador to France"; not "the Indonesian president to Australia"
      if (norm(c, p) === 'to' && c.lex.grammar.envoyTitles.has(norm(c, p - 1)) && countryEntry(chunkAt(c, p + 1))) {
        p = (chunkAt(c, p + 1) as Chunk).end;
      }
      const nextTitle = norm(c, p) === 'and' ? roleEntries(chunkAt(c, p + 1), 'title')[0] : undefined;
      if (nextTitle) {
        titles.push(nextTitle);
        p = (chunkAt(c, p + 1) as Chunk).end;
        continue;
      }
    } else {
      // "opposition activists", "government forces": two group nouns name one group
      const next = roleEntries(chunkAt(c, p), 'agent')[0];
      if (next && !role.code_before && !next.code_before && role.role && next.role) {
        if (c.lex.compoundGroups.headRoles.has(next.role)) titles.unshift(next);
        else titles.push(next);
        compound = true;
        p = (chunkAt(c, p) as Chunk).end;
      }
      if (norm(c, p) === 'and' && roleEntries(chunkAt(c, p + 1), 'agent').length > 0) {
        p = (chunkAt(c, p + 1) as Chunk).end;
      }
      // "senior leaders of Russia", "a delegation from Chile": a country complement gives the group its country
      const prep = norm(c, p);
      // "from" gives people their origin ("a delegation from Chile"), not weapons ("tanks from Germany")
      const fromOk = prep === 'from' && role.role !== 'MIL';
      const ofAt = prep === 'of' || fromOk ? groupCountryAt(c, p + 1) : null;
      const of = ofAt?.entry;
      const dictOf = prep === 'of' || fromOk ? dictActorAt(c, p + 1) : undefined;
      // "the government of President X": a state body of a known leader is that leader's country's
      const ofLeader =
        prep === 'of' && !dictOf && !ofAt && countries.length === 0 && role.role && STATE_ROLES.has(role.role)
          ? leaderCountryAt(c, p + 1)
          : null;
      if (dictOf && countries.length === 0) {
        complementDict = dictOf.code;
        p = dictOf.chunk.end;
      } else if (ofAt && of && of.kind !== 'capital' && countries.length === 0) {
        complementCountry = of.country;
        p = ofAt.end;
      } else if (ofLeader) {
        complementCountry = ofLeader.country;
        leaderOf = true;
        p = ofLeader.end;
      } else if (
        c.lex.locatedGroups.prepositions.has(prep) &&
        countries.length === 0 &&
        role.role &&
        c.lex.locatedGroups.roles.has(role.role)
      ) {
        // "demonstrators in Baghdad", "rebels in the south of Sudan": the group belongs where it acts
        const place = placeAt(c, p + 1);
        if (place) {
          complementCountry = place.country;
          located = true;
          p = place.end;
        }
      }
    }
    break;
  }
  const lastTitle = titles[titles.length - 1] as RoleRule;
  const nameEnd = lastTitle.kind === 'title' ? parseName(c, p) : p;
  const name = nameText(c, p, nameEnd);
  // "the President Ho Chi Minh Statue": a monument named after the person
  const facility = name ? c.lex.senses.personName(c.tokens, p, nameEnd, c.to) : null;
  if (facility) return noActor(start, facility.end, facility.rule);
  const country = countries[0] ?? complementCountry;
  let role: string | null = null;
  if (firstRole.kind === 'institution' && institutionRole) role = institutionRole;
  else {
    for (const t of titles) {
      role = t.role ?? institutionRole;
      if (role) break;
    }
  }
  const leader = titles.some((t) => t.leader === true);
  if (role === 'PTY' && leader && country && c.lex.oneParty.has(country.iso3)) role = 'GOV';
  // a titled name is strong evidence: when no leader of that name is in office on the date, a leader who held
  // office at any time under that name (and only one such person) is taken
  const known = name ? (leaderInName(c, p, nameEnd) ?? leaderInName({ ...c, date: null }, p, nameEnd)) : undefined;
  if (known && (!country || country.iso3 === known.country)) {
    const d = leaderDraft(c, start, Math.max(nameEnd, p), known, [...rules, ...titles.map((t) => t.id), 'en.actor.leader']);
    d.titles = titles;
    d.leader ||= leader;
    if (country && role && role !== known.role) {
      // the title in the text wins over the knowledge base ("Foreign Minister X" when X later became president)
      d.role = role;
      d.code = undefined;
    }
    return [d];
  }
  if (!name && lastTitle.kind === 'title' && !determined && countries.length === 0 && !hadComplement) {
    // a bare title is a descriptor only with an article, a country or a complement: "the General Secretary",
    // "the Russian Deputy PM", "Deputy Foreign Minister of Russia"; not "demanded justice", "a general strike"
    return [];
  }
  const kind = name ? 'person' : lastTitle.kind === 'agent' ? 'agent' : 'descriptor';
  const allRules = [
    ...rules,
    ...titles.map((t) => t.id),
    ...(located ? [c.lex.locatedGroups.id] : []),
    ...(compound ? [c.lex.compoundGroups.id] : []),
    ...(leaderOf ? ['en.actor.body-of-leader', 'en.actor.leader'] : []),
  ];
  const drafts = [draft(start, Math.max(nameEnd, p), kind, country, role, name, null, titles, allRules, leader)];
  const head = drafts[0] as ActorDraft;
  if (!country && complementDict) {
    // "the government of Gondor": the dictionary actor's code with the title's or agent's role
    head.code = withRole(complementDict, titles.find((t) => t.role !== null) ?? lastTitle);
    head.country = c.lex.countryByCameo.get(complementDict.slice(0, 3)) ?? null;
  } else if (country && titles.some((t) => t.code_before) && role) {
    // "[NGO~]" agents: "Ghanaian peacekeepers" = IGO + GHA
    head.code = `${role}${country.cameo}`;
  }
  // "US and British activists": one group per country
  for (const other of countries.slice(1)) {
    drafts.push(draft(start, Math.max(nameEnd, p), kind, other, role, name, null, titles, allRules, leader));
  }
  return drafts;
}

/**
 * The country of "of"/"from" after a group noun: "of Russia", "from military-ruled Myanmar", "from two American aid
 * groups" (the demonym's group is part of the complement). Determiners, numbers and premodifiers are stepped over.
 */
function groupCountryAt(c: Cursor, start: number): { entry: CountryEntry; end: number } | null {
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
function placeAt(c: Cursor, start: number): { country: Country; end: number } | null {
  for (let q = start; q < c.to && q < start + 3; q++) {
    const ch = chunkAt(c, q);
    const ce = countryEntry(ch);
    if (ch && ce) return { country: ce.country, end: ch.end };
    if (norm(c, q) !== 'the' && !c.lex.grammar.placeModifiers.has(norm(c, q))) return null;
  }
  return null;
}

function leaderDraft(c: Cursor, start: number, end: number, l: Leader, rules: string[]): ActorDraft {
  const country = l.country ? (c.lex.countryByIso3.get(l.country) ?? null) : null;
  const leads = c.lex.leaderTitles.has(phraseKeys(l.title).join(' '));
  const d = draft(start, end, 'person', country, l.role, l.name, null, [], rules, leads);
  d.code = l.code;
  return d;
}

function countryDrafts(
  start: number,
  end: number,
  countries: Country[],
  rules: string[],
  kind: ActorDraft['kind'],
): ActorDraft[] {
  return countries.map((country) => draft(start, end, kind, country, null, country.name, null, [], rules, false));
}

function draft(
  tokenStart: number,
  tokenEnd: number,
  kind: ActorDraft['kind'],
  country: Country | null,
  role: string | null,
  name: string | null,
  org: Organisation | null,
  titles: RoleRule[],
  rules: string[],
  leader: boolean,
): ActorDraft {
  return { tokenStart, tokenEnd, kind, country, role, name, org, titles, rules, leader };
}

export type { Cursor };
