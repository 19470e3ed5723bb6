/**
 * `parley dict import`: PETRARCH/TABARI actor and agent dictionaries -> one Parley actor dictionary. Each input file
 * is read as an actor or an agent dictionary (by its name, else by its codes: agent codes carry a "~").
 */
import { basename } from 'node:path';
import { ACTOR_DICTIONARY_FORMAT, type ActorDictionary } from './dictionary-schema.js';
import { importActors } from './import-actors.js';
import { importAgents } from './import-agents.js';
import type { ImportProblem } from './import-problems.js';

export type DictKind = 'actors' | 'agents';

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

/** "Phoenix.agents.txt" is an agent dictionary; so is a file whose first code is "[~GOV]" or "[NGO~]". */
export function detectKind(file: string, text: string): DictKind {
  const name = basename(file).toLowerCase();
  if (/agent/.test(name)) return 'agents';
  if (/actor/.test(name)) return 'actors';
  const firstCode = /\[\s*([^\]\s]+)/.exec(text.replace(/<!--[\s\S]*?-->/g, '').replace(/#.*$/gm, ''));
  return firstCode?.[1]?.includes('~') ? 'agents' : 'actors';
}

export function importDictionaries(inputs: readonly ImportInput[], notice?: string): ImportResult {
  const dictionary: ActorDictionary = { format: ACTOR_DICTIONARY_FORMAT, actors: [], agents: [] };
  if (notice) dictionary.notice = notice;
  const reports: FileReport[] = [];
  for (const input of inputs) {
    const kind = input.kind ?? detectKind(input.file, input.text);
    const source = basename(input.file);
    if (kind === 'actors') {
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
