/**
 * `parley`: a thin shell over the library. Argument parsing and output only; the work is in createCoder().
 */
import { Command, Option } from 'commander';
import { formatError, isParleyError } from '../errors.js';
import { runActors } from './actors.js';
import { runDemo } from './demo.js';
import { runDictImport } from './dict.js';
import { runExtract } from './extract.js';
import { addKnowledgeOptions, knowledgeFlags } from './knowledge-flags.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('parley')
    .description(
      'Political event coder: reads news (text, HTML, JSONL) and writes CAMEO/PLOVER-coded events (who did what ' +
        'to whom, when), each with the sentence that proves it and the rules that fired.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run "parley --help" for usage)');

  const extract = program
    .command('extract')
    .summary('code articles; one JSON event per line on standard output')
    .description(
      'Code articles and write one JSON event per line to standard output. Inputs: .txt/.md (plain text), ' +
        '.html/.htm (the main article text is extracted), .jsonl/.ndjson (one ' +
        '{"id","text"|"html","date"?,"url"?,"title"?,"source"?} per line), directories (walked in sorted order), ' +
        'or standard input when no input is given (or "-").',
    )
    .argument('[inputs...]', 'files or directories to read; standard input when none')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'json']).default('jsonl'))
    .option('--strict', 'exit with status 1 if any input had an error (default: only if nothing could be read)')
    .option('--no-intended', 'leave out planned or intended events (modality "intended")');
  addKnowledgeOptions(extract)
    .addHelpText(
      'after',
      '\nEach line: {doc_id, event_id, sentence, code, root, name, quad_class, goldstein, plover, source, target,\n' +
        'date, date_precision, location, modality, evidence{text,start,end}, trigger, rules}. Offsets index the\n' +
        'NFC-normalised article text. Errors go to standard error, one line each, and the batch goes on.\n\n' +
        'Examples:\n  parley extract news/\n  parley extract feed.jsonl > events.jsonl\n  cat story.txt | parley extract',
    )
    .action(async (inputs: string[], opts) => {
      process.exitCode = await runExtract(inputs, {
        format: opts.format,
        strict: Boolean(opts.strict),
        intended: opts.intended !== false,
        ...knowledgeFlags(opts),
      });
    });

  const actors = program
    .command('actors')
    .summary('show the actors found in each document, with spans, codes and rules')
    .description('Print the actors found in each document: span, CAMEO code, kind, name, the rules that fired.')
    .argument('[inputs...]', 'files or directories to read; standard input when none')
    .option('--json', 'one JSON object per actor mention');
  addKnowledgeOptions(actors).action(async (inputs: string[], opts) => {
    process.exitCode = await runActors(inputs, { ...knowledgeFlags(opts), json: Boolean(opts.json) });
  });

  const dict = program.command('dict').summary('work with actor and verb dictionaries');
  dict
    .command('import')
    .summary('convert PETRARCH/TABARI actor, agent and verb dictionaries to Parley actor dictionaries and event rules')
    .description(
      'Read PETRARCH/TABARI .actors and .agents dictionaries (date-restricted codes "[CODE YYMMDD-YYMMDD]", "+" ' +
        'synonyms, "{plurals}", "!SET!" substitutions) and write one Parley actor dictionary (JSON or YAML) that ' +
        '`--actors FILE` loads; or read PETRARCH verb dictionaries ("&SET" synonym sets, "--- NAME [CODE] ---" verb ' +
        'blocks, "- WORDS * WORDS [CODE]" patterns) and write one Parley event-rule file that `--events FILE` loads. ' +
        'Lines that cannot be read or converted (a code not in the CAMEO table, a pattern Parley cannot express) are ' +
        'listed with file and line number on standard error; every other entry is still written, and the exit status ' +
        'is 1.',
    )
    .argument(
      '<files...>',
      'dictionary files, all actors/agents or all verbs; the kind comes from the name ("actors", "agents", "verbs") ' +
        'or the contents',
    )
    .option('-o, --out <file>', 'write here (.json or .yaml) instead of standard output')
    .addOption(new Option('--kind <kind>', 'read every file as this kind').choices(['actors', 'agents', 'verbs']))
    .addOption(new Option('--format <format>', 'output format (default: from --out, else json)').choices(['json', 'yaml']))
    .option('--notice <text>', 'source and licence note to store in the dictionary')
    .addHelpText(
      'after',
      '\nExamples:\n  parley dict import Phoenix.Countries.actors.txt Phoenix.agents.txt -o my-actors.json\n' +
        '  parley dict import CAMEO.2.0.txt -o my-events.json\n' +
        '  parley extract --actors my-actors.json --events my-events.json news/',
    )
    .action((files: string[], opts) => {
      process.exitCode = runDictImport(files, {
        ...(opts.out ? { out: opts.out } : {}),
        ...(opts.kind ? { kind: opts.kind } : {}),
        ...(opts.format ? { format: opts.format } : {}),
        ...(opts.notice ? { notice: opts.notice } : {}),
      });
    });

  program
    .command('demo')
    .summary('code the demo corpus and print the events found')
    .description(
      "Code Parley's demo corpus (demo/articles) and, when present, the seed reports in ../shared/seeds, and " +
        'print a readable table of the events found; the full JSONL is written to demo/output/events.jsonl.',
    )
    .action(async () => {
      process.exitCode = await runDemo();
    });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (isParleyError(e)) {
      process.stderr.write(`${formatError(e)}\n`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
}
