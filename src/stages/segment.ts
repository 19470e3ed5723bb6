/**
 * Stage `segment`: sentences and tokens, with exact offsets into `Document.text`.
 *
 * Only `title`, `subtitle` and `body` blocks are segmented; a title or subtitle is one sentence. Body blocks are
 * split:
 * - after . ! ? (with any closing quotes and brackets right after them: `win.”`) when whitespace and then an
 *   upper-case letter, a digit, an opening quote or an opening bracket follow;
 * - after an ellipsis (… or ...) likewise, unless a quotation is still open (`“We tried… They refused,” he said`);
 * - after an abbreviation that may end a sentence (`abbreviations` in data/lexicon/en/abbreviations.json,
 *   letter-dot sequences such as "U.S." and "a.m.", single capital initials) only when the next word is one of
 *   `multi_dot_sentence_openers` ("in the U.S. The talks" splits, "the U.S. Embassy" and "John F. Kennedy" do not);
 *   never after `never_sentence_final` entries ("Gen.", "Mr.", "vs.");
 * - at a blank line (a paragraph break inside a block). A single line break is ordinary whitespace.
 * Decimals ("2.5") are one token, so they never split. A sentence span runs from its first token to its last.
 *
 * Length cap: a sentence is cut after a , ; or : once it has SOFT_CAP tokens, and before any token once it has
 * HARD_CAP tokens, so that later stages stay bounded on text without punctuation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Block, Document, Sentence, Token } from '../document.js';
import { ParleyError } from '../errors.js';
import type { Stage } from '../pipeline.js';
import { isSpace, isUpperAt } from '../text/chars.js';
import { foldKey } from '../text/fold.js';
import {
  type AbbreviationTable,
  type DottedForm,
  K_ABBR,
  K_ELLIPSIS,
  K_STOP,
  newScanResult,
  type ScanResult,
  scanToken,
} from '../text/tokenize.js';

export const SOFT_CAP = 1500;
export const HARD_CAP = 2000;

const abbreviation = z.string().regex(/^\S*[^\s.]\.$/u, 'an abbreviation is written with its final period');
const segmenterFileSchema = z.object({
  reason: z.string().min(1),
  abbreviations: z.array(abbreviation),
  never_sentence_final: z.array(abbreviation).default([]),
  multi_dot_sentence_openers: z.array(z.string().regex(/^\p{L}+$/u, 'an opener is one word')),
});

/** The segmenter's lexicon, compiled once by `loadSegmenterData`. */
export interface SegmenterData extends AbbreviationTable {
  readonly openers: ReadonlySet<string>;
}

/** Compiles the parsed contents of abbreviations.json; `file` is for error messages. */
export function compileSegmenterData(raw: unknown, file = 'abbreviations.json'): SegmenterData {
  const parsed = segmenterFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new ParleyError('data.invalid', `Invalid segmenter data: ${where}: ${issue?.message}.`, {
      file,
      hint: 'Fix the file; see the "reason" field at its top for its format.',
    });
  }
  const stems = new Map<string, boolean>();
  const dotted = new Map<string, DottedForm[]>();
  const add = (form: string, neverFinal: boolean) => {
    const inner = form.indexOf('.');
    if (inner === form.length - 1) {
      stems.set(form.slice(0, -1), neverFinal);
      return;
    }
    const key = form.slice(0, inner);
    const forms = dotted.get(key) ?? [];
    forms.push({ form, neverFinal });
    forms.sort((a, b) => b.form.length - a.form.length);
    dotted.set(key, forms);
  };
  for (const a of parsed.data.abbreviations) add(a, false);
  for (const a of parsed.data.never_sentence_final) add(a, true);
  return { stems, dotted, openers: new Set(parsed.data.multi_dot_sentence_openers) };
}

/** Reads and compiles `<dataDir>/lexicon/en/abbreviations.json`. */
export function loadSegmenterData(dataDir: string): SegmenterData {
  const file = join(dataDir, 'lexicon', 'en', 'abbreviations.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ParleyError('data.unreadable', `Cannot read segmenter data: ${(e as Error).message}`, {
      file,
      hint: 'Check the data directory (--data) and that the file is valid JSON.',
    });
  }
  return compileSegmenterData(raw, file);
}

/** What the last tokens of the open sentence ask of the next one. */
const P_NONE = 0;
const P_STOP = 1;
const P_ELLIPSIS = 2;
const P_OPENER = 3;

/** A sentence may start here: upper-case letter, digit, opening quote, bracket, ¿ or ¡. */
function opensSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x28: // (
    case 0x5b: // [
    case 0x201c: // “
    case 0x2018: // ‘
    case 0x201e: // „
    case 0xab: // «
    case 0xbf: // ¿
    case 0xa1: // ¡
      return true;
  }
  return c >= 0x80 && isUpperAt(text, i);
}

/** Closing quote or bracket that stays with the sentence it follows (`win.”`, `(sic.)`). */
function isCloser(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0xbb ||
    c === 0x7d
  );
}

function isClauseEnd(t: Token): boolean {
  return t.text === ',' || t.text === ';' || t.text === ':';
}

function closeSentence(block: Block, first: number, sentences: Sentence[], tokens: Token[]): void {
  const a = tokens[first];
  const b = tokens[tokens.length - 1];
  if (a === undefined || b === undefined) return;
  const index = sentences.length;
  sentences.push({
    start: a.start,
    end: b.end,
    index,
    block: block.kind,
    tokenStart: first,
    tokenEnd: tokens.length,
  });
}

function segmentBlock(
  text: string,
  block: Block,
  data: SegmenterData,
  sentences: Sentence[],
  tokens: Token[],
  scan: ScanResult,
): void {
  const end = Math.min(block.end, text.length);
  const split = block.kind === 'body';
  let i = Math.max(block.start, 0);
  let first = tokens.length;
  let pending = P_NONE;
  let inQuote = false;
  while (i < end) {
    let newlines = 0;
    const gapStart = i;
    for (let c = text.charCodeAt(i); isSpace(c); c = text.charCodeAt(i)) {
      if (c === 0x0a) newlines++;
      else if (c === 0x2029) newlines += 2;
      if (++i >= end) break;
    }
    if (i >= end) break;
    const s = i;
    scanToken(text, s, end, data, scan);
    const e = scan.end;
    i = e;
    const gap = s > gapStart;
    const count = tokens.length - first;
    if (count > 0) {
      let cut = false;
      if (split && gap) {
        if (newlines >= 2) {
          cut = true;
          inQuote = false;
        } else if (pending === P_STOP) cut = opensSentence(text, s);
        else if (pending === P_ELLIPSIS) cut = !inQuote && opensSentence(text, s);
        else if (pending === P_OPENER) cut = data.openers.has(text.slice(s, e));
      }
      if (!cut && count >= SOFT_CAP) {
        const last = tokens[tokens.length - 1];
        cut = count >= HARD_CAP || (last !== undefined && isClauseEnd(last));
      }
      if (cut) {
        closeSentence(block, first, sentences, tokens);
        first = tokens.length;
      }
    }
    const c0 = text.charCodeAt(s);
    const kind = scan.kind;
    if (kind === K_STOP) pending = P_STOP;
    else if (kind === K_ELLIPSIS) pending = pending === P_STOP && !gap ? P_STOP : P_ELLIPSIS;
    else if (kind === K_ABBR) pending = P_OPENER;
    else if (gap || !isCloser(c0)) pending = P_NONE;
    if (c0 === 0x22) inQuote = !inQuote;
    else if (c0 === 0x201c || c0 === 0xab) inQuote = true;
    else if (c0 === 0x201d || c0 === 0xbb) inQuote = false;
    const t = text.slice(s, e);
    tokens.push({
      start: s,
      end: e,
      text: t,
      norm: scan.ascii ? t.toLowerCase() : foldKey(t),
      shape: scan.shape,
      upper: isUpperAt(text, s),
      sentence: sentences.length,
    });
  }
  if (tokens.length > first) closeSentence(block, first, sentences, tokens);
}

export const segment: Stage = {
  name: 'segment',
  requires: ['blocks'],
  provides: ['sentences', 'tokens'],
  run(doc: Document, ctx) {
    const data: SegmenterData = ctx.knowledge.segmenter;
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    const scan = newScanResult();
    for (const block of doc.blocks) {
      if (block.kind === 'title' || block.kind === 'subtitle' || block.kind === 'body') {
        segmentBlock(doc.text, block, data, sentences, tokens, scan);
      }
    }
    doc.sentences = sentences;
    doc.tokens = tokens;
  },
};
