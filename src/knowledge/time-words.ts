/**
 * Time words of the date stage (data/lexicon/en/time.json), compiled once: clause openers that cut a date off from
 * an event, and phrases that place an event inside a visit told before.
 */
import * as chrono from 'chrono-node';
import { z } from 'zod';

const entry = z.object({ id: z.string(), reason: z.string() });
export const timeFileSchema = z.object({
  clause_openers: entry.extend({ words: z.array(z.string().min(1)) }),
  within_visit: entry.extend({ phrases: z.array(z.string().min(1)) }),
  /** chrono-node parsers and refiners left out of Parley's date parser (by class name). */
  chrono_skip: entry.extend({ names: z.array(z.string().min(1)) }),
});
export type TimeFile = z.infer<typeof timeFileSchema>;

export interface TimeWords {
  readonly clauseOpeners: RegExp;
  readonly withinVisit: RegExp;
  readonly withinVisitRule: string;
  /** chrono's casual English parser without the parts listed in `chrono_skip`; built once per coder. */
  readonly chrono: chrono.Chrono;
}

/**
 * Does a clause opener ("who", "after", ";") stand in `text` between offsets `from` and `to`? Then what lies on its
 * far side (a date, a place) belongs to another clause (rule en.date.other-clause).
 */
export function clauseBetween(openers: RegExp, text: string, from: number, to: number): boolean {
  return from < to && openers.test(text.slice(from, to));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsRegex = (words: readonly string[]) =>
  new RegExp(words.map((w) => (/^\w/.test(w) ? `\\b${escape(w)}\\b` : escape(w))).join('|'), 'i');

export function compileTimeWords(file: TimeFile): TimeWords {
  return {
    clauseOpeners: wordsRegex(file.clause_openers.words),
    withinVisit: wordsRegex(file.within_visit.phrases),
    withinVisitRule: file.within_visit.id,
    chrono: dateParser(new Set(file.chrono_skip.names)),
  };
}

function dateParser(skip: ReadonlySet<string>): chrono.Chrono {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => !skip.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => !skip.has(r.constructor.name));
  return c;
}
