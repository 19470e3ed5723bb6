/**
 * `parley`: a thin shell over the library. Argument parsing and output only; the work is in createCoder().
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatError, isParleyError } from '../errors.js';
import { runActors } from './actors.js';
import { runDemo } from './demo.js';
import { runDictImport } from './dict.js';
import { runEpisodes } from './episodes.js';
import { runEvents } from './events.js';
import { runExtract } from './extract.js';
import { runIngest } from './ingest.js';
import { runServe } from './serve.js';
import { exportFormats } from '../dataset/exports/index.js';
import { defaultStoreTarget } from '../store/open-store.js';
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
        '{"id","text"|"html","date"?,"url"?,"title"?,"source"?} per line), .rss/.atom/.xml feeds (one article per ' +
        'item), http(s):// URLs (fetched; a feed, page, text or JSONL), directories (walked in sorted order), ' +
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

  const dbOption = () =>
    new Option('--db <path|url>', 'the store: a SQLite file, or a postgres:// URL (default: $PARLEY_DB, else ./parley.db)').default(
      defaultStoreTarget(),
    );
  const positive = (flag: string) => (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} takes a whole number of 1 or more`);
    return n;
  };

  const ingest = program
    .command('ingest')
    .summary('store articles, then deduplicate events and build visits and tours')
    .description(
      'Code articles and store them with their events, then derive the dataset: syndicated copies, one event per ' +
        'real event with every report of it (num_mentions, num_sources, num_articles), and episodes (visits, ' +
        'tours). Inputs as for `extract`, plus RSS/Atom feed files and http(s) URLs of feeds. An article already ' +
        'in the store (same content) is not stored again; running an ingest twice, or again after it was killed, ' +
        'gives the same store as one clean run.',
    )
    .argument('[inputs...]', 'files, directories, feed files or URLs; standard input when none')
    .addOption(dbOption())
    .option('--watch <dir>', 'after ingesting, keep watching this folder and ingest new files as they appear')
    .option('--interval <seconds>', 'how often --watch looks for new files', positive('--interval'), 2)
    .option('--batch <n>', 'articles per transaction', positive('--batch'), 100)
    .option('--strict', 'exit with status 1 if any input had an error');
  addKnowledgeOptions(ingest)
    .addHelpText(
      'after',
      '\nExamples:\n  parley ingest news/ --db news.db\n  parley ingest feeds/*.rss --db postgres://parley:pw@127.0.0.1/parley\n' +
        '  parley ingest --watch inbox/ --db news.db',
    )
    .action(async (inputs: string[], opts) => {
      process.exitCode = await runIngest(inputs, {
        db: opts.db,
        batchSize: opts.batch,
        strict: Boolean(opts.strict),
        interval: opts.interval,
        ...(opts.watch ? { watch: opts.watch } : {}),
        ...knowledgeFlags(opts),
      });
    });

  const formats = Object.keys(exportFormats);
  program
    .command('events')
    .summary('print the deduplicated events in the store, filtered, as JSONL, CSV, TSV, GDELT, ICEWS or PLOVER')
    .description(
      'Print the events of the store, one per real event, oldest first. JSONL lines keep the fields of `extract` ' +
        'and add num_mentions, num_sources, num_articles and mentions [{doc_id, sentence, start, end}]. ' +
        `Formats: ${formats.map((f) => `${f} (${exportFormats[f as keyof typeof exportFormats].description})`).join('; ')}.`,
    )
    .addOption(dbOption())
    .option('--actor <code>', 'a CAMEO actor code or prefix, or an ISO3 country, on either side (VNM, RUSGOV, IGOUNO)')
    .option('--code <code>', 'a CAMEO event code or prefix (04, 042)')
    .option('--since <YYYY-MM-DD>', 'events that end on or after this day')
    .option('--until <YYYY-MM-DD>', 'events that start on or before this day')
    .option('--q <words>', 'words in a sentence that reports the event')
    .addOption(new Option('--modality <m>', 'only asserted, intended or negated events').choices(['asserted', 'intended', 'negated']))
    .option('--limit <n>', 'at most this many events', positive('--limit'))
    .addOption(new Option('--format <format>', 'output format').choices(formats).default('jsonl'))
    .option('--data <dir>', "use Parley's data files from this folder")
    .addHelpText('after', '\nExamples:\n  parley events --actor VNM --code 04 --since 2025-05-01\n  parley events --format gdelt > events.tsv')
    .action(async (opts) => {
      process.exitCode = await runEvents({
        db: opts.db,
        format: opts.format,
        ...(opts.actor ? { actor: opts.actor } : {}),
        ...(opts.code ? { code: opts.code } : {}),
        ...(opts.since ? { since: opts.since } : {}),
        ...(opts.until ? { until: opts.until } : {}),
        ...(opts.q ? { q: opts.q } : {}),
        ...(opts.modality ? { modality: opts.modality } : {}),
        ...(opts.limit ? { limit: opts.limit } : {}),
        ...(opts.data ? { dataDir: opts.data } : {}),
      });
    });

  program
    .command('episodes')
    .summary('print the visits and tours in the store')
    .description(
      'Print visits and tours: traveller, hosts, dates, stops in travel order, the events inside them and the ' +
        'reports behind them. `--format json` prints an array of {id, kind, traveller, hosts, start, end, stops ' +
        '[{country, place, start, end}], parent, events, sources, rules}.',
    )
    .addOption(dbOption())
    .option('--actor <code>', "a traveller's CAMEO code or prefix")
    .addOption(new Option('--kind <kind>', 'only visits or only tours').choices(['visit', 'tour']))
    .option('--since <YYYY-MM-DD>', 'episodes that end on or after this day')
    .option('--until <YYYY-MM-DD>', 'episodes that start on or before this day')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'jsonl']).default('text'))
    .action(async (opts) => {
      process.exitCode = await runEpisodes({
        db: opts.db,
        format: opts.format,
        ...(opts.actor ? { actor: opts.actor } : {}),
        ...(opts.kind ? { kind: opts.kind } : {}),
        ...(opts.since ? { since: opts.since } : {}),
        ...(opts.until ? { until: opts.until } : {}),
      });
    });

  const port = (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('--port takes a port number from 0 to 65535 (0: any free port)');
    return n;
  };
  program
    .command('serve')
    .summary('serve the store over HTTP: the API under /api and the web UI')
    .description(
      'Serve the store: the JSON API under /api (documented at /openapi.json) and the web UI at /, on ' +
        '127.0.0.1 unless --host says otherwise. Reading needs nothing; POST /api/articles needs the token given ' +
        'with --token or $PARLEY_TOKEN (without one, the server is read-only).',
    )
    .addOption(dbOption())
    .addOption(new Option('--port <n>', 'port to listen on (0: any free port)').argParser(port).default(8080))
    .option('--host <address>', 'address to listen on; 0.0.0.0 exposes the server to the network', '127.0.0.1')
    .addOption(new Option('--token <secret>', 'bearer token that writes need').env('PARLEY_TOKEN'))
    .option('--web <dir>', 'the built web UI (default: dist/web of this checkout)')
    .option('--max-body <bytes>', 'largest POST body accepted', positive('--max-body'), 5_000_000)
    .option('--data <dir>', "use Parley's data files from this folder")
    .addHelpText('after', '\nExamples:\n  parley serve --db news.db\n  PARLEY_TOKEN=s3cret parley serve --db postgres://localhost/parley --port 9000')
    .action(async (opts) => {
      process.exitCode = await runServe({
        db: opts.db,
        port: opts.port,
        host: opts.host,
        token: opts.token ?? null,
        maxBody: opts.maxBody,
        ...(opts.web ? { web: opts.web } : {}),
        ...(opts.data ? { dataDir: opts.data } : {}),
      });
    });

  program
    .command('demo')
    .summary('code the demo corpus and print the events found')
    .description(
      "Code Parley's demo corpus (demo/articles) and, when present, the seed reports in ../shared/seeds, and " +
        'print a readable table of the events found; the full JSONL is written to demo/output/events.jsonl and ' +
        'the dataset to demo/output/parley.db. Then serve that dataset (the web UI and the API) until Ctrl-C.',
    )
    .option('--no-serve', 'stop after printing; do not start the web UI')
    .addOption(new Option('--port <n>', 'port for the web UI (taken: any free port)').argParser(port).default(8080))
    .action(async (opts) => {
      process.exitCode = await runDemo({ serve: opts.serve !== false, port: opts.port });
    });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // A reader that stops early (`parley events | head`) closes the pipe: that is the end of the output, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
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
