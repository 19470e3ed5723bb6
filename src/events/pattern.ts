/**
 * Event patterns: compiled once from the lexicon's text form (see data/README.md).
 *
 *   word        a word, matched on its folded form ("talks")
 *   a|b         one of several words in one slot; each may be a <verb>
 *   <verb>      every inflection of the verb ("<hold>" = hold, holds, held, holding)
 *   x?          the element is optional (also "(a|b)?")
 *   *N          a gap of up to N tokens (N <= 6)
 *   @S  @T      the source / target actor slot; "@T+" takes a coordinated list ("A, B and C")
 *
 * A pattern starts with a word (its anchor, used to index the rules), so matching is one map lookup per token.
 */
import { ParleyError } from '../errors.js';
import { foldKey } from '../text/fold.js';
import { type VerbData, verbForms } from './inflect.js';

export type PatternElement =
  | { kind: 'word'; words: ReadonlySet<string>; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'slot'; role: 'S' | 'T'; list: boolean; optional: boolean };

export interface CompiledPattern {
  elements: readonly PatternElement[];
  /** Words that can start the pattern. */
  anchors: ReadonlySet<string>;
  /** The words of each required word element after the anchor: a sentence lacking one cannot match. */
  required: readonly ReadonlySet<string>[];
}

function expandWord(w: string, verbs: VerbData): string[] {
  const verb = /^<([a-z-]+)>$/i.exec(w);
  if (verb?.[1]) return verbForms(verb[1], verbs);
  return [foldKey(w)];
}

export function compilePattern(ruleId: string, pattern: string, verbs: VerbData, file: string): CompiledPattern {
  const fail = (msg: string): never => {
    throw new ParleyError('lexicon.bad-pattern', `rule ${ruleId}: ${msg} in pattern "${pattern}".`, {
      file,
      hint: 'See data/README.md for the pattern syntax.',
    });
  };
  const elements: PatternElement[] = [];
  for (const raw of pattern.trim().split(/\s+/)) {
    const gap = /^\*(\d)$/.exec(raw);
    if (gap?.[1]) {
      const max = Number(gap[1]);
      if (max < 1 || max > 6) fail(`gap ${raw} must be *1 to *6`);
      elements.push({ kind: 'gap', max });
      continue;
    }
    const slot = /^@([ST])(\+)?(\?)?$/.exec(raw);
    if (slot?.[1]) {
      elements.push({ kind: 'slot', role: slot[1] as 'S' | 'T', list: slot[2] === '+', optional: slot[3] === '?' });
      continue;
    }
    const optional = raw.endsWith('?') && raw.length > 1;
    const body = (optional ? raw.slice(0, -1) : raw).replace(/^\((.*)\)$/, '$1');
    if (!body || /[()@*]/.test(body)) fail(`cannot read "${raw}"`);
    const words = new Set(body.split('|').flatMap((w) => (w ? expandWord(w, verbs) : fail(`empty alternative in "${raw}"`))));
    elements.push({ kind: 'word', words, optional });
  }
  const first = elements[0];
  if (!first || first.kind !== 'word' || first.optional) fail('a pattern must start with a required word');
  if (elements.every((e) => e.kind !== 'word')) fail('a pattern needs at least one word');
  const last = elements[elements.length - 1];
  if (last?.kind === 'gap') fail('a pattern cannot end with a gap');
  const required = elements
    .slice(1)
    .filter((e): e is Extract<PatternElement, { kind: 'word' }> => e.kind === 'word' && !e.optional)
    .map((e) => e.words);
  return { elements, anchors: (first as { words: ReadonlySet<string> }).words, required };
}
