/**
 * Stage: the event lexicon over each sentence. For every rule that matches: the trigger, the source (the pattern's
 * @S slot, else the subject: the nearest actor group before the trigger that is not the object of a preposition),
 * the targets (@T; for a rule with @S and no @T, the subject is the target: "A received weapons from B" -> B to A),
 * then modality: negated, conditional, speculative and questioned events are dropped, intended ones are recoded
 * as intent (03x/13x). Overlapping matches keep the longest trigger. Violence reported by a party at the head of the
 * sentence becomes that party's accusation (events/reported-speech.ts).
 */
import type { ActorMention, Document, EventMention, Sentence } from '../document.js';
import type { CompiledEventRule } from '../events/lexicon.js';
import { type PatternMatch, type SentenceView, matchPattern } from '../events/match.js';
import { hasPhrase, isConditional } from '../events/modality.js';
import { foldPurposes } from '../events/purpose.js';
import { allegations } from '../events/reported-speech.js';
import {
  PLACE_TARGET_ROOTS,
  type SentenceActors,
  VISIT_CODES,
  bySentence,
  complementTarget,
  placeAfter,
  possessor,
  subject,
  view,
} from '../events/participants.js';
import type { Grammar } from '../knowledge/grammar.js';
import type { Stage, StageContext } from '../pipeline.js';

interface Candidate {
  rule: CompiledEventRule;
  match: PatternMatch;
}

function sameActor(a: ActorMention, b: ActorMention): boolean {
  if (a === b) return true;
  if (a.name && b.name) return a.name === b.name && a.code === b.code;
  return a.tokenStart === b.tokenStart && a.tokenEnd === b.tokenEnd && a.code === b.code;
}

/** Per-document scratch for the prefilter: the sentence in which each required word set was last satisfied. */
interface Prefilter {
  satisfied: Int32Array;
}

function candidates(doc: Document, s: Sentence, v: SentenceView, ctx: StageContext, pre: Prefilter): Candidate[] {
  const out: Candidate[] = [];
  const lexicon = ctx.knowledge.events;
  const stamp = s.index + 1;
  // one lookup per token: mark the required word sets the sentence satisfies, and note where rules start
  const starts: number[] = [];
  const startRules: (readonly CompiledEventRule[])[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const w = lexicon.words.get(doc.tokens[i]?.norm ?? '');
    if (!w) continue;
    if (w.sets) for (const id of w.sets) pre.satisfied[id] = stamp;
    if (w.rules) {
      starts.push(i);
      startRules.push(w.rules);
    }
  }
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k] as number;
    rules: for (const rule of startRules[k] as readonly CompiledEventRule[]) {
      for (const id of rule.requiredIds) if (pre.satisfied[id] !== stamp) continue rules;
      const match = matchPattern(rule.compiled, v, i);
      if (match) out.push({ rule, match });
    }
  }
  // longest trigger first, then specific before backoff, then lexicon order (the caller keeps the first of
  // overlapping matches)
  out.sort(
    (a, b) =>
      b.match.wordTokens.length - a.match.wordTokens.length ||
      Number(a.rule.backoff ?? false) - Number(b.rule.backoff ?? false) ||
      a.rule.order - b.rule.order,
  );
  return out;
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
  /** A refusal goes from the one who refuses to the other, even for a reciprocal rule ("declined to meet"). */
  forwardOnly?: boolean;
  /** An intention is its subjects' (each other's when coordinated), never the object's. */
  noReverse?: boolean;
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
  const refused = hasPhrase(doc.tokens, windowStart, triggerStart, mod.refusal);
  const negated = hasPhrase(doc.tokens, windowStart, triggerStart, mod.negation);
  // "X said it would not provide support" declares a refusal; "the minister will not travel" only reports a plan
  const declared =
    negated &&
    hasPhrase(doc.tokens, windowStart, triggerStart, mod.intent) &&
    doc.tokens.slice(s.tokenStart, triggerStart).some((t) => ctx.knowledge.grammar.clauseVerbs.has(t.norm));
  if (refused || declared) {
    // "declined to meet", "would not provide support": the refusal is the event
    const refusal = mod.file.refusal.codes[rule.code.slice(0, 2)];
    if (!refusal || isConditional(doc.tokens, s.tokenStart, triggerStart, mod)) return null;
    return { code: refusal, modality: 'asserted', rules: [rule.id, mod.file.refusal.id], forwardOnly: true };
  }
  if (negated) return null;
  if (hasPhrase(doc.tokens, windowStart, triggerStart, mod.speculation)) return null;
  if (isConditional(doc.tokens, s.tokenStart, triggerStart, mod)) return null;
  const out: Coded = { code: rule.code, modality: rule.modality ?? 'asserted', rules: [rule.id] };
  const adjuncts = ctx.knowledge.grammar.adjuncts;
  if (!out.code.startsWith('13') && hasPhrase(doc.tokens, windowStart, triggerStart, mod.threat, adjuncts)) {
    // "threatened to break relations with Russia": the threat is the event
    out.code = mod.file.threat.codes[out.code.slice(0, 2)] ?? '130';
    out.rules.push(mod.file.threat.id);
  } else if (out.modality === 'asserted' && hasPhrase(doc.tokens, windowStart, triggerStart, mod.intent, adjuncts)) {
    // an expression of intent (03x) or a threat (13x) is already about the future: "is seeking to deepen ties"
    const already = out.code.startsWith('03') || out.code.startsWith('13');
    const intentCode = already ? out.code : mod.file.intent.codes[out.code.slice(0, 2)];
    if (!intentCode) return null;
    out.code = intentCode;
    out.modality = 'intended';
    out.rules.push(mod.file.intent.id);
    // "Japan will hold a summit with ASEAN": the intention is the subject's, not the object's
    out.noReverse = true;
  }
  if (out.modality === 'intended' && !ctx.options.emitIntended) return null;
  return out;
}

/**
 * A group with no country of its own that acts in a country's territory, as a copy that belongs to that country
 * (the rule of roles.json `located_groups`, applied to the place of the event rather than to "in" after the noun).
 */
function locatedIn(src: ActorMention, place: ActorMention, ctx: StageContext): ActorMention {
  const located = ctx.knowledge.actorLexicon.locatedGroups;
  if (src.country !== null || !place.country || !src.code.startsWith('---') || !src.role || !located.roles.has(src.role)) {
    return src;
  }
  return {
    ...src,
    country: place.country,
    code: `${place.code.slice(0, 3)}${src.code.slice(3)}`,
    rules: [...src.rules, located.id],
  };
}

/**
 * Where the trigger's verb group starts: auxiliaries and modal words sit right before the verb, so a determiner or a
 * comma between them and the trigger means they belong to another verb ("agreed to a truce brokered by Egypt":
 * "agreed to" is not about "brokered").
 */
function verbGroupStart(doc: Document, from: number, triggerStart: number, ctx: StageContext): number {
  const determiners = ctx.knowledge.grammar.determiners;
  for (let i = triggerStart - 1; i >= from; i--) {
    const n = doc.tokens[i]?.norm ?? '';
    if (determiners.has(n) || n === ',' || n === ';' || n === ':') return i + 1;
  }
  return from;
}

/**
 * Words that match a rule but report no act where they stand: a charge ("accused Israel of killing", "jailed for
 * helping": a gerund after "of"/"for"/"with"), what someone is asked to do (see askedFor), and an adjective ("the
 * detained fishermen", "its stated aim": a participle after a determiner).
 */
function notAnAct(doc: Document, s: Sentence, rule: CompiledEventRule, triggerStart: number, g: Grammar): boolean {
  const head = doc.tokens[triggerStart]?.norm ?? '';
  const before = doc.tokens[triggerStart - 1]?.norm ?? '';
  if (head.length > 4 && head.endsWith('ing') && !g.ingNouns.has(head) && g.gerundCharges.has(before)) return true;
  if (askedFor(doc, s, triggerStart, g)) return true;
  return !rule.nominal && head.endsWith('ed') && (g.determiners.has(before) || g.possessives.has(before));
}

/**
 * "urged Turkey to halt its offensive", "an appeal from the president to lay down their arms": an infinitive after a
 * word of asking names what was asked for. The appeal is coded by its own rule; the asked-for act is no event. The
 * word of asking must be in the same clause, at most eight words back.
 */
function askedFor(doc: Document, s: Sentence, triggerStart: number, g: Grammar): boolean {
  if (doc.tokens[triggerStart - 1]?.norm !== 'to') return false;
  for (let i = triggerStart - 2; i >= Math.max(s.tokenStart, triggerStart - 9); i--) {
    const n = doc.tokens[i]?.norm ?? '';
    if (n === ',' || n === ';' || n === ':') return false;
    if (g.directiveWords.has(n)) return true;
  }
  return false;
}

/** The events of one match: who did it (subject, possessor or @S), to whom (@T, passive subject or place), how. */
function eventsOf(doc: Document, s: Sentence, v: SentenceActors, c: Candidate, ctx: StageContext): EventMention[] {
  const { rule, match } = c;
  if (rule.code === null) return [];
  const triggerStart = match.wordTokens[0] ?? match.start;
  const triggerEnd = (match.wordTokens[match.wordTokens.length - 1] ?? match.start) + 1;
  const past = ctx.knowledge.pastForms;
  if (notAnAct(doc, s, rule, triggerStart, ctx.knowledge.grammar)) return [];
  const among = rule.direction === 'among';
  // a nominal rule's noun may come after other trigger words: "killed in Azerbaijani shelling"
  const owner = rule.nominal
    ? match.wordTokens.map((t) => possessor(doc, v, t, true)).find((m) => m !== undefined)
    : possessor(doc, v, match.start);
  let sources = rule.hasSource
    ? match.sources
    : among
      ? []
      : owner
        ? [owner]
        : rule.nominal
          ? []
          : subject(doc, s, v, match.start, past);
  const targets = [...(rule.hasSource && !rule.hasTarget ? subject(doc, s, v, match.start, past, true) : match.targets)];
  if (among ? targets.length < 2 : sources.length === 0) return [];
  const subjEnd = Math.max(s.tokenStart, ...sources.map((m) => (m.tokenEnd <= triggerStart ? m.tokenEnd : s.tokenStart)));
  const windowStart = verbGroupStart(doc, Math.max(subjEnd, triggerStart - 5), triggerStart, ctx);
  const coded = modalityOf(doc, s, { ...rule, code: rule.code }, windowStart, triggerStart, ctx);
  if (!coded) return [];
  const { code, modality, rules } = coded;
  const direction = coded.forwardOnly ? 'forward' : rule.direction;
  const trigger = { start: doc.tokens[triggerStart]?.start ?? s.start, end: doc.tokens[triggerEnd - 1]?.end ?? s.end };
  const out: EventMention[] = [];
  let place: ActorMention | undefined;
  const emit = (src: ActorMention, tgt: ActorMention | null) => {
    if (tgt && (tgt === place ? src === tgt : sameActor(src, tgt))) return;
    // an actor's dealings with itself ("the UN chief asked the Security Council") are internal, not events
    if (tgt && src.code === tgt.code && src.country === null) return;
    // ... but a state's coercion of a place in its own land is an event: "Kenya imposed a curfew in Nairobi"
    if (tgt && tgt !== place && src.country !== null && src.country === tgt.country && src.role === tgt.role) return;
    // a visit, hosting or summit trip is travel between countries, never to one's own
    if (tgt && VISIT_CODES.has(code) && src.country !== null && src.country === tgt.country) return;
    out.push({ sentence: s.index, code, source: src, target: tgt, trigger, modality, rules: [...rules] });
  };
  if (!among && targets.length === 0 && PLACE_TARGET_ROOTS.has(code.slice(0, 2))) {
    place = placeAfter(doc, s, v, triggerEnd);
    if (place) targets.push(place);
  }
  // "ethnic Albanians demonstrated in Serbia": protesters with no country of their own protest where they live
  const where = targets.length === 1 ? (targets[0] as ActorMention) : undefined;
  const inPlace = (m: ActorMention) =>
    m === place || ctx.knowledge.actorLexicon.locatedGroups.prepositions.has(doc.tokens[m.tokenStart - 1]?.norm ?? '');
  if (where && code.startsWith('14') && inPlace(where)) sources = sources.map((src) => locatedIn(src, where, ctx));
  if (!among && targets.length === 0 && !rule.hasTarget && direction !== 'reciprocal') {
    targets.push(...complementTarget(doc, s, v, triggerEnd, sources));
  }
  if (rule.needs_target && targets.length === 0) return [];
  const reciprocal = direction === 'reciprocal';
  if (among) {
    for (const a of targets) for (const b of targets) if (a !== b) emit(a, b);
  } else if (targets.length > 0) {
    for (const src of sources) {
      for (const tgt of targets) {
        emit(src, tgt);
        if (reciprocal && !coded.noReverse) emit(tgt, src);
      }
    }
  } else if (reciprocal && sources.length > 1) {
    for (const a of sources) for (const b of sources) if (a !== b) emit(a, b);
  } else if (!reciprocal) {
    for (const src of sources) emit(src, null);
  }
  return out;
}

/** Does the text [start, end) end with a question mark (before trailing blanks)? */
function isQuestion(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && /\s/.test(text[i] ?? '')) i--;
  return text[i] === '?';
}

export const matchEvents: Stage = {
  name: 'match-events',
  requires: ['actors', 'coreference'],
  provides: ['events'],
  run(doc, ctx) {
    const events: EventMention[] = [];
    const sentenceActors = bySentence(doc);
    const pre: Prefilter = { satisfied: new Int32Array(ctx.knowledge.events.requiredSets) };
    for (const s of doc.sentences) {
      // no actor, no event: most sentences are skipped here
      const actors = sentenceActors[s.index] ?? [];
      if (actors.length === 0 || isQuestion(doc.text, s.start, s.end)) continue;
      const v = view(doc, s, actors, ctx.knowledge.grammar);
      // of overlapping matches the first (longest) is kept; a noun rule that finds no agent gives its words back
      // ("the withdrawal" with no one withdrawing leaves "demanded the withdrawal of" to the demand rule)
      const kept: Candidate[] = [];
      const sentenceEvents: EventMention[] = [];
      for (const c of candidates(doc, s, v, ctx, pre)) {
        if (kept.some((k) => overlaps(k.match, c.match))) continue;
        if (c.rule.backoff) {
          kept.push(c);
          continue;
        }
        const found = eventsOf(doc, s, v, c, ctx);
        if (c.rule.nominal && found.length === 0) continue;
        kept.push(c);
        sentenceEvents.push(...found);
      }
      // backoff rules ("agreed to", "demanded") speak only when no specific rule coded an event in the sentence,
      // and of several, only the first in the sentence (usually the main verb)
      const firstBackoff = kept
        .filter((c) => c.rule.backoff)
        .reduce<Candidate | undefined>((a, c) => (!a || c.match.start < a.match.start ? c : a), undefined);
      const backoff = firstBackoff ? eventsOf(doc, s, v, firstBackoff, ctx) : [];
      // a backoff protest speaks beside specific events only when they are its purpose ("marched to demand ...");
      // folding replaces such a head with a new object, so the untouched backoff events are the ones to drop
      const folded =
        sentenceEvents.length === 0
          ? foldPurposes(doc, backoff, ctx.knowledge.clauses)
          : foldPurposes(doc, [...backoff, ...sentenceEvents], ctx.knowledge.clauses).filter((e) => !backoff.includes(e));
      events.push(...allegations(doc, s, v, folded, ctx.knowledge.modality, ctx.knowledge.pastForms));
    }
    doc.events = events;
  },
};
