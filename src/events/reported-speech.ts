/**
 * Reported violence at the head of a sentence: "The US claimed that ISIL had attacked Iraq" asserts a claim, not an
 * attack. The speaker's accusation of the alleged perpetrator (CAMEO 112) replaces the reported act. Attribution at
 * the end of a sentence ("..., officials said") is the reporter's sourcing: those events stay as they are, and so
 * do claims about one's own side ("Moscow said its troops struck ...") and statements by unnamed speakers ("medics
 * said"). Rule and words: `allegation` in data/lexicon/en/modality.json.
 */
import type { ActorMention, Document, EventMention, Sentence } from '../document.js';
import type { Modality } from './modality.js';
import { type SentenceActors, subject } from './participants.js';

/** A speaker that says who it is: a country, a state body, a named person or an organisation. */
function political(m: ActorMention): boolean {
  return m.country !== null || m.name !== null || !m.code.startsWith('---');
}

export function allegations(
  doc: Document,
  s: Sentence,
  v: SentenceActors,
  events: readonly EventMention[],
  modality: Modality,
  pastForms: ReadonlySet<string>,
): EventMention[] {
  if (!events.some((e) => modality.allegedRoots.has(e.code.slice(0, 2)))) return [...events];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const tok = doc.tokens[i];
    if (!tok || !modality.speechVerbs.has(tok.norm)) continue;
    const speakers = subject(doc, s, v, i, pastForms).filter(political);
    const speaker = speakers[0];
    if (!speaker) return [...events];
    const out: EventMention[] = [];
    for (const e of events) {
      const alleged =
        modality.allegedRoots.has(e.code.slice(0, 2)) &&
        e.trigger.start > tok.end &&
        !inRelativeClause(doc, i, e.trigger.start) &&
        e.source !== null &&
        e.source.code !== speaker.code &&
        (speaker.country === null || e.source.country !== speaker.country);
      if (!alleged || !e.source) {
        out.push(e);
        continue;
      }
      // "claimed that ISIL had attacked Iraq and taken Mosul": one accusation
      if (out.some((o) => o.rules[0] === modality.file.allegation.id && o.target === e.source)) continue;
      out.push({
        ...e,
        code: modality.file.allegation.code,
        source: speaker,
        target: e.source,
        rules: [modality.file.allegation.id, ...e.rules],
      });
    }
    return out;
  }
  return [...events];
}

/**
 * Is the trigger at character `triggerStart` inside a relative clause of the reported clause that starts after the
 * speech verb at token `verb`? "said that Sudan must return a helicopter that was captured by ...": the first
 * "that" within four words of the verb introduces what was said; a later "that", "which" or "who" starts a clause
 * about a noun, which is background, not the claim.
 */
function inRelativeClause(doc: Document, verb: number, triggerStart: number): boolean {
  for (let i = verb + 1; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!t || t.start >= triggerStart) return false;
    if (t.norm === 'which' || t.norm === 'who' || t.norm === 'whom') return true;
    if (t.norm === 'that' && i > verb + 4) return true;
  }
  return false;
}

