/**
 * Character classes for the tokenizer, by UTF-16 code unit. ASCII is decided by char code; non-ASCII takes a fast
 * path for the Latin and Vietnamese ranges and falls back to a Unicode property regex (astral characters by code
 * point). The regexes are constants without the g or y flag, so they hold no state between calls.
 */

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER_CHAR = /^[\p{Lu}\p{Lt}]$/u;
const SYMBOL_CHAR = /^\p{S}$/u;

export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x1680 ||
    c === 0xfeff
  );
}

export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Letter, mark or digit, for a non-ASCII code unit `c` at `i`. */
export function isWordNonAscii(text: string, i: number, c: number): boolean {
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff) || c === 0xad) return true;
  if (c === 0x2bc) return false; // ʼ is \p{Lm} but an apostrophe here
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) ?? c));
  return WORD_CHAR.test(String.fromCharCode(c));
}

/** Letter, mark or digit at `i`. */
export function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    const l = c | 0x20;
    return (c >= 0x30 && c <= 0x39) || (l >= 0x61 && l <= 0x7a);
  }
  return isWordNonAscii(text, i, c);
}

/** Upper-case (or title-case) letter at `i`. */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER_CHAR.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** \p{S}, or one of % ‰ # @ &: the token shape `symbol`. `c` is the code unit at `i`. */
export function isSymbolAt(text: string, i: number, c: number): boolean {
  switch (c) {
    case 0x23: // #
    case 0x24: // $
    case 0x25: // %
    case 0x26: // &
    case 0x2b: // +
    case 0x3c: // <
    case 0x3d: // =
    case 0x3e: // >
    case 0x40: // @
    case 0x5e: // ^
    case 0x60: // `
    case 0x7c: // |
    case 0x7e: // ~
    case 0x2030: // ‰
      return true;
  }
  return c >= 0x80 && SYMBOL_CHAR.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}
