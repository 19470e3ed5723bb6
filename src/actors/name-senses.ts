/**
 * Names with a second sense that is not a state acting (data/lexicon/en/name-senses.json): a country name inside a
 * place name ("the South China Sea"), a person's name inside a facility name ("the Ho Chi Minh Statue"), a country
 * name that is part of a person's name ("Michael Jordan"), Georgia the US state, turkey the bird. Each rule has an id,
 * a reason and an example the tests check.
 */
import { z } from 'zod';
import type { Token } from '../document.js';
import { phraseKeys } from '../text/phrase-keys.js';

const words = z.array(z.string().min(1));
export const nameSenseRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/),
    /** Which names the rule is about: every country name or demonym, every person's name, or the listed `names`. */
    applies_to: z.enum([
      'country-names',
      'person-names',
      'names-also-personal',
      'us-state-names',
      'names-with-common-senses',
      'sentences-with-scores',
    ]),
    names: words.optional(),
    /**
     * Phrases right after the name that give it the other sense (for place and facility nouns the first word is
     * capitalised); for `sentences-with-scores`, the words of the game anywhere in the sentence.
     */
    next_words: words.optional(),
    /**
     * Phrases right before the name that give it the other sense; for `sentences-with-scores`, words after which a
     * number pair is a range, not a score ("May 8-11").
     */
    previous_words: words.optional(),
    reason: z.string().min(1),
    example: z.string().min(1),
    /** The words of the example that must not become an actor. */
    not_actor: z.string().min(1),
  })
  .strict();
export type NameSenseRule = z.infer<typeof nameSenseRuleSchema>;
export const nameSensesFileSchema = z
  .object({
    rules: z.array(nameSenseRuleSchema),
    function_words: z.object({ reason: z.string().min(1), words }).strict(),
  })
  .strict();

export interface NameSenses {
  /**
   * Rule id when the country name or demonym at tokens [start, end) of the sentence [from, to) is part of another
   * name (a place, a person) or has another sense, else null. `inChunk(i)`: token i is part of an actor-lexicon
   * phrase other than a personal name, so it cannot be part of a person's name.
   */
  countryName(tokens: readonly Token[], start: number, end: number, from: number, to: number, inChunk: (i: number) => boolean): SenseMatch | null;
  /** When the personal name at tokens [start, end) ends in, or is followed by, a facility noun. */
  personName(tokens: readonly Token[], start: number, end: number, to: number): SenseMatch | null;
}

/** The rule that read a name in another sense, and where the other name ends ("the South China Sea" -> after Sea). */
export interface SenseMatch {
  rule: string;
  end: number;
}

type Phrases = ReadonlyArray<readonly string[]>;
const phrases = (list: readonly string[] | undefined): Phrases => (list ?? []).map((w) => phraseKeys(w));

function startsAt(tokens: readonly Token[], at: number, limit: number, p: readonly string[]): boolean {
  if (at + p.length > limit) return false;
  return p.every((k, i) => tokens[at + i]?.norm === k);
}
function endsAt(tokens: readonly Token[], end: number, limit: number, p: readonly string[]): boolean {
  const at = end - p.length;
  return at >= limit && p.every((k, i) => tokens[at + i]?.norm === k);
}
/** The length of the phrase of `list` at token `at`, or 0. */
function nextIs(tokens: readonly Token[], at: number, limit: number, list: Phrases, capitalised: boolean): number {
  if (capitalised && tokens[at]?.upper !== true) return 0;
  return list.find((p) => startsAt(tokens, at, limit, p))?.length ?? 0;
}

const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

/** "2-1" as one token, or "3 – 0" as three, not after a word that makes it a range ("May 8-11"). */
function hasScore(tokens: readonly Token[], from: number, to: number, notAfter: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t || t.shape !== 'number') continue;
    if (notAfter.has(tokens[i - 1]?.norm ?? '')) continue;
    if (SCORE.test(t.text)) return true;
    const dash = tokens[i + 1];
    if (i + 2 < to && (dash?.text === '-' || dash?.text === '–') && tokens[i + 2]?.shape === 'number') return true;
  }
  return false;
}

export function compileNameSenses(file: z.infer<typeof nameSensesFileSchema>): NameSenses {
  const functionWords = new Set(file.function_words.words);
  const rules = file.rules.map((r) => ({
    rule: r,
    names: new Set((r.names ?? []).map((n) => phraseKeys(n).join(' '))),
    next: phrases(r.next_words),
    previous: phrases(r.previous_words),
    gameWords: new Set(r.next_words ?? []),
    rangeWords: new Set(r.previous_words ?? []),
  }));
  return {
    countryName(tokens, start, end, from, to, inChunk) {
      /** A capitalised word that can be part of a personal name: not a function word, not an actor word. */
      const nameWord = (i: number) => {
        const t = tokens[i];
        return i >= from && i < to && t !== undefined && t.upper && t.shape === 'word' && !functionWords.has(t.norm) && !inChunk(i);
      };
      const key = tokens
        .slice(start, end)
        .map((t) => t.norm)
        .join(' ');
      const here = (rule: NameSenseRule, extra = 0): SenseMatch => ({ rule: rule.id, end: end + extra });
      for (const { rule, names, next, previous, gameWords, rangeWords } of rules) {
        switch (rule.applies_to) {
          case 'country-names': {
            const n = nextIs(tokens, end, to, next, true);
            if (n > 0) return here(rule, n);
            break;
          }
          case 'names-also-personal':
            if (!names.has(key)) break;
            if (nameWord(start - 1) || nameWord(end)) return here(rule);
            break;
          case 'us-state-names':
          case 'names-with-common-senses': {
            if (!names.has(key)) break;
            if (nextIs(tokens, end, to, next, false) > 0) return here(rule);
            if (previous.some((p) => endsAt(tokens, start, from, p))) return here(rule);
            // "Atlanta, Georgia": a US address, a place name then the state after a comma
            const comma = tokens[start - 1];
            if (rule.applies_to === 'us-state-names' && comma?.norm === ',' && nameWord(start - 2)) return here(rule);
            break;
          }
          case 'sentences-with-scores': {
            if (!hasScore(tokens, from, to, rangeWords)) break;
            for (let i = from; i < to; i++) if (gameWords.has(tokens[i]?.norm ?? '')) return here(rule);
            break;
          }
          case 'person-names':
            break;
        }
      }
      return null;
    },
    personName(tokens, start, end, to) {
      for (const { rule, next } of rules) {
        if (rule.applies_to !== 'person-names') continue;
        // the name parser may have taken the capitalised facility noun as the name's last word
        if (end - start >= 2 && nextIs(tokens, end - 1, end, next, true) > 0) return { rule: rule.id, end };
        const n = nextIs(tokens, end, to, next, true);
        if (n > 0) return { rule: rule.id, end: end + n };
      }
      return null;
    },
  };
}
