/**
 * Reads a PETRARCH verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt) into its parts, line by line, without
 * converting anything yet (import-verbs.ts does that). The format:
 *
 *     &SYNSET                      a synonym set: the "+" lines right below it are its members
 *     +WORD_OR PHRASE              ("_" or a blank between words; a label or member ending in "_" gets no plural)
 *     --- NAME [CODE] ---          a verb block: CODE is the code of its verbs ("---": they code nothing alone)
 *     VERB {FORMS} [CODE]          a verb of the block: "{...}" lists all its forms, "[...]" its own code
 *     WORD_+VERB_WORD {...}        a multi-word verb: "+" marks the word that inflects
 *     - PRE * POST [CODE]          a pattern: "*" the verb, "$" the source, "+" the target, "%" a compound actor,
 *                                  "^" a skipped phrase, "&SET" any member, "(...)" a prepositional phrase and
 *                                  "{...}" a noun phrase (PETRARCH 2); "_" joins consecutive words, a blank lets
 *                                  other words come between
 *     ~ ...                        a verb transformation (PETRARCH 2)
 *
 * Codes are "042", "042:043" (the second event goes from the target back to the source), ":173" (only that one) or
 * "---" (no event). Comments (`#`, `;`, `<!-- -->`) are dropped by petrarchLines. A line that cannot be read is
 * reported with its number and skipped; the rest of the file is still read.
 */
import type { ImportProblem } from './import-problems.js';
import { petrarchLines } from './petrarch-lines.js';

/** "042:043" -> forward 042, reverse 043; "---" -> neither. Codes are kept as written; import-verbs checks them. */
export interface VerbCode {
  raw: string;
  /** The event from source to target, or null. */
  forward: string | null;
  /** The event from target back to source ("[042:043]": the host receives the visit), or null. */
  reverse: string | null;
}

/** One form of a verb: the inflecting word and the words fixed before and after it ("WIRE_+TAP", "+CALL_OFF"). */
export interface VerbWords {
  before: string[];
  verb: string;
  after: string[];
}

export interface VerbEntry {
  line: number;
  text: string;
  /** The verb as written first on the line. */
  base: VerbWords;
  /** The forms listed in "{...}" (the base is added to them), or null: regular forms are made. */
  forms: VerbWords[] | null;
  /** The verb's own code, or null: the block's applies. */
  code: VerbCode | null;
  /** How an irregular line was read, for a warning. */
  note?: string;
}

export type PatternItem =
  | { kind: 'word'; text: string }
  | { kind: 'synset'; name: string }
  | { kind: 'verb' }
  | { kind: 'source' }
  | { kind: 'target' }
  | { kind: 'compound' }
  | { kind: 'skip' };

export interface PatternPart {
  item: PatternItem;
  /** "adjacent": joined to the part before by "_" (or inside "{...}"); "gap": by a blank, other words may come between. */
  join: 'adjacent' | 'gap';
}

export interface VerbPattern {
  line: number;
  text: string;
  parts: PatternPart[];
  code: VerbCode;
}

export interface VerbBlock {
  line: number;
  name: string;
  code: VerbCode;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
}

export interface SynsetMember {
  line: number;
  /** The words, or a single "&NAME" for a member that is another set. */
  words: string[];
  /** Make the plural of the last word too (not when the member or the label ends in "_"). */
  plural: boolean;
}

export interface Synset {
  line: number;
  name: string;
  members: SynsetMember[];
}

export interface ParsedVerbDictionary {
  synsets: Map<string, Synset>;
  blocks: VerbBlock[];
  problems: ImportProblem[];
  /** Lines that hold a verb, a pattern, a block header, a set label or member, or a transformation. */
  lines: number;
  /** Lines that look like a verb or a pattern, read or not. */
  verbLines: number;
  patternLines: number;
}

const NO_CODE: VerbCode = { raw: '---', forward: null, reverse: null };

/** The inside of "[...]" -> a VerbCode. Any text is kept; whether it is a CAMEO code is checked on conversion. */
export function parseVerbCode(inside: string): VerbCode {
  const raw = inside.trim();
  const [a = '', b] = raw.split(':', 2).map((s) => s.trim());
  const code = (s: string) => (s === '' || /^-+$/.test(s) ? null : s);
  return { raw, forward: code(a), reverse: b === undefined ? null : code(b) };
}

/** "RE_+ARREST" -> {before: [RE], verb: ARREST, after: []}, or an error message. */
function verbWords(text: string): VerbWords | string {
  const words = text
    .split(/[_\s]+/)
    .map((w) => w.trim())
    .filter(Boolean);
  if (words.length === 0) return 'a verb with no words';
  if (words.length === 1) {
    const only = (words[0] ?? '').replace(/^\+/, '');
    return /[\p{L}\p{N}]/u.test(only) ? { before: [], verb: only, after: [] } : `"${text}" is not a verb`;
  }
  const marked = words.flatMap((w, i) => (w.startsWith('+') ? [i] : []));
  if (marked.length !== 1) {
    return marked.length === 0
      ? `the multi-word verb "${text}" needs a "+" before the word that inflects (as in "+CALL_OFF", "WIRE_+TAP")`
      : `the multi-word verb "${text}" marks ${marked.length} words with "+"; mark only the one that inflects`;
  }
  const at = marked[0] ?? 0;
  const verb = (words[at] ?? '').slice(1);
  if (!/[\p{L}\p{N}]/u.test(verb)) return `"+" with no word after it in "${text}"`;
  return { before: words.slice(0, at), verb, after: words.slice(at + 1) };
}

/** "SPEED {SPEEDING SPEEDS SPED } [042]" -> the verb entry, or an error message. */
function parseVerbLine(line: number, text: string): VerbEntry | string {
  let rest = text;
  let code: VerbCode | null = null;
  const codeMatch = /\[([^\]]*)\]\s*$/.exec(rest);
  if (codeMatch) {
    code = parseVerbCode(codeMatch[1] ?? '');
    rest = rest.slice(0, codeMatch.index);
  }
  if (/[[\]]/.test(rest)) return `cannot read the code of "${text}" (expected "VERB {FORMS} [CODE]")`;
  let forms: VerbWords[] | null = null;
  const brace = /\{([^}]*)\}\s*$/.exec(rest);
  if (brace) {
    forms = [];
    // forms are separated by blanks (some dictionaries also put commas between them)
    for (const f of (brace[1] ?? '').trim().split(/[\s,]+/).filter(Boolean)) {
      const w = verbWords(f);
      if (typeof w === 'string') return w;
      forms.push(w);
    }
    rest = rest.slice(0, brace.index);
  }
  if (/[{}]/.test(rest)) return `cannot read the forms of "${text}" (expected "VERB {FORM FORM ...}")`;
  let phrase = rest.trim();
  let note: string | undefined;
  if (/\s/.test(phrase)) {
    if (phrase.includes('+')) return `"${phrase}": join the words of a multi-word verb with "_", not blanks`;
    // "LASH OUT": an English phrasal verb inflects its first word
    const joined = `+${phrase.replace(/\s+/g, '_')}`;
    note = `"${phrase}" read as "${joined}" (the first word inflects); write multi-word verbs with "_" and "+"`;
    phrase = joined;
  }
  const base = verbWords(phrase);
  if (typeof base === 'string') return base;
  return { line, text, base, forms, code, ...(note ? { note } : {}) };
}

const SLOT_ITEMS: Readonly<Record<string, PatternItem>> = {
  '*': { kind: 'verb' },
  $: { kind: 'source' },
  '+': { kind: 'target' },
  '%': { kind: 'compound' },
  '^': { kind: 'skip' },
};

/** The body of a pattern ("* (TO {BANNED PARTIES}) $") -> its parts, or an error message. */
export function parsePatternBody(body: string): PatternPart[] | string {
  const parts: PatternPart[] = [];
  let braces = 0;
  let parens = 0;
  for (const chunk of body.trim().split(/\s+/).filter(Boolean)) {
    let word = chunk;
    // "(" and "{" open a phrase, ")" and "}" close it; inside "{...}" the words are consecutive
    const openedBrace = (word.match(/^[({]+/)?.[0] ?? '').split('');
    word = word.slice(openedBrace.length);
    const closing = word.match(/[)}]+$/)?.[0] ?? '';
    word = word.slice(0, word.length - closing.length);
    const joinFirst: PatternPart['join'] = braces > 0 && !openedBrace.includes('{') ? 'adjacent' : 'gap';
    for (const c of openedBrace) {
      if (c === '{') braces++;
      else parens++;
    }
    if (/[(){}]/.test(word)) return `cannot read "${chunk}": a bracket inside a word`;
    // "_" joins consecutive words; a set name may hold "_" itself ("&FIGHT_OF_WORDS"), so from a "&" on, the rest
    // of the chunk is one reference that the converter splits after the longest defined set name
    const amp = word.indexOf('&');
    const pieces = amp < 0 ? word.split('_') : [...word.slice(0, amp).split('_'), word.slice(amp)];
    let first = true;
    for (const piece of pieces) {
      if (!piece) continue;
      let item: PatternItem | undefined = SLOT_ITEMS[piece];
      if (!item && piece.startsWith('&')) {
        if (!/^&[A-Za-z0-9][A-Za-z0-9_-]*$/.test(piece)) return `cannot read the set name "${piece}"`;
        item = { kind: 'synset', name: piece.toUpperCase().replace(/_+$/, '') };
      }
      if (!item && /[&*$%^]/.test(piece)) return `cannot read "${piece}": a marker inside a word`;
      parts.push({ item: item ?? { kind: 'word', text: piece }, join: first ? joinFirst : 'adjacent' });
      first = false;
    }
    for (const c of closing) {
      if (c === '}') braces--;
      else parens--;
      if (braces < 0 || parens < 0) return `a "${c}" without its opening bracket in "${chunk}"`;
    }
  }
  if (braces !== 0 || parens !== 0) return 'a bracket that is not closed';
  return parts;
}

/** "- PRE * POST [CODE]" -> the pattern, or an error message. */
function parsePatternLine(line: number, text: string): VerbPattern | string {
  const codeMatch = /\[([^\]]*)\]\s*$/.exec(text);
  if (!codeMatch) return 'a pattern needs a code at the end ("- * WORDS [CODE]")';
  const body = text.slice(1, codeMatch.index);
  if (/[[\]]/.test(body)) return 'a pattern has one code, at the end';
  const parts = parsePatternBody(body);
  if (typeof parts === 'string') return parts;
  const verbs = parts.filter((p) => p.item.kind === 'verb').length;
  if (verbs !== 1) return verbs === 0 ? 'a pattern needs a "*" where the verb is' : 'a pattern has one "*" (the verb)';
  return { line, text, parts, code: parseVerbCode(codeMatch[1] ?? '') };
}

export function parseVerbDictionary(content: string): ParsedVerbDictionary {
  const problems: ImportProblem[] = [];
  const synsets = new Map<string, Synset>();
  const blocks: VerbBlock[] = [];
  const error = (line: number, message: string) => problems.push({ line, severity: 'error', message });
  let set: Synset | null = null;
  let block: VerbBlock | null = null;
  let lines = 0;
  let verbLines = 0;
  let patternLines = 0;

  for (const { line, text } of petrarchLines(content)) {
    lines++;
    if (text.startsWith('+') && set) {
      const member = text.slice(1).trim();
      const words = member.startsWith('&') ? [member.replace(/_+$/, '')] : member.split(/[_\s]+/).filter(Boolean);
      if (words.length === 0) error(line, 'an empty set member');
      else if (/\s/.test(words[0] ?? '') || (words.length > 1 && words.some((w) => w.includes('&')))) {
        error(line, `a set member is words or one other set, not both: "${member}"`);
      } else {
        const plural = !set.name.endsWith('_') && !member.endsWith('_');
        set.members.push({ line, words: words.map((w) => w.toUpperCase()), plural });
      }
      continue;
    }
    set = null;
    if (text.startsWith('&')) {
      const label = /^&([A-Za-z0-9_-]+)$/.exec(text);
      if (!label?.[1]) {
        error(line, `cannot read the set label "${text}" (expected "&NAME" alone on its line)`);
        continue;
      }
      const name = `&${label[1].toUpperCase()}`;
      if (synsets.has(name.replace(/_$/, ''))) error(line, `the set ${name} is defined twice; the first definition is used`);
      else {
        set = { line, name, members: [] };
        synsets.set(name.replace(/_$/, ''), set);
      }
      continue;
    }
    if (text.startsWith('---')) {
      const inner = text.replace(/^-+/, '').replace(/-+\s*$/, '').trim();
      const codes = [...inner.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '');
      const name = inner.replace(/\[[^\]]*\].*$/, '').trim();
      if (!name) {
        error(line, 'a block header needs a name: "--- NAME [CODE] ---"');
        block = null;
        continue;
      }
      if (codes.length > 1) {
        const extra = `[${codes.slice(1).join('] [')}]`;
        problems.push({ line, severity: 'warning', message: `a block has one code; ${extra} ignored` });
      }
      block = { line, name, code: codes[0] === undefined ? NO_CODE : parseVerbCode(codes[0]), verbs: [], patterns: [] };
      blocks.push(block);
      continue;
    }
    if (text.startsWith('~')) {
      error(line, 'a verb transformation ("~ ...") is not converted: no Parley rule rewrites one event into another');
      continue;
    }
    if (text.startsWith('-')) patternLines++;
    else verbLines++;
    if (!block) {
      error(line, 'a verb or pattern before the first block header ("--- NAME [CODE] ---")');
      continue;
    }
    if (text.startsWith('-')) {
      const p = parsePatternLine(line, text);
      if (typeof p === 'string') error(line, p);
      else if (block.verbs.length === 0) error(line, 'a pattern before any verb of its block');
      else block.patterns.push(p);
      continue;
    }
    const v = parseVerbLine(line, text);
    if (typeof v === 'string') error(line, v);
    else {
      if (v.note) problems.push({ line, severity: 'warning', message: v.note });
      block.verbs.push(v);
    }
  }
  return { synsets, blocks, problems, lines, verbLines, patternLines };
}
