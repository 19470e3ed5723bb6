/**
 * The character scanner under the `segment` stage: finds the next token of English news text at an offset.
 *
 * Words are runs of letters, marks and digits (\p{L}\p{M}\p{N}, so "Việt" and "Lâm" stay whole) joined by internal
 * hyphens ("Díaz-Canel", "8-11") and by apostrophes that are not clitics ("O'Brien", "d'Ivoire"). Digits joined by
 * "." "," or ":" stay one number ("2.5", "1,000", "10:30"). Clitics are their own tokens: "do" + "n't",
 * "Russia" + "'s" / "’s", "they" + "'re"; a trailing apostrophe ("nations'") is a punctuation token. A period stays
 * on its word for abbreviations: listed ones ("Dr.", "No.", "Ph.D."; case-sensitive), letter-dot sequences ("U.S.",
 * "a.m.", "e.g.", listed or not) and single capital initials ("F."). "..." is one token. Every other character is
 * its own token: `symbol` for \p{S} and % ‰ # @ &, else `punct`.
 *
 * Characters are classified by `chars.ts`. Nothing here allocates except the few slices needed for abbreviation
 * lookups.
 */
import type { TokenShape } from '../document.js';
import { isApostrophe, isDigit, isSymbolAt, isUpperAt, isWordAt, isWordNonAscii } from './chars.js';

/** Listed abbreviation whose parts are not all single letters ("Ph.D.", "W.Va."), looked up by its first part. */
export interface DottedForm {
  readonly form: string;
  readonly neverFinal: boolean;
}

export interface AbbreviationTable {
  /** Single-period abbreviations without the period ("Dr", "No") -> true when they never end a sentence. */
  readonly stems: ReadonlyMap<string, boolean>;
  /** Abbreviations with internal periods, by the text before the first period, longest first. */
  readonly dotted: ReadonlyMap<string, readonly DottedForm[]>;
}

/** What the scanned token means to the sentence splitter. */
export const K_PLAIN = 0;
/** . ! ? */
export const K_STOP = 1;
/** … or ... */
export const K_ELLIPSIS = 2;
/** An abbreviation or initial that may end a sentence ("U.S.", "Inc.", "F."). */
export const K_ABBR = 3;
/** An abbreviation that never ends a sentence ("Mr.", "Gen."). */
export const K_TITLE = 4;

/** Scan result; one object is reused for a whole document. */
export interface ScanResult {
  end: number;
  kind: number;
  shape: TokenShape;
  /** The token is all ASCII (its key is just `toLowerCase()`). */
  ascii: boolean;
}

export function newScanResult(): ScanResult {
  return { end: 0, kind: K_PLAIN, shape: 'word', ascii: true };
}

/** Length of a clitic ('s 're 've 'll 'd 'm) starting at the apostrophe at `j`, or 0. */
function cliticLength(text: string, j: number, end: number): number {
  const a = text.charCodeAt(j + 1) | 0x20;
  let n = 0;
  if (a === 0x73 || a === 0x64 || a === 0x6d) n = 2;
  else if (j + 2 < end) {
    const b = text.charCodeAt(j + 2) | 0x20;
    if ((a === 0x72 && b === 0x65) || (a === 0x76 && b === 0x65) || (a === 0x6c && b === 0x6c)) n = 3;
  }
  return n > 0 && (j + n >= end || !isWordAt(text, j + n)) ? n : 0;
}

/** "n't" (any case) at `i`, followed by a non-word character. */
function isNegation(text: string, i: number, end: number): boolean {
  return (
    i + 2 < end &&
    (text.charCodeAt(i) | 0x20) === 0x6e &&
    isApostrophe(text.charCodeAt(i + 1)) &&
    (text.charCodeAt(i + 2) | 0x20) === 0x74 &&
    (i + 3 >= end || !isWordAt(text, i + 3))
  );
}

/** Scans a word or number from `i`; sets out.end, out.shape, out.ascii. */
function scanWord(text: string, i: number, end: number, out: ScanResult): void {
  let j = i;
  let ascii = true;
  let letter = false;
  for (;;) {
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c < 0x80) {
        const l = c | 0x20;
        if (l >= 0x61 && l <= 0x7a) letter = true;
        else if (!isDigit(c)) break;
        j++;
      } else if (isWordNonAscii(text, j, c)) {
        ascii = false;
        letter = true;
        j += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      } else break;
    }
    if (j + 1 >= end) break;
    const c = text.charCodeAt(j);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) {
      if (!isWordAt(text, j + 1)) break;
    } else if (c === 0x2e || c === 0x2c || c === 0x3a) {
      if (!isDigit(text.charCodeAt(j - 1)) || !isDigit(text.charCodeAt(j + 1))) break;
    } else if (isApostrophe(c) && isWordAt(text, j + 1)) {
      if (j - 1 > i && isNegation(text, j - 1, end)) {
        j--;
        break;
      }
      if (cliticLength(text, j, end) > 0) break;
    } else break;
    if (c > 0x7f) ascii = false;
    j++;
  }
  out.end = j;
  out.shape = letter ? 'word' : 'number';
  out.ascii = ascii;
}

/** A listed abbreviation, letter-dot sequence or initial ending in the period at `j`; sets out.end and out.kind. */
function scanAbbreviation(
  text: string,
  i: number,
  j: number,
  end: number,
  table: AbbreviationTable,
  out: ScanResult,
) {
  const stem = text.slice(i, j);
  const forms = table.dotted.get(stem);
  if (forms !== undefined) {
    for (const f of forms) {
      const e = i + f.form.length;
      if (text.startsWith(f.form, i) && (e >= end || !isWordAt(text, e))) {
        out.end = e;
        out.kind = f.neverFinal ? K_TITLE : K_ABBR;
        return;
      }
    }
  }
  const single = j === i + 1 || (j === i + 2 && text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff);
  if (single) {
    let p = j + 1;
    let parts = 1;
    while (
      p + 1 < end &&
      text.charCodeAt(p + 1) === 0x2e &&
      isWordAt(text, p) &&
      !isDigit(text.charCodeAt(p))
    ) {
      p += 2;
      parts++;
    }
    if (parts >= 2) {
      out.end = p;
      out.kind = K_ABBR;
      return;
    }
  }
  const neverFinal = table.stems.get(stem);
  if (neverFinal !== undefined) {
    out.end = j + 1;
    out.kind = neverFinal ? K_TITLE : K_ABBR;
  } else if (single && isUpperAt(text, i)) {
    out.end = j + 1;
    out.kind = K_ABBR;
  }
}

/** Scans the token starting at `i` (not whitespace, i < end) into `out`. */
export function scanToken(
  text: string,
  i: number,
  end: number,
  table: AbbreviationTable,
  out: ScanResult,
): void {
  const c = text.charCodeAt(i);
  out.kind = K_PLAIN;
  if (isWordAt(text, i)) {
    if ((c === 0x6e || c === 0x4e) && i > 0 && isWordAt(text, i - 1) && isNegation(text, i, end)) {
      out.end = i + 3;
      out.shape = 'word';
      out.ascii = text.charCodeAt(i + 1) === 0x27;
      return;
    }
    scanWord(text, i, end, out);
    if (out.shape === 'word' && out.end < end && text.charCodeAt(out.end) === 0x2e) {
      scanAbbreviation(text, i, out.end, end, table, out);
    }
    return;
  }
  out.ascii = c < 0x80;
  if (isApostrophe(c) && i + 1 < end && i > 0 && isWordAt(text, i - 1)) {
    const n = cliticLength(text, i, end);
    if (n > 0) {
      out.end = i + n;
      out.shape = 'word';
      return;
    }
  }
  if (c === 0x2e || c === 0x21 || c === 0x3f) {
    const dots =
      c === 0x2e && i + 2 < end && text.charCodeAt(i + 1) === 0x2e && text.charCodeAt(i + 2) === 0x2e;
    out.end = dots ? i + 3 : i + 1;
    out.kind = dots ? K_ELLIPSIS : K_STOP;
    out.shape = 'punct';
    return;
  }
  if (c === 0x2026) out.kind = K_ELLIPSIS;
  const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end;
  out.end = pair ? i + 2 : i + 1;
  out.shape = isSymbolAt(text, i, c) ? 'symbol' : 'punct';
}
