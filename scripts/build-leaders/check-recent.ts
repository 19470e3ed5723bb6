/**
 * The hand-written data/actors/leaders-recent.json and the generated entries must give one person one id (the
 * loader merges a person's entries by id). The build reads the hand file first and gives a CountryInfo person the
 * hand-written id when, in the same country, one of their full names (name or alias of two words or more) is the
 * same; `idMismatches` then finds what is left: the same full name with two ids.
 */
import { type Leader, leadersFileSchema } from '../../src/knowledge/leader-schema.js';
import { parseDataText } from '../../src/knowledge/read-data.js';
import { foldText } from '../../src/text/fold.js';
import { readText } from '../build-data/io.js';

/** "USA|barack obama" for each full name (two words or more) of a leader. */
export function fullNameKeys(country: string | null, forms: readonly string[]): string[] {
  return forms.filter((form) => form.trim().includes(' ')).map((form) => `${country}|${foldText(form)}`);
}

/** Full-name key -> id, from the hand-written file. */
export function knownIds(recent: readonly Leader[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const leader of recent) {
    for (const key of fullNameKeys(leader.country, [leader.name, ...leader.aliases])) out.set(key, leader.id);
  }
  return out;
}

/** "hand-id (CountryInfo: other-id)" for each full name that the two files give to different ids. */
export function idMismatches(recent: readonly Leader[], generated: readonly Leader[]): string[] {
  const known = knownIds(recent);
  const out = new Set<string>();
  for (const leader of generated) {
    for (const key of fullNameKeys(leader.country, [leader.name, ...leader.aliases])) {
      const id = known.get(key);
      if (id !== undefined && id !== leader.id) out.add(`${id} (CountryInfo: ${leader.id})`);
    }
  }
  return [...out].sort();
}

export function readHandFile(file: string): Leader[] {
  return parseDataText(file, readText(file), leadersFileSchema).leaders;
}
