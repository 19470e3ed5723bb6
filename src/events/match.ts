/**
 * Matching one compiled pattern at one token of a sentence, with backtracking over optional words and gaps.
 * Actor slots take the mention that starts there (after determiners and premodifiers such as "several
 * high-level"); a list slot also takes the mentions coordinated with it ("A, B and C", "leaders, including A").
 */
import type { ActorMention, Token } from '../document.js';
import { type Grammar, isHyphenParticiple } from '../knowledge/grammar.js';
import type { CompiledPattern } from './pattern.js';

export interface SentenceView {
  tokens: readonly Token[];
  from: number;
  to: number;
  /** Mentions by their first token. */
  actorAt: ReadonlyMap<number, readonly ActorMention[]>;
  grammar: Grammar;
}

export interface PatternMatch {
  start: number;
  end: number;
  /** Token indexes matched by words (the trigger). */
  wordTokens: number[];
  sources: ActorMention[];
  targets: ActorMention[];
}

const NO_GAP = new Set([';', ':', '.', '?', '!']);

function skippable(v: SentenceView, p: number): boolean {
  const t = v.tokens[p];
  if (!t) return false;
  const g = v.grammar;
  if (g.slotSkippable.has(t.norm) || g.quantifiers.has(t.norm) || g.numberWords.has(t.norm) || t.shape === 'number') return true;
  // "from northern Iraq"
  if (g.placeModifiers.has(t.norm)) return true;
  if (t.norm === 'at' && v.tokens[p + 1]?.norm === 'least') return true;
  // "dozens of Somali migrants", "hundreds of protesters"
  const prev = v.tokens[p - 1];
  if (t.norm === 'of' && prev && (g.numberWords.has(prev.norm) || g.quantityHeads.has(prev.norm))) return true;
  return t.norm === 'to' && v.tokens[p - 1]?.norm === 'up';
}

function mentionsAt(v: SentenceView, i: number): { at: readonly ActorMention[]; end: number } | null {
  for (let p = i, k = 0; p < v.to && k <= 5; p++, k++) {
    const at = v.actorAt.get(p);
    if (at && at.length > 0) return { at, end: Math.max(...at.map((m) => m.tokenEnd)) };
    // "a government-held part of Syria", "the outskirts of Kabul": the place's actor fills the slot
    const n = v.tokens[p]?.norm ?? '';
    if (v.grammar.partitiveHeads.has(n) && v.tokens[p + 1]?.norm === 'of') {
      p++;
      continue;
    }
    if (!skippable(v, p) && !isHyphenParticiple(v.grammar, n)) return null;
  }
  return null;
}

/** The actor mentions of a slot starting at token `i`: one group, or with `list` a coordinated list ("A, B and C"). */
export function takeSlot(v: SentenceView, i: number, list: boolean): { mentions: ActorMention[]; end: number } | null {
  const first = mentionsAt(v, i);
  if (!first) return null;
  let mentions = [...first.at];
  let end = first.end;
  if (!list) return { mentions, end };
  for (;;) {
    let next: { at: readonly ActorMention[]; end: number } | null = null;
    let sep: readonly string[] | undefined;
    for (const s of v.grammar.listSeparators) {
      if (s.every((w, k) => end + k < v.to && v.tokens[end + k]?.norm === w)) {
        next = mentionsAt(v, end + s.length);
        // "shelled Kyiv, Russia said": an actor followed by a verb of saying is the speaker, not a list member
        if (next && v.grammar.clauseVerbs.has(v.tokens[next.end]?.norm ?? '')) next = null;
        if (next) {
          sep = s;
          break;
        }
      }
    }
    if (!next || !sep) break;
    // "leaders, including A and B": the group noun stands for its members
    if (sep.some((w) => v.grammar.groupOpeners.has(w)) && mentions.every((m) => m.country === null && !m.name)) mentions = [];
    mentions.push(...next.at);
    end = next.end;
  }
  return { mentions, end };
}

export function matchPattern(p: CompiledPattern, v: SentenceView, start: number): PatternMatch | null {
  const els = p.elements;
  // most tries fail on the word after the anchor: test it before building the backtracking state
  const second = els[1];
  if (second?.kind === 'word' && !second.optional) {
    const tok = start + 1 < v.to ? v.tokens[start + 1] : undefined;
    if (!tok || !second.words.has(tok.norm)) return null;
  }
  const words: number[] = [];
  const sources: ActorMention[] = [];
  const targets: ActorMention[] = [];
  const step = (e: number, t: number): number | null => {
    if (e === els.length) return t;
    const el = els[e];
    if (!el) return null;
    switch (el.kind) {
      case 'word': {
        const tok = t < v.to ? v.tokens[t] : undefined;
        if (tok && el.words.has(tok.norm)) {
          words.push(t);
          const r = step(e + 1, t + 1);
          if (r !== null) return r;
          words.pop();
        }
        return el.optional ? step(e + 1, t) : null;
      }
      case 'gap': {
        for (let k = 0; k <= el.max && t + k <= v.to; k++) {
          if (k > 0 && NO_GAP.has(v.tokens[t + k - 1]?.norm ?? '')) break;
          const r = step(e + 1, t + k);
          if (r !== null) return r;
        }
        return null;
      }
      case 'slot': {
        const slot = takeSlot(v, t, el.list);
        if (slot) {
          const into = el.role === 'S' ? sources : targets;
          const before = into.length;
          into.push(...slot.mentions);
          const r = step(e + 1, slot.end);
          if (r !== null) return r;
          into.length = before;
        }
        return el.optional ? step(e + 1, t) : null;
      }
    }
  };
  const end = step(0, start);
  if (end === null) return null;
  return { start, end, wordTokens: [...words], sources, targets };
}
