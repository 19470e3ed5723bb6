/** Title and subtitle lines at the top of a plain-text article, and matching a known title (HTML, JSONL). */
import type { BoilerplateRules } from '../../knowledge/boilerplate.js';
import { matchDateline } from './dateline.js';
import type { TextLine } from './lines.js';
import { matchLine } from './rules.js';

export const MAX_TITLE_LENGTH = 200;

/** A line ending in one of these words runs on into the next line: it is wrapped text, not a heading. */
const RUN_ON_WORDS =
  'a an the and or but of in on at to for with by from as that which who ' +
  'is are was were has have had his her its their';
const RUN_ON = new RegExp(`\\b(?:${RUN_ON_WORDS.split(' ').join('|')})$`, 'iu');

/**
 * A heading line: short, no sentence-final period, not a byline or boilerplate, not opening with a dateline,
 * and followed by more text that does not continue it (a next line starting in lower case, or a line ending
 * in "of", "the", "and", ..., means the text is wrapped). With `ownParagraph` (text extracted from HTML,
 * where headings are block elements), the line must also be a paragraph of its own.
 */
export function isHeadingLine(
  line: TextLine,
  next: TextLine | undefined,
  rules: BoilerplateRules,
  ownParagraph = false,
): boolean {
  if (!next || line.text.length >= MAX_TITLE_LENGTH || !/\p{L}/u.test(line.text)) return false;
  if (ownParagraph && next.para === line.para) return false;
  if (/[.,;…]["'”’»)\]]*$/u.test(line.text) || RUN_ON.test(line.text)) return false;
  if (/^\p{Ll}/u.test(next.text)) return false;
  if (matchLine(rules, 'line', line.text) || matchLine(rules, 'rest-of-document', line.text)) return false;
  return matchDateline(line.text) === null;
}

/** The line is the article's known title (perhaps without the " - Site name" the <title> tag adds). */
export function isKnownTitle(line: string, title: string | undefined): boolean {
  if (!title) return false;
  const a = fold(line);
  const b = fold(title);
  if (a === '' || b === '') return false;
  return a === b || (b.startsWith(`${a} `) && a.length >= b.length / 2);
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
