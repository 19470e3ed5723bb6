/**
 * Stage: the event lexicon over each sentence. For every rule that matches: the trigger, the source (the pattern's
 * @S slot, else the subject: the nearest actor group before the trigger that is not the object of a preposition),
 * the targets (@T; for a rule with @S and no @T, the subject is the target: "A received weapons from B" -> B to A),
 * then modality: negated, conditional, speculative and questioned events are dropped, intended ones are recoded
 * as intent (03x/13x). Overlapping matches keep the longest trigger.
 */
import type { ActorMention, Document, EventMention, Sentence, Token } from '../document.js';
import type { CompiledEventRule } from '../events/lexicon.js';
import { type PatternMatch, type SentenceView, matchPattern } from '../events/match.js';
import { hasPhrase, isConditional } from '../events/modality.js';
import type { Stage, StageContext } from '../pipeline.js';

/**
 * Prepositions whose noun phrase is an object. "after", "before", "since" and "until" are left out: in news they
 * mostly open a clause with its own subject ("a day after Putin signed ...").
 */
const PREPOSITIONS = new Set([
  'with', 'to', 'from', 'by', 'for', 'against', 'of', 'on', 'at', 'in', 'into', 'toward', 'towards', 'between',
  'among', 'including', 'like', 'than', 'over', 'under', 'about', 'during', 'via', 'near', 'upon', 'across',
  'through', 'within', 'without', 'behind', 'beyond', 'despite', 'amid', 'onto',
]);

interface Candidate {
  rule: CompiledEventRule;
  match: PatternMatch;
}

interface SentenceActors extends SentenceView {
  /** The sentence's actor mentions, in text order. */
  actors: readonly ActorMention[];
}

function view(doc: Document, s: Sentence, actors: readonly ActorMention[]): SentenceActors {
  const actorAt = new Map<number, ActorMention[]>();
  for (const m of actors) {
    const list = actorAt.get(m.tokenStart);
    if (list) list.push(m);
    else actorAt.set(m.tokenStart, [m]);
  }
  return { tokens: doc.tokens, from: s.tokenStart, to: s.tokenEnd, actorAt, actors };
}

/** Actor mentions per sentence, in one pass over the document. */
function bySentence(doc: Document): ActorMention[][] {
  const out: ActorMention[][] = doc.sentences.map(() => []);
  for (const m of doc.actors) out[m.sentence]?.push(m);
  return out;
}

/** Nouns of quantity whose "of" phrase is the real head: "thousands of students", "a group of diplomats". */
const QUANTITY_HEADS = new Set([
  'thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens', 'group', 'groups', 'number', 'crowd', 'crowds',
  'members', 'some', 'many', 'most', 'all', 'both', 'several', 'majority', 'handful', 'delegation', 'team',
]);

/**
 * Is the noun phrase starting after token `prev` an object? After a preposition ("talks with Putin") or a past-tense
 * verb ("left Moscow", "signed ... with"), English puts objects, not subjects.
 */
function objectPosition(
  prev: Token | undefined,
  pastForms: ReadonlySet<string>,
  beforePrev?: Token | undefined,
): boolean {
  if (!prev || prev.shape !== 'word' || prev.upper) return false;
  const n = prev.norm;
  // "thousands of students protested": after a quantity, "of" introduces the subject itself
  if (n === 'of' && beforePrev && QUANTITY_HEADS.has(beforePrev.norm)) return false;
  return PREPOSITIONS.has(n) || pastForms.has(n) || (n.length > 4 && n.endsWith('ed'));
}

/** The subject group before token `before`: "A and B held talks" -> [A, B]. */
function subject(
  doc: Document,
  s: Sentence,
  v: SentenceActors,
  before: number,
  pastForms: ReadonlySet<string>,
  /** For the patient of a passive: "a camp for Congolese refugees was attacked" — the refugees, if nothing else. */
  objectFallback = false,
): ActorMention[] {
  const inSentence = v.actors.filter((m) => m.tokenEnd <= before);
  const found = subjectOf(doc, s, inSentence, pastForms);
  if (found.length > 0 || !objectFallback) return found;
  const last = inSentence[inSentence.length - 1];
  return last && last.tokenEnd >= before - 1 ? [last] : [];
}

function subjectOf(doc: Document, s: Sentence, inSentence: ActorMention[], pastForms: ReadonlySet<string>): ActorMention[] {
  for (let k = inSentence.length - 1; k >= 0; k--) {
    const m = inSentence[k] as ActorMention;
    if (m.tokenStart > s.tokenStart && objectPosition(doc.tokens[m.tokenStart - 1], pastForms, doc.tokens[m.tokenStart - 2])) continue;
    const group = inSentence.filter((x) => x.tokenStart === m.tokenStart);
    let first = m.tokenStart;
    for (;;) {
      let j = first - 1;
      if (doc.tokens[j]?.norm === 'and' && doc.tokens[j - 1]?.norm === ',') j--;
      const sep = doc.tokens[j]?.norm;
      if (sep !== 'and' && sep !== ',') break;
      const left = inSentence.filter((x) => x.tokenEnd === j);
      if (left.length === 0) break;
      // "The US commander in Iraq, General Petraeus": a prepositional object does not join the subject
      if (objectPosition(doc.tokens[(left[0] as ActorMention).tokenStart - 1], pastForms)) break;
      group.unshift(...left);
      first = (left[0] as ActorMention).tokenStart;
    }
    return preferPerson(doc, s, inSentence, dropEntourage(group));
  }
  return [];
}

/**
 * Protests, coercion and violence aimed at no named actor are aimed at the place where they happen: "Albanians
 * demonstrated on Tuesday in Serbia" is a protest against Serbia, "shelling in Gaza" strikes Gaza.
 */
const PLACE_TARGET_ROOTS = new Set(['14', '17', '18', '19', '20']);
const VISIT_CODES = new Set(['042', '043', '044']);

function placeAfter(doc: Document, s: Sentence, v: SentenceActors, from: number): ActorMention | undefined {
  for (let i = from; i < Math.min(s.tokenEnd, from + 8); i++) {
    const n = doc.tokens[i]?.norm;
    if (n === ';' || n === ':' || n === 'which' || n === 'who' || n === 'while') return undefined;
    if (n !== 'in' && n !== 'inside' && n !== 'across' && n !== 'throughout') continue;
    const m = v.actors.find(
      (a) => a.tokenStart === i + 1 || (a.tokenStart === i + 2 && doc.tokens[i + 1]?.norm === 'the'),
    );
    if (m && (m.kind === 'country' || m.kind === 'metonym')) return m;
  }
  return undefined;
}

/** "Modi's visit to Moscow": an actor in the possessive right before a nominal trigger is its agent. */
function possessor(doc: Document, v: SentenceActors, triggerStart: number): ActorMention | undefined {
  const apostrophe = doc.tokens[triggerStart - 1];
  if (!apostrophe || (apostrophe.norm !== "'s" && apostrophe.norm !== "'")) return undefined;
  return v.actors.find((m) => m.tokenEnd === triggerStart - 1);
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
function preferPerson(doc: Document, s: Sentence, before: ActorMention[], group: ActorMention[]): ActorMention[] {
  if (group.length !== 1) return group;
  const only = group[0] as ActorMention;
  if (only.kind !== 'agent' || only.name || only.role !== 'GOV') return group;
  const person = before.find(
    (m) =>
      m.tokenEnd <= only.tokenStart &&
      m.name !== null &&
      m.country === only.country &&
      (m.tokenStart === s.tokenStart || !PREPOSITIONS.has(doc.tokens[m.tokenStart - 1]?.norm ?? '')),
  );
  return person ? [person] : group;
}

function sameActor(a: ActorMention, b: ActorMention): boolean {
  if (a === b) return true;
  if (a.name && b.name) return a.name === b.name && a.code === b.code;
  return a.tokenStart === b.tokenStart && a.tokenEnd === b.tokenEnd && a.code === b.code;
}

function candidates(doc: Document, s: Sentence, v: SentenceView, ctx: StageContext): Candidate[] {
  const out: Candidate[] = [];
  const byAnchor = ctx.knowledge.events.byAnchor;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const rules = byAnchor.get(doc.tokens[i]?.norm ?? '');
    if (!rules) continue;
    for (const rule of rules) {
      const match = matchPattern(rule.compiled, v, i);
      if (match) out.push({ rule, match });
    }
  }
  // longest trigger first, then lexicon order; a match sharing a trigger word with a kept one is dropped
  out.sort((a, b) => b.match.wordTokens.length - a.match.wordTokens.length || a.rule.order - b.rule.order);
  const kept: Candidate[] = [];
  for (const c of out) if (!kept.some((k) => overlaps(k.match, c.match))) kept.push(c);
  return kept;
}

/**
 * Two matches describe the same words when they share their first word, when one's first word is inside the
 * other, or when they share two or more words; "paid an official visit to" and "visit to" overlap, "the third stop
 * ... by" and "visit by ... which included" do not.
 */
function overlaps(a: PatternMatch, b: PatternMatch): boolean {
  const anchorA = a.wordTokens[0];
  const anchorB = b.wordTokens[0];
  if (anchorA === undefined || anchorB === undefined) return false;
  if (b.wordTokens.includes(anchorA) || a.wordTokens.includes(anchorB)) return true;
  let shared = 0;
  for (const t of a.wordTokens) if (b.wordTokens.includes(t)) shared++;
  return shared >= 2;
}

interface Coded {
  code: string;
  modality: EventMention['modality'];
  rules: string[];
}

/**
 * What the words before the trigger do to a match: negation, speculation and conditionals drop it (null); "threatened
 * to" makes it a threat (13x); intent words ("will", "plans to") make it an expression of intent (03x) or drop it when
 * its root has no intent code.
 */
function modalityOf(
  doc: Document,
  s: Sentence,
  rule: CompiledEventRule & { code: string },
  windowStart: number,
  triggerStart: number,
  ctx: StageContext,
): Coded | null {
  const mod = ctx.knowledge.modality;
  if (hasPhrase(doc.tokens, windowStart, triggerStart, mod.negation)) return null;
  if (hasPhrase(doc.tokens, windowStart, triggerStart, mod.speculation)) return null;
  if (isConditional(doc.tokens, s.tokenStart, triggerStart, mod)) return null;
  const out: Coded = { code: rule.code, modality: rule.modality ?? 'asserted', rules: [rule.id] };
  if (!out.code.startsWith('13') && hasPhrase(doc.tokens, windowStart, triggerStart, mod.threat)) {
    // "threatened to break relations with Russia": the threat is the event
    out.code = mod.file.threat.codes[out.code.slice(0, 2)] ?? '130';
    out.rules.push(mod.file.threat.id);
  } else if (out.modality === 'asserted' && hasPhrase(doc.tokens, windowStart, triggerStart, mod.intent)) {
    const intentCode = mod.file.intent.codes[out.code.slice(0, 2)];
    if (!intentCode) return null;
    if (!out.code.startsWith('03') && !out.code.startsWith('13')) out.code = intentCode;
    out.modality = 'intended';
    out.rules.push(mod.file.intent.id);
  }
  if (out.modality === 'intended' && !ctx.options.emitIntended) return null;
  return out;
}

/** The events of one match: who did it (subject, possessor or @S), to whom (@T, passive subject or place), how. */
function eventsOf(doc: Document, s: Sentence, v: SentenceActors, c: Candidate, ctx: StageContext): EventMention[] {
  const { rule, match } = c;
  if (rule.code === null) return [];
  const triggerStart = match.wordTokens[0] ?? match.start;
  const triggerEnd = (match.wordTokens[match.wordTokens.length - 1] ?? match.start) + 1;
  const past = ctx.knowledge.pastForms;
  const among = rule.direction === 'among';
  const owner = possessor(doc, v, match.start);
  const sources = rule.hasSource
    ? match.sources
    : among
      ? []
      : owner
        ? [owner]
        : subject(doc, s, v, match.start, past);
  const targets = [...(rule.hasSource && !rule.hasTarget ? subject(doc, s, v, match.start, past, true) : match.targets)];
  if (among ? targets.length < 2 : sources.length === 0) return [];
  const subjEnd = Math.max(s.tokenStart, ...sources.map((m) => (m.tokenEnd <= triggerStart ? m.tokenEnd : s.tokenStart)));
  const coded = modalityOf(doc, s, { ...rule, code: rule.code }, Math.max(subjEnd, triggerStart - 5), triggerStart, ctx);
  if (!coded) return [];
  const { code, modality, rules } = coded;
  const trigger = { start: doc.tokens[triggerStart]?.start ?? s.start, end: doc.tokens[triggerEnd - 1]?.end ?? s.end };
  const out: EventMention[] = [];
  const emit = (src: ActorMention, tgt: ActorMention | null) => {
    if (tgt && sameActor(src, tgt)) return;
    if (tgt && src.country !== null && src.country === tgt.country && src.role === tgt.role) return;
    // a visit, hosting or summit trip is travel between countries, never to one's own
    if (tgt && VISIT_CODES.has(code) && src.country !== null && src.country === tgt.country) return;
    out.push({ sentence: s.index, code, source: src, target: tgt, trigger, modality, rules: [...rules] });
  };
  if (!among && targets.length === 0 && PLACE_TARGET_ROOTS.has(code.slice(0, 2))) {
    const place = placeAfter(doc, s, v, triggerEnd);
    if (place) targets.push(place);
  }
  const reciprocal = rule.direction === 'reciprocal';
  if (among) {
    for (const a of targets) for (const b of targets) if (a !== b) emit(a, b);
  } else if (targets.length > 0) {
    for (const src of sources) {
      for (const tgt of targets) {
        emit(src, tgt);
        if (reciprocal) emit(tgt, src);
      }
    }
  } else if (reciprocal && sources.length > 1) {
    for (const a of sources) for (const b of sources) if (a !== b) emit(a, b);
  } else if (!reciprocal) {
    for (const src of sources) emit(src, null);
  }
  return out;
}

export const matchEvents: Stage = {
  name: 'match-events',
  requires: ['actors', 'coreference'],
  provides: ['events'],
  run(doc, ctx) {
    const events: EventMention[] = [];
    const sentenceActors = bySentence(doc);
    for (const s of doc.sentences) {
      if (doc.text.slice(s.start, s.end).trimEnd().endsWith('?')) continue;
      const v = view(doc, s, sentenceActors[s.index] ?? []);
      const found = candidates(doc, s, v, ctx);
      // backoff rules ("agreed to", "demanded") speak only when no specific rule coded an event in the sentence,
      // and of several, only the first in the sentence (usually the main verb)
      const firstBackoff = found
        .filter((c) => c.rule.backoff)
        .reduce<Candidate | undefined>((a, c) => (!a || c.match.start < a.match.start ? c : a), undefined);
      const sentenceEvents: EventMention[] = [];
      for (const c of found) if (!c.rule.backoff) sentenceEvents.push(...eventsOf(doc, s, v, c, ctx));
      if (sentenceEvents.length === 0 && firstBackoff) sentenceEvents.push(...eventsOf(doc, s, v, firstBackoff, ctx));
      events.push(...sentenceEvents);
    }
    doc.events = events;
  },
};
