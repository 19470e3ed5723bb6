/**
 * The event lexicon lives in one file per CAMEO family (data/lexicon/en/events/NN-family.json), read in file-name
 * order: a rule's position across all files is its tie-break order, so the blocking rules in 00-blocking.json come
 * first.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../errors.js';
import { readDataFile } from './read-data.js';
import { type EventRule, eventsFileSchema } from './schemas.js';

export const EVENT_LEXICON_DIR = 'lexicon/en/events';

export interface EventRuleFile {
  /** Path relative to the data directory, e.g. "lexicon/en/events/04-consult.json". */
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
