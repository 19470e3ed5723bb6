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
import type { Leader } from '../knowledge/leaders.js';
import type { Country, Organisation, RoleRule } from '../knowledge/schemas.js';
import { phraseKeys } from '../text/phrase-keys.js';
import type { Chunk } from './chunks.js';
import { nameText, parseComplement, parseName } from './complement.js';
import { type Cursor, chunkAt, countryEntry, leaderInName, norm, roleEntries } from './cursor.js';
import { dictActorAt, parseDictActor, withRole } from './dict-actors.js';
import {
  type HyphenModifier,
  afterNoun,
  groupCountryAt,
  hyphenModifier,
  leaderCountryAt,
  nounToAgent,
  placeAt,
} from './group-modifiers.js';
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

/**
 * "ethnic Turks", "ethnic Serb civilians", "ethnic Russians in Ukraine": after "ethnic" a demonym names an ethnic
 * group, not the citizens or the state of the country the demonym belongs to. CAMEO codes a minority by the country
 * it lives in, so the group takes a country only from "in <place>"; a bare ethnic group is civilians (CVL), and an
 * agent noun after the demonym keeps its own role.
 */
function ethnicGroup(c: Cursor, i: number, p: number): ActorDraft[] | null {
  const ch = chunkAt(c, p + 1);
  const gm = c.lex.groupModifiers;
  if (!gm.ethnicWords.has(norm(c, p)) || !ch || countryEntry(ch)?.kind !== 'demonym') return null;
  const rule = gm.ethnicRule;
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
  const rules = country ? [rule, c.lex.locatedGroups.id] : [rule];
  return [draft(i, end, 'agent', country, gm.ethnicRole, null, null, [], rules, false)];
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
      rules.push(c.lex.groupModifiers.nounModifierRule);
    }
  }
  if (basedIn && !chunkAt(c, p) && c.lex.groupModifiers.basedNouns.has(norm(c, p))) {
    // "a UK-based group": a non-governmental organisation located in the UK
    return [draft(i, p + 1, 'agent', basedIn.country, c.lex.groupModifiers.basedRole, null, null, [], [...rules], false)];
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
      const located = d.role !== null && (c.lex.locatedGroups.roles.has(d.role) || d.role === c.lex.groupModifiers.basedRole);
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
        prep === 'of' && !dictOf && !ofAt && countries.length === 0 && role.role && c.lex.groupModifiers.bodyRoles.has(role.role)
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
    ...(leaderOf ? [c.lex.groupModifiers.bodyRule, 'en.actor.leader'] : []),
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
