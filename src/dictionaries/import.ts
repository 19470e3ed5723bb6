/**
 * `parley dict import`: PETRARCH/TABARI actor and agent dictionaries -> one Parley actor dictionary; PETRARCH verb
 * dictionaries -> one Parley event-rule file. Each input file is read as an actor, agent or verb dictionary (by its
 * name, else by its contents: verb files have "--- NAME [CODE] ---" blocks, agent codes carry a "~").
 */
import { basename } from 'node:path';
import type { VerbData } from '../events/inflect.js';
import type { EventRule } from '../knowledge/schemas.js';
import { ACTOR_DICTIONARY_FORMAT, type ActorDictionary } from './dictionary-schema.js';
import { importActors } from './import-actors.js';
import { importAgents } from './import-agents.js';
import { type ImportProblem, slug } from './import-problems.js';
import { type VerbImportStats, importVerbs } from './import-verbs.js';

export type DictKind = 'actors' | 'agents' | 'verbs';

export interface ImportInput {
  /** Path or name of the file, used in ids, sources and messages. */
  file: string;
  text: string;
  kind?: DictKind;
}

export interface FileReport {
  file: string;
  kind: DictKind;
  actors: number;
  agents: number;
  synonyms: number;
  problems: ImportProblem[];
}

export interface ImportResult {
  dictionary: ActorDictionary;
  reports: FileReport[];
}

/**
 * "Phoenix.agents.txt" is an agent dictionary, "PETR.Validate.verbs.txt" a verb dictionary; without such a name, a
 * file with a verb block header ("--- ABANDON [345] ---") is a verb dictionary, and one whose first code is "[~GOV]"
 * or "[NGO~]" an agent dictionary.
 */
export function detectKind(file: string, text: string): DictKind {
  const name = basename(file).toLowerCase();
  if (/agent/.test(name)) return 'agents';
  if (/actor/.test(name)) return 'actors';
  if (/verb/.test(name)) return 'verbs';
  const content = text.replace(/<!--[\s\S]*?-->/g, '').replace(/#.*$/gm, '');
  if (/^---+[ \t]*[^\s\-[][^\n]*\[[^\]\n]*\]/m.test(content)) return 'verbs';
  const firstCode = /\[\s*([^\]\s]+)/.exec(content);
  return firstCode?.[1]?.includes('~') ? 'agents' : 'actors';
}

export function importDictionaries(inputs: readonly ImportInput[], notice?: string): ImportResult {
  const dictionary: ActorDictionary = { format: ACTOR_DICTIONARY_FORMAT, actors: [], agents: [] };
  if (notice) dictionary.notice = notice;
  const reports: FileReport[] = [];
  for (const input of inputs) {
    const kind = input.kind ?? detectKind(input.file, input.text);
    const source = basename(input.file);
    if (kind === 'verbs') {
      const problem: ImportProblem = {
        line: 0,
        severity: 'error',
        message: 'a verb dictionary: `parley dict import` converts it to an event-rule file, which --events loads',
      };
      reports.push({ file: input.file, kind, actors: 0, agents: 0, synonyms: 0, problems: [problem] });
    } else if (kind === 'actors') {
      const r = importActors(input.text, source);
      dictionary.actors.push(...r.actors);
      reports.push({ file: input.file, kind, actors: r.actors.length, agents: 0, synonyms: r.synonyms, problems: r.problems });
    } else {
      const r = importAgents(input.text, source);
      dictionary.agents.push(...r.agents);
      reports.push({ file: input.file, kind, actors: 0, agents: r.agents.length, synonyms: 0, problems: r.problems });
    }
  }
  return { dictionary, reports };
}

export interface VerbFileReport {
  file: string;
  stats: VerbImportStats;
  problems: ImportProblem[];
}

export interface VerbDictionaryImport {
  /** The rules of every file, in order: the content of a Parley event-rule file (`{"rules": [...]}`). */
  rules: EventRule[];
  reports: VerbFileReport[];
}

/**
 * PETRARCH verb dictionaries -> Parley event rules. `knownCode` says which CAMEO codes exist (the coder's ontology);
 * with `verbs` (data/lexicon/en/verbs.json) every rule is also compiled once, as the coder will compile it.
 */
export function importVerbDictionaries(
  inputs: readonly { file: string; text: string }[],
  knownCode: (code: string) => boolean,
  verbs?: VerbData,
): VerbDictionaryImport {
  const rules: EventRule[] = [];
  const reports: VerbFileReport[] = [];
  const prefixes = new Map<string, number>();
  for (const input of inputs) {
    const source = basename(input.file);
    // ids are user.<file>.<line>: two files of the same name get user.<file>-2.<line>
    const base = `user.${slug(source.replace(/\.txt$/i, '').replace(/[._-]?verbs?$/i, ''))}`;
    const n = (prefixes.get(base) ?? 0) + 1;
    prefixes.set(base, n);
    const r = importVerbs(input.text, source, {
      knownCode,
      prefix: n === 1 ? base : `${base}-${n}`,
      ...(verbs ? { verbs } : {}),
    });
    rules.push(...r.rules);
    reports.push({ file: input.file, stats: r.stats, problems: r.problems });
  }
  return { rules, reports };
}
