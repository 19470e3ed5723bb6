/**
 * Token keys of a lexicon phrase, split the way the segmenter splits document text, so a phrase from a data file
 * and the same words in an article give the same keys: words split on spaces, possessive "'s" and plural "'" split
 * off, sentence punctuation around a word dropped, internal periods and hyphens kept ("U.S.", "Díaz-Canel").
 */
import { foldKey } from './fold.js';

const EDGE_PUNCT = /^[("“‘[]+|[)"”’\],;:!?]+$/g;

export function phraseKeys(phrase: string): string[] {
  const keys: string[] = [];
  for (const raw of phrase.normalize('NFC').split(/\s+/)) {
    const chunk = raw.replace(EDGE_PUNCT, '');
    if (!chunk) continue;
    const possessive = /^(.+?)(['’]s)$/i.exec(chunk);
    const pluralPossessive = /^(.+s)(['’])$/i.exec(chunk);
    if (possessive?.[1] && possessive[2]) {
      keys.push(foldKey(possessive[1]), foldKey(possessive[2]));
    } else if (pluralPossessive?.[1] && pluralPossessive[2]) {
      keys.push(foldKey(pluralPossessive[1]), foldKey(pluralPossessive[2]));
    } else {
      keys.push(foldKey(chunk));
    }
  }
  return keys;
}
