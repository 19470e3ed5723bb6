/**
 * Negation, intent, conditionals and questions (data/lexicon/en/modality.json). Each check looks at the few words
 * between the subject and the trigger, where English puts auxiliaries and negators ("did not sign", "will visit",
 * "was scheduled to meet").
 */
import { z } from 'zod';
import type { Token } from '../document.js';
import { phraseKeys } from '../text/phrase-keys.js';

const wordsEntry = z.object({ id: z.string(), reason: z.string(), words: z.array(z.string()) });
export const modalityFileSchema = z.object({
  negation: wordsEntry,
  /** Refusal words, and negated intent ("would not provide"), turn a cooperative event into a rejection (12x). */
  refusal: wordsEntry.extend({ codes: z.record(z.string().regex(/^\d{2}$/), z.string().regex(/^\d{3,4}$/)) }),
  intent: wordsEntry.extend({ codes: z.record(z.string().regex(/^\d{2}$/), z.string().regex(/^\d{3,4}$/)) }),
  conditional: wordsEntry.extend({ inversion: z.array(z.string()) }),
  question: wordsEntry,
  speculation: wordsEntry,
  threat: wordsEntry.extend({ codes: z.record(z.string().regex(/^\d{2}$/), z.string().regex(/^\d{3,4}$/)) }),
  /** Speech verbs that turn a reported act of violence into the speaker's accusation ("X claimed that Y attacked"). */
  allegation: wordsEntry.extend({ roots: z.array(z.string().regex(/^\d{2}$/)), code: z.string().regex(/^\d{3,4}$/) }),
});
export type ModalityFile = z.infer<typeof modalityFileSchema>;

export interface Modality {
  readonly file: ModalityFile;
  readonly negation: readonly string[][];
  readonly refusal: readonly string[][];
  readonly intent: readonly string[][];
  readonly speculation: readonly string[][];
  readonly threat: readonly string[][];
  readonly conditional: ReadonlySet<string>;
  readonly inversion: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly allegedRoots: ReadonlySet<string>;
}

export function compileModality(file: ModalityFile): Modality {
  return {
    file,
    negation: file.negation.words.map(phraseKeys),
    refusal: file.refusal.words.map(phraseKeys),
    intent: file.intent.words.map(phraseKeys),
    speculation: file.speculation.words.map(phraseKeys),
    threat: file.threat.words.map(phraseKeys),
    conditional: new Set(file.conditional.words.map((w) => w.toLowerCase())),
    inversion: new Set(file.conditional.inversion.map((w) => w.toLowerCase())),
    speechVerbs: new Set(file.allegation.words.map((w) => w.toLowerCase())),
    allegedRoots: new Set(file.allegation.roots),
  };
}

/**
 * Does one of `phrases` occur in tokens [from, to)? Between the words of a phrase, words in `skip` may stand
 * ("threatened on Monday to").
 */
export function hasPhrase(
  tokens: readonly Token[],
  from: number,
  to: number,
  phrases: readonly string[][],
  skip?: ReadonlySet<string>,
): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    for (const p of phrases) {
      if (p.length > 0 && tokens[i]?.norm === p[0] && phraseFrom(tokens, i, to, p, skip)) return true;
    }
  }
  return false;
}

function phraseFrom(tokens: readonly Token[], i: number, to: number, p: readonly string[], skip?: ReadonlySet<string>): boolean {
  let t = i + 1;
  for (let k = 1; k < p.length; k++) {
    while (skip && t < to && tokens[t]?.norm !== p[k] && skip.has(tokens[t]?.norm ?? '')) t++;
    if (t >= to || tokens[t]?.norm !== p[k]) return false;
    t++;
  }
  return true;
}

/** An "if"/"unless" before the trigger in the same clause (no comma between), or a sentence-opening inversion. */
export function isConditional(tokens: readonly Token[], sentenceStart: number, trigger: number, m: Modality): boolean {
  for (let i = trigger - 1; i >= sentenceStart; i--) {
    const n = tokens[i]?.norm ?? '';
    if (n === ',' || n === ';') return false;
    if (m.conditional.has(n)) return true;
    // "Should China blockade Taiwan, ...": an inverted auxiliary opening the sentence makes a condition
    if (i === sentenceStart && m.inversion.has(n) && tokens[i]?.upper) return true;
  }
  return false;
}
