/**
 * The event lexicon lives in one file per CAMEO family (data/lexicon/en/events/NN-family.json), read in file-name
 * order: a rule's position across all files is its tie-break order, so the blocking rules in 00-blocking.json come
 * first.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../errors.js';
import { parseDataText, readDataFile, readTextFile } from './read-data.js';
import { type EventRule, eventsFileSchema } from './schemas.js';

export const EVENT_LEXICON_DIR = 'lexicon/en/events';

export interface EventRuleFile {
  /** Path relative to the data directory, e.g. "lexicon/en/events/04-consult.json"; for a user's file, its path. */
  readonly file: string;
  readonly rules: readonly EventRule[];
}

/** The lexicon's files, in the order their rules are tried. */
export function eventLexiconFiles(dataDir: string): string[] {
  const dir = join(dataDir, EVENT_LEXICON_DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new ParleyError('data.missing', `the event lexicon directory ${dir} cannot be read.`, {
      file: dir,
      hint: 'Check the data directory (--data) or reinstall Parley.',
    });
  }
  const files = names.filter((n) => n.endsWith('.json')).sort();
  if (files.length === 0) {
    throw new ParleyError('data.missing', `the event lexicon directory ${dir} holds no .json file.`, {
      file: dir,
      hint: 'Check the data directory (--data) or reinstall Parley.',
    });
  }
  return files.map((n) => `${EVENT_LEXICON_DIR}/${n}`);
}

export function readEventRuleFiles(dataDir: string): EventRuleFile[] {
  return eventLexiconFiles(dataDir).map((file) => ({ file, rules: readDataFile(dataDir, file, eventsFileSchema).rules }));
}

/**
 * A user's event-rule file (`--events FILE`, `createCoder({ eventFiles })`): Parley's own format, JSON or YAML, as
 * `parley dict import` writes it from a PETRARCH verb dictionary. A PETRARCH .txt file is refused with a hint.
 */
export function readUserEventFile(file: string): EventRuleFile {
  if (!/\.(json|ya?ml)$/i.test(file)) {
    throw new ParleyError('events.format', 'an event-rule file is .json or .yaml ({"rules": [...]})', {
      file,
      hint: 'Convert a PETRARCH verb dictionary first: `parley dict import VERBS.txt -o my-events.json`.',
    });
  }
  const text = readTextFile(file, 'event-rule file', 'Check the path given with --events.', 'events.missing');
  return { file, rules: parseDataText(file, text, eventsFileSchema).rules };
}

/**
 * Parley's own rule files followed by the user's (paths are read; files already read are taken as they are).
 * compileEventLexicon checks every rule once, naming the user's file in its errors: an id used twice (also against
 * Parley's ids), a code not in the CAMEO table, a pattern that does not compile.
 */
export function withUserEventFiles(
  builtIn: readonly EventRuleFile[],
  user: readonly (string | EventRuleFile)[],
): EventRuleFile[] {
  return [...builtIn, ...user.map((f) => (typeof f === 'string' ? readUserEventFile(f) : f))];
}
