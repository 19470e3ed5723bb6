/**
 * Word sequences for converted PETRARCH verb patterns: a verb's forms, its multi-word phrases, sets factored into
 * alternatives, and the rendering of a sequence as a Parley pattern and an example sentence. Used by import-verbs.ts.
 */
import { foldKey } from '../text/fold.js';
import { newScanResult, scanToken } from '../text/tokenize.js';
import type { VerbEntry, VerbWords } from './petrarch-verbs.js';

export type El = { kind: 'words'; alts: string[] } | { kind: 'gap'; max: number } | { kind: 'slot'; text: '@S' | '@T' | '@T+' };
export type Seq = El[];

export const MAX_GAP = 6;
export const NO_ABBREVIATIONS = { stems: new Map<string, boolean>(), dotted: new Map() };

/** A dictionary word as Parley's tokenizer cuts it ("DON'T" -> do, n't; "PEACE-KEEPING" stays one), folded. */
export function wordTokens(word: string): string[] {
  const out: string[] = [];
  const scan = newScanResult();
  for (let i = 0; i < word.length; ) {
    scanToken(word, i, word.length, NO_ABBREVIATIONS, scan);
    const end = Math.max(scan.end, i + 1);
    out.push(foldKey(word.slice(i, end)));
    i = end;
  }
  return out;
}

/** A token Parley's pattern syntax can hold as a word. */
export const PATTERN_WORD = /^[^\s()@*|]+$/;
export const usable = (t: string) => PATTERN_WORD.test(t) && !t.endsWith('?');

export function wordsSeq(words: readonly string[]): Seq | string {
  const seq: Seq = [];
  for (const w of words) {
    for (const t of wordTokens(w)) {
      if (!usable(t)) return `the word "${w}" cannot be written in a Parley pattern`;
      seq.push({ kind: 'words', alts: [t] });
    }
  }
  return seq;
}

/** The forms of one inflecting word: `<verb>` (Parley inflects it) when it is plain letters, else the word itself. */
export function inflected(verb: string): string[] | string {
  const tokens = wordTokens(verb);
  if (tokens.length !== 1 || !usable(tokens[0] ?? '')) return `the verb "${verb}" is not one word`;
  const t = tokens[0] ?? '';
  return /^[a-z-]+$/.test(t) ? [`<${t}>`] : [t];
}

export interface VerbPhrase {
  before: string[];
  after: string[];
  alts: string[];
}

/** A verb line -> its phrases: the inflecting word's forms, grouped by the fixed words around it. */
export function verbPhrases(v: VerbEntry): VerbPhrase[] | string {
  const forms: VerbWords[] = v.forms === null ? [v.base] : [v.base, ...v.forms];
  const groups = new Map<string, VerbPhrase>();
  for (const f of forms) {
    const before = f.before.flatMap(wordTokens);
    const after = f.after.flatMap(wordTokens);
    if (![...before, ...after].every(usable)) return `a word of "${v.text}" cannot be written in a Parley pattern`;
    const alts = v.forms === null ? inflected(f.verb) : wordTokens(f.verb);
    if (typeof alts === 'string') return alts;
    if (alts.length !== 1 && v.forms !== null) return `the verb form "${f.verb}" is not one word`;
    const key = `${before.join(' ')}|${after.join(' ')}`;
    const g = groups.get(key) ?? { before, after, alts: [] };
    for (const a of alts) if (!g.alts.includes(a)) g.alts.push(a);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/**
 * Word sequences -> as few sequences of alternatives as stand for exactly the same sequences: two rows that differ
 * in one position only become one row with both words there ("cruise missile", "guided missile" -> "cruise|guided
 * missile"). Rows of different lengths never merge.
 */
export function factor(tuples: readonly (readonly string[])[]): string[][][] {
  let rows: string[][][] = [];
  const seen = new Set<string>();
  for (const t of tuples) {
    const key = t.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(t.map((w) => [w]));
  }
  const keyOf = (row: string[][], skip: number) =>
    `${row.length}#${row.map((alts, i) => (i === skip ? '*' : [...alts].sort().join('|'))).join(' ')}`;
  for (let changed = true; changed; ) {
    changed = false;
    for (let pos = 0; pos < Math.max(0, ...rows.map((r) => r.length)); pos++) {
      const groups = new Map<string, string[][]>();
      const order: string[] = [];
      for (const row of rows) {
        const k = pos < row.length ? keyOf(row, pos) : `#${order.length}`;
        const g = groups.get(k);
        if (g) {
          for (const w of row[pos] ?? []) if (!g[pos]?.includes(w)) g[pos]?.push(w);
          changed = true;
        } else {
          groups.set(k, row.map((alts) => [...alts]));
          order.push(k);
        }
      }
      rows = order.map((k) => groups.get(k) as string[][]);
    }
  }
  return rows;
}

/** Sequences of the same length become one, with the words of each position as alternatives (matches more). */
export function loosen(choices: readonly Seq[]): Seq[] {
  const byLength = new Map<number, Seq>();
  for (const seq of choices) {
    const merged = byLength.get(seq.length);
    if (!merged) {
      byLength.set(seq.length, seq.map((e) => (e.kind === 'words' ? { kind: 'words', alts: [...e.alts] } : e)));
      continue;
    }
    seq.forEach((e, i) => {
      const m = merged[i];
      if (e.kind === 'words' && m?.kind === 'words') for (const a of e.alts) if (!m.alts.includes(a)) m.alts.push(a);
    });
  }
  return [...byLength.values()];
}

export const list = (lines: readonly number[]) => `${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', ...' : ''}`;

export const phraseSeq = (p: VerbPhrase): Seq => [
  ...p.before.map((w): El => ({ kind: 'words', alts: [w] })),
  { kind: 'words', alts: p.alts },
  ...p.after.map((w): El => ({ kind: 'words', alts: [w] })),
];

export function render(seq: Seq): string {
  return seq.map((e) => (e.kind === 'gap' ? `*${e.max}` : e.kind === 'slot' ? e.text : e.alts.join('|'))).join(' ');
}

/** Merges neighbouring gaps (up to *6) and drops gaps at either end. */
export function tidy(seq: Seq): Seq {
  const out: Seq = [];
  for (const e of seq) {
    const last = out[out.length - 1];
    if (e.kind === 'gap' && last?.kind === 'gap') last.max = Math.min(MAX_GAP, last.max + e.max);
    else out.push(e.kind === 'gap' ? { ...e } : e);
  }
  while (out[0]?.kind === 'gap') out.shift();
  while (out[out.length - 1]?.kind === 'gap') out.pop();
  return out;
}

/** A readable sentence for the rule's `example`: the pattern's words, the verb in its base form, A and B as actors. */
export function exampleOf(seq: Seq, subject: string): string {
  const words = seq.flatMap((e) => {
    if (e.kind === 'gap') return [];
    if (e.kind === 'slot') return [e.text === '@S' ? 'A' : e.text === '@T+' ? 'B and C' : 'B'];
    const w = e.alts[0] ?? '';
    return [w.replace(/^<(.*)>$/, '$1')];
  });
  return `${subject} ${words.join(' ')}.`;
}
