/**
 * The options every coding command shares: where Parley's data is, and the user's own actor dictionaries, leader
 * files and event-rule files.
 */
import type { Command } from 'commander';
import type { KnowledgeConfig } from '../knowledge/knowledge.js';

export interface KnowledgeFlags {
  dataDir?: string;
  actors?: string[];
  leaders?: string[];
  events?: string[];
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function addKnowledgeOptions(command: Command): Command {
  return command
    .option('--data <dir>', "use Parley's data files (ontology, lexicons) from this folder")
    .option(
      '--actors <file>',
      'add an actor dictionary (repeatable): Parley .json/.yaml from `parley dict import`, or PETRARCH .txt; its ' +
        'entries win over built-in ones',
      collect,
    )
    .option('--leaders <file>', 'add a leader file (repeatable; .json/.yaml, the schema of data/actors/leaders.json)', collect)
    .option(
      '--events <file>',
      'add event rules (repeatable): a .json/.yaml rule file, e.g. a PETRARCH verb dictionary converted by ' +
        '`parley dict import`; tried after Parley\'s own rules',
      collect,
    );
}

/** Commander's parsed options -> KnowledgeFlags. */
export function knowledgeFlags(opts: {
  data?: string;
  actors?: string[];
  leaders?: string[];
  events?: string[];
}): KnowledgeFlags {
  return {
    ...(opts.data ? { dataDir: opts.data } : {}),
    ...(opts.actors ? { actors: opts.actors } : {}),
    ...(opts.leaders ? { leaders: opts.leaders } : {}),
    ...(opts.events ? { events: opts.events } : {}),
  };
}

export function knowledgeConfig(flags: KnowledgeFlags): KnowledgeConfig {
  return {
    ...(flags.dataDir ? { dataDir: flags.dataDir } : {}),
    ...(flags.actors ? { actorDictionaries: flags.actors } : {}),
    ...(flags.leaders ? { leaderFiles: flags.leaders } : {}),
    ...(flags.events ? { eventFiles: flags.events } : {}),
  };
}
