/**
 * Lexical chunks: the longest actor-lexicon phrase at each position of a sentence, filtered by case rules
 * (proper names must be capitalised, so "turkey" and "chad" stay food and names; "US" must be in capitals).
 */
import type { Token } from '../document.js';
import type { ActorLexEntry, ActorLexicon } from './lexicon.js';

export interface Chunk {
  start: number;
  end: number;
  entries: ActorLexEntry[];
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Arabic names keep the article in lower case, joined to the capitalised name by a hyphen: "al-Qaeda", "al-Shabab",
 * "el-Sisi", and with the l assimilated to a following sun letter "ad-Dawa", "as-Sahab", "ash-Sharq", "an-Nusra",
 * "at-Tawhid", "ar-Rashid", "az-Zawahiri". Such a word is written as a proper name although its first letter is not
 * a capital.
 */
const ARABIC_ARTICLE = /^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)[-\u2010\u2011]\p{Lu}/u;

/** A word written as a proper name: capitalised, or an Arabic name with its lower-case article ("al-Qaeda"). */
export function proper(t: Token | undefined): boolean {
  if (!t) return false;
  return t.upper || (t.shape === 'word' && ARABIC_ARTICLE.test(t.text));
}

function surface(tokens: readonly Token[], start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += tokens[i]?.text ?? '';
  return s;
}

function keep(entry: ActorLexEntry, tokens: readonly Token[], start: number, end: number, afterChunk: boolean): boolean {
  if (entry.exact !== null) return surface(tokens, start, end) === entry.exact.replace(/\s+/g, '');
  const first = tokens[start];
  if (!first) return false;
  switch (entry.kind) {
    case 'country':
    case 'demonym':
    case 'capital':
      // proper nouns: "Turkey" the country, not "turkey" the bird; "the United States" may start with "the"
      return proper(first) || (first.norm === 'the' && proper(tokens[start + 1]));
    case 'leader':
      return proper(first);
    case 'seat':
    case 'org':
    case 'dict': {
      for (let i = start; i < end; i++) if (proper(tokens[i])) return true;
      return false;
    }
    case 'role': {
      // institutions are names ("the State Duma"); titles and agent nouns may be lower case
      if (entry.role.kind === 'institution') return proper(first);
      // a capitalised agent noun after another capitalised word is part of a name: "the Soviet Union"
      const prev = tokens[start - 1];
      // ... but not after a sentence's first word ("Foreign NGOs said") or after another actor word ("Kenyan MPs")
      const sentenceStart = !tokens[start - 2] || tokens[start - 2]?.sentence !== first.sentence;
      const properPrev =
        prev?.upper &&
        prev.shape === 'word' &&
        prev.sentence === first.sentence &&
        !ARTICLES.has(prev.norm) &&
        !sentenceStart &&
        !afterChunk;
      return !(entry.role.kind === 'agent' && first.upper && properPrev);
    }
  }
}

/** Chunks of sentence tokens [from, to), indexed by start token: `byStart[i - from]`. */
export function findChunks(
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: ActorLexicon,
): (Chunk | undefined)[] {
  const byStart: (Chunk | undefined)[] = new Array(to - from);
  const keyAt = (i: number) => tokens[i]?.norm ?? '';
  let i = from;
  let lastEnd = -1;
  while (i < to) {
    const m = lex.trie.longest(keyAt, i, to);
    if (m) {
      const afterChunk = lastEnd === i;
      const entries = m.values.filter((e) => keep(e, tokens, i, i + m.length, afterChunk));
      if (entries.length > 0) {
        byStart[i - from] = { start: i, end: i + m.length, entries };
        i += m.length;
        lastEnd = i;
        continue;
      }
      // a shorter phrase may still match ("US" in capitals when "us ..." failed): try one token
      const one = lex.trie.longest(keyAt, i, i + 1);
      const oneEntries = one ? one.values.filter((e) => keep(e, tokens, i, i + 1, afterChunk)) : [];
      if (oneEntries.length > 0) {
        byStart[i - from] = { start: i, end: i + 1, entries: oneEntries };
        lastEnd = i + 1;
      }
    }
    i++;
  }
  return byStart;
}
