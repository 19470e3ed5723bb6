/**
 * Matching keys. Every lexicon entry and every token is compared through `foldKey`, so "Tô Lâm", "To Lam" and
 * "TÔ LÂM" all meet at "to lam", and "Russia’s" meets "Russia's".
 *
 * Folding: lower case, Unicode NFD, combining marks (\p{M}) removed, letters that do not decompose mapped by hand
 * (đ→d, ø→o, ł→l, ß→ss, æ→ae, œ→oe, ı→i, ...), typographic apostrophes, quotes and dashes replaced by their ASCII
 * forms, soft hyphens dropped. The result can be shorter or longer than the input: never use it for offsets.
 */

/** Letters and punctuation that NFD does not reduce to ASCII. Keys are lower case (folding lower-cases first). */
const SPECIAL: Readonly<Record<string, string>> = Object.freeze({
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  '\u2019': "'", // ’ right single quotation mark (the usual typographic apostrophe)
  '\u2018': "'", // ‘
  '\u02bc': "'", // ʼ modifier letter apostrophe
  '\u201b': "'", // ‛
  '\u201c': '"', // “
  '\u201d': '"', // ”
  '\u201e': '"', // „
  '\u2010': '-', // ‐ hyphen
  '\u2011': '-', // ‑ non-breaking hyphen
  '\u2012': '-', // ‒ figure dash
  '\u2013': '-', // – en dash
  '\u2014': '-', // — em dash
  '\u2015': '-', // ― horizontal bar
  '\u2212': '-', // − minus sign
  '\u00ad': '', // soft hyphen
});

const MARKS = /\p{M}+/gu;
const SPECIALS = /[đðøłßæœıþħ\u2019\u2018\u02bc\u201b\u201c\u201d\u201e\u2010-\u2015\u2212\u00ad]/gu;
const WHITESPACE = /\s+/gu;

function special(ch: string): string {
  return SPECIAL[ch] ?? ch;
}

function foldSlow(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(MARKS, '').replace(SPECIALS, special);
}

/**
 * `foldSlow` of single characters, precomputed for the ranges news text uses: Latin-1, Latin Extended-A/B,
 * combining diacritics, Latin Extended Additional (Vietnamese) and the typographic punctuation above.
 */
const LATIN: ReadonlyMap<number, string> = (() => {
  const m = new Map<number, string>();
  const ranges = [
    [0x80, 0x24f],
    [0x2bc, 0x2bc],
    [0x300, 0x36f],
    [0x1e00, 0x1eff],
    [0x2010, 0x201f],
    [0x2212, 0x2212],
  ];
  for (const [a = 0, b = 0] of ranges)
    for (let c = a; c <= b; c++) m.set(c, foldSlow(String.fromCharCode(c)));
  return m;
})();

/** The matching key of a word or phrase: "Tô Lâm" -> "to lam", "Díaz-Canel" -> "diaz-canel". */
export function foldKey(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) return foldLatin(s, i) ?? foldSlow(s);
  }
  return s.toLowerCase();
}

/** Folds char by char from the table, ASCII prefix `s[0, from)` included; null at a character outside it. */
function foldLatin(s: string, from: number): string | null {
  let out = s.slice(0, from).toLowerCase();
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 0x20) : s[i];
      continue;
    }
    const f = LATIN.get(c);
    if (f === undefined) return null;
    out += f;
  }
  return out;
}

/** `foldKey` for a phrase: also collapses runs of whitespace to one space and trims. */
export function foldText(s: string): string {
  return foldKey(s).replace(WHITESPACE, ' ').trim();
}
