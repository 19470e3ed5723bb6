/**
 * The participants of an event in a sentence without a parser: the subject group before the trigger (not an object
 * of a preposition or a past-tense verb), a possessor ("Modi's visit"), and the place of a targetless protest or
 * attack. English word-order cues, each with its example below.
 */
import type { ActorMention, Document, Sentence, Token } from '../document.js';
import type { Grammar } from '../knowledge/grammar.js';
import { type SentenceView, takeSlot } from './match.js';

export interface SentenceActors extends SentenceView {
  /** The sentence's actor mentions, in text order. */
  actors: readonly ActorMention[];
}

export function view(
  doc: Document,
  s: Sentence,
  actors: readonly ActorMention[],
  grammar: Grammar,
): SentenceActors {
  const actorAt = new Map<number, ActorMention[]>();
  for (const m of actors) {
    const list = actorAt.get(m.tokenStart);
    if (list) list.push(m);
    else actorAt.set(m.tokenStart, [m]);
  }
  return { tokens: doc.tokens, from: s.tokenStart, to: s.tokenEnd, actorAt, actors, grammar };
}

/** Actor mentions per sentence, in one pass over the document. */
export function bySentence(doc: Document): ActorMention[][] {
  const out: ActorMention[][] = doc.sentences.map(() => []);
  for (const m of doc.actors) out[m.sentence]?.push(m);
  return out;
}

/**
 * Is the noun phrase starting after token `prev` an object? After a preposition ("talks with Putin") or a past-tense
 * verb ("left Moscow", "signed ... with"), English puts objects, not subjects.
 */
function objectPosition(
  g: Grammar,
  prev: Token | undefined,
  pastForms: ReadonlySet<string>,
  beforePrev?: Token | undefined,
): boolean {
  if (!prev || prev.shape !== 'word' || prev.upper) return false;
  const n = prev.norm;
  // "Russia said Ukrainian forces shelled ...": after a verb of saying comes a clause and its subject
  if (g.clauseVerbs.has(n)) return false;
  // "thousands of students protested": after a quantity, "of" introduces the subject itself
  if (n === 'of' && beforePrev && g.quantityHeads.has(beforePrev.norm)) return false;
  // "The Kenyan president, visiting Uganda, praised ...": the object of a participle is not the subject
  const participle = n.length > 4 && n.endsWith('ing') && !g.ingNouns.has(n);
  return g.objectPrepositions.has(n) || pastForms.has(n) || (n.length > 4 && n.endsWith('ed')) || participle;
}

/** The subject group before token `before`: "A and B held talks" -> [A, B]. */
export function subject(
  doc: Document,
  s: Sentence,
  v: SentenceActors,
  before: number,
  pastForms: ReadonlySet<string>,
  /** For the patient of a passive: "a camp for Congolese refugees was attacked" — the refugees, if nothing else. */
  objectFallback = false,
): ActorMention[] {
  const inSentence = v.actors.filter((m) => m.tokenEnd <= before);
  const found = subjectOf(doc, s, v.grammar, inSentence, pastForms);
  if (found.length > 0 || !objectFallback) return found;
  const last = inSentence[inSentence.length - 1];
  return last && last.tokenEnd >= before - 1 ? [last] : [];
}

function subjectOf(
  doc: Document,
  s: Sentence,
  g: Grammar,
  inSentence: ActorMention[],
  pastForms: ReadonlySet<string>,
): ActorMention[] {
  // An indefinite noun phrase after a comma ("Amnesty, a rights group, said"; "Egypt, a key US ally, said") is an
  // appositive: it describes the actor before the comma and is no second subject. Closed by a comma, it is skipped
  // and the actor it describes is the subject; left open ("police beat refugees, a rights group said") it starts a
  // new clause and is the subject alone, not coordinated with the actor before it.
  const indefinite = (i: number) => doc.tokens[i]?.norm === 'a' || doc.tokens[i]?.norm === 'an';
  /** The comma before the indefinite noun phrase holding mention `m`, when an actor ends at that comma. */
  const appositiveComma = (m: ActorMention): number => {
    for (let j = m.tokenStart; j >= s.tokenStart + 2 && j > m.tokenStart - 5; j--) {
      const t = doc.tokens[j];
      if (!t || t.shape !== 'word') return -1;
      if (indefinite(j) && doc.tokens[j - 1]?.norm === ',') {
        return inSentence.some((x) => x.tokenEnd === j - 1) ? j - 1 : -1;
      }
    }
    return -1;
  };
  /** The appositive closes with a comma after a few nouns or adjectives ("a key US ally ,"), not after a verb. */
  const closedAfter = (m: ActorMention): boolean => {
    for (let q = m.tokenEnd; q < s.tokenEnd && q < m.tokenEnd + 4; q++) {
      const t = doc.tokens[q];
      if (!t) return false;
      if (t.norm === ',') return true;
      const n = t.norm;
      const verbLike =
        t.shape !== 'word' || g.clauseVerbs.has(n) || pastForms.has(n) || (n.length > 4 && (n.endsWith('ed') || n.endsWith('ing')));
      if (verbLike) return false;
    }
    return false;
  };
  let below = Infinity;
  for (let k = inSentence.length - 1; k >= 0; k--) {
    const m = inSentence[k] as ActorMention;
    if (m.tokenStart >= below) continue;
    const comma = appositiveComma(m);
    if (comma >= 0 && closedAfter(m)) {
      below = comma;
      continue;
    }
    const prev = previousWord(doc, g, m.tokenStart, s.tokenStart - 1);
    if (prev >= s.tokenStart && objectPosition(g, doc.tokens[prev], pastForms, doc.tokens[prev - 1])) continue;
    const group = inSentence.filter((x) => x.tokenStart === m.tokenStart);
    let first = m.tokenStart;
    let objectList = false;
    for (;;) {
      let j = first - 1;
      if (doc.tokens[j]?.norm === 'and' && doc.tokens[j - 1]?.norm === ',') j--;
      const sep = doc.tokens[j]?.norm;
      if (sep !== 'and' && sep !== ',') break;
      // "refugees, a rights group protested": an open appositive is not a list member ("Egypt, a US delegation and
      // Jordan" is a list: its indefinite member is not the last)
      if (sep === ',' && j === first - 1 && indefinite(first) && first === m.tokenStart) break;
      const left = inSentence.filter((x) => x.tokenEnd === j);
      if (left.length === 0) break;
      // "The US commander in Iraq, General Petraeus": a prepositional object does not join the subject; but after
      // "and" the conjuncts share it: "slammed into Mozambique and Malawi" is an object as a whole
      if (objectPosition(g, doc.tokens[(left[0] as ActorMention).tokenStart - 1], pastForms)) {
        objectList = sep === 'and';
        break;
      }
      group.unshift(...left);
      first = (left[0] as ActorMention).tokenStart;
    }
    if (objectList) continue;
    return preferPerson(doc, s, g, inSentence, dropEntourage(group));
  }
  return [];
}

/**
 * Protests, coercion and violence aimed at no named actor are aimed at the place where they happen: "Albanians
 * demonstrated on Tuesday in Serbia" is a protest against Serbia, "shelling in Gaza" strikes Gaza.
 */
export const PLACE_TARGET_ROOTS = new Set(['14', '17', '18', '19', '20']);
export const VISIT_CODES = new Set(['042', '043', '044']);

export function placeAfter(doc: Document, s: Sentence, v: SentenceActors, from: number): ActorMention | undefined {
  for (let i = from; i < Math.min(s.tokenEnd, from + 8); i++) {
    const n = doc.tokens[i]?.norm;
    if (n === ';' || n === ':' || n === 'which' || n === 'who' || n === 'while') return undefined;
    if (n !== 'in' && n !== 'inside' && n !== 'across' && n !== 'throughout') continue;
    // "in Serbia", "in the Gaza Strip", "in northern Israel"
    let at = i + 1;
    while (at < i + 4 && (doc.tokens[at]?.norm === 'the' || v.grammar.placeModifiers.has(doc.tokens[at]?.norm ?? ''))) {
      at++;
    }
    const m = v.actors.find((a) => a.tokenStart === at || (a.tokenStart === i + 2 && doc.tokens[i + 1]?.norm === 'the'));
    if (m && (m.kind === 'country' || m.kind === 'metonym')) return m;
  }
  return undefined;
}

/**
 * The first actor in the complement of a verb with no target slot: "rejected a fresh offer from Afghanistan",
 * "threatened to impose restrictions against German goods". The search stops at the end of the clause.
 */
export function complementTarget(
  doc: Document,
  s: Sentence,
  v: SentenceActors,
  from: number,
  sources: readonly ActorMention[],
): ActorMention[] {
  const limit = Math.min(s.tokenEnd, from + 12);
  for (let i = from; i < limit; i++) {
    const n = doc.tokens[i]?.norm ?? '';
    // "condemned the arrest, and press secretary X said": ", and" joins another clause
    if (v.grammar.complementEnds.has(n) || (n === ',' && doc.tokens[i + 1]?.norm === 'and')) return [];
    const m = v.actors.find((a) => a.tokenStart === i);
    // only an actor that says who it is: a country, an organisation or a named person, not "residents" or "officials"
    if (!m || (!m.country && !m.name)) continue;
    if (sources.some((src) => src.country !== null && src.country === m.country && src.role === m.role)) continue;
    // "ties with Brazil, Chile and Peru": the list the first actor opens, read as a list slot is
    return takeSlot(v, i, true)?.mentions ?? [m];
  }
  return [];
}



/**
 * The agent named inside a nominal trigger's noun phrase: a possessive ("Modi's visit to Moscow", "Russia's attack",
 * where the mention may hold the "'s") or a demonym right before it, maybe past a weapon noun ("Israeli shelling",
 * "Israeli tank shelling").
 */
export function possessor(
  doc: Document,
  v: SentenceActors,
  triggerStart: number,
  /** For a noun rule: a country or organisation name as a modifier is the agent too ("US sanctions"). */
  nominal = false,
): ActorMention | undefined {
  // "Britain's new sanctions", "China's latest loan": premodifiers between the possessor and the noun
  let at = triggerStart;
  while (at > triggerStart - 2 && v.grammar.premodifiers.has(doc.tokens[at - 1]?.norm ?? '')) at--;
  const before = doc.tokens[at - 1];
  if (!before) return undefined;
  if (before.norm === "'s" || before.norm === "'") {
    // the mention may hold the "'s" and the premodifiers too
    return v.actors.find((m) => m.tokenEnd >= at - 1 && m.tokenEnd <= triggerStart && m.tokenStart < at - 1);
  }
  const trigger = doc.tokens[triggerStart];
  if (!trigger || v.grammar.clauseVerbs.has(trigger.norm)) return undefined;
  // "Turkish air strikes on Syria": the trigger heads a force's own noun phrase
  const around = v.actors.find((m) => m.tokenStart < triggerStart && m.tokenEnd > triggerStart && m.country !== null);
  if (around) return around;
  const end = v.grammar.weaponModifiers.has(before.norm) ? at - 1 : at;
  return v.actors.find(
    (m) =>
      m.tokenEnd === end &&
      ((m.kind === 'demonym' && m.tokenEnd - m.tokenStart === 1) ||
        (nominal && (m.kind === 'country' || m.kind === 'organisation'))),
  );
}

/** The token before `i`, stepping back over numbers, determiners and premodifiers ("kidnapped up to 16 Russian"). */
function previousWord(doc: Document, g: Grammar, i: number, floor: number): number {
  let j = i - 1;
  for (let k = 0; k < 4 && j > floor; k++, j--) {
    const t = doc.tokens[j];
    if (!t) break;
    const skippable =
      t.shape === 'number' || g.numberWords.has(t.norm) || g.quantifiers.has(t.norm) || g.determiners.has(t.norm) ||
      (t.norm === 'to' && doc.tokens[j - 1]?.norm === 'up');
    if (!skippable) break;
  }
  return j;
}

/** "Việt Nam's top leader and the accompanying delegation": unnamed groups beside a named leader travel with him. */
function dropEntourage(group: ActorMention[]): ActorMention[] {
  const named = group.filter((m) => m.name !== null && (m.kind === 'person' || m.kind === 'descriptor' || m.kind === 'pronoun'));
  if (named.length === 0) return group;
  return group.filter((m) => !(m.kind === 'agent' && !m.name && (m.country === null || named.some((p) => p.country === m.country))));
}

/**
 * "Tô Lâm, his spouse and a Vietnamese delegation left Moscow": a delegation or entourage travels with its leader,
 * so a named person of the same country earlier in the same subject is the actor.
 */
function preferPerson(
  doc: Document,
  s: Sentence,
  g: Grammar,
  before: ActorMention[],
  group: ActorMention[],
): ActorMention[] {
  if (group.length !== 1) return group;
  const only = group[0] as ActorMention;
  if (only.kind !== 'agent' || only.name || only.role !== 'GOV') return group;
  const person = before.find(
    (m) =>
      m.tokenEnd <= only.tokenStart &&
      m.name !== null &&
      m.country === only.country &&
      (m.tokenStart === s.tokenStart || !g.objectPrepositions.has(doc.tokens[m.tokenStart - 1]?.norm ?? '')),
  );
  return person ? [person] : group;
}
