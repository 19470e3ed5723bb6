/**
 * `parley dict import`: PETRARCH/TABARI actor and agent dictionaries -> a Parley actor dictionary (JSON or YAML);
 * PETRARCH verb dictionaries -> a Parley event-rule file (`{"rules": [...]}`, loaded with --events). Every line
 * that cannot be read or converted is reported by file and line number. Readable entries are always written; the exit
 * status is 1 when some line could not be read, so scripts notice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify as toYaml } from 'yaml';
import { ParleyError, formatError } from '../errors.js';
import { type DictKind, detectKind, importDictionaries, importVerbDictionaries } from '../dictionaries/import.js';
import type { ImportProblem } from '../dictionaries/import-problems.js';
import { verbDataSchema } from '../events/inflect.js';
import { loadOntology } from '../knowledge/ontology.js';
import { readDataFile } from '../knowledge/read-data.js';
import { defaultDataDir } from '../paths.js';

export interface DictImportOptions {
  out?: string;
  kind?: DictKind;
  format?: 'json' | 'yaml';
  notice?: string;
  /** Parley's data folder, for the CAMEO codes and verb forms a verb dictionary is checked against. */
  dataDir?: string;
  stdout?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;

function writeProblems(err: NodeJS.WritableStream, file: string, problems: readonly ImportProblem[]): number {
  let errors = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    err.write(`${file}${p.line > 0 ? `:${p.line}` : ''}: ${p.severity}: ${p.message}\n`);
  }
  return errors;
}

export function runDictImport(files: string[], opts: DictImportOptions): number {
  const err = opts.err ?? process.stderr;
  const inputs: { file: string; text: string; kind: DictKind }[] = [];
  for (const file of files) {
    try {
      const text = readFileSync(file, 'utf8');
      inputs.push({ file, text, kind: opts.kind ?? detectKind(file, text) });
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      const message = code === 'ENOENT' ? 'dictionary file not found' : `cannot read dictionary file (${code ?? 'error'})`;
      err.write(`${formatError(new ParleyError('dict.missing', message, { file }))}\n`);
      return 2;
    }
  }
  const verbFiles = inputs.filter((i) => i.kind === 'verbs');
  if (verbFiles.length > 0 && verbFiles.length < inputs.length) {
    const others = inputs.filter((i) => i.kind !== 'verbs').map((i) => i.file);
    const error = new ParleyError(
      'dict.mixed',
      `verb dictionaries (${verbFiles.map((i) => i.file).join(', ')}) become an event-rule file and actor or agent ` +
        `dictionaries (${others.join(', ')}) an actor dictionary: they cannot go into one output`,
      { hint: 'Import them in two runs, each with its own -o.' },
    );
    err.write(`${formatError(error)}\n`);
    return 2;
  }
  const format = opts.format ?? (opts.out && /\.ya?ml$/i.test(opts.out) ? 'yaml' : 'json');
  let output: unknown;
  let written: string;
  let errors = 0;
  if (verbFiles.length > 0) {
    const dataDir = opts.dataDir ?? defaultDataDir();
    const ontology = loadOntology(dataDir);
    const verbs = readDataFile(dataDir, 'lexicon/en/verbs.json', verbDataSchema);
    const { rules, reports } = importVerbDictionaries(verbFiles, (c) => ontology.has(c), verbs);
    for (const r of reports) {
      const bad = writeProblems(err, r.file, r.problems);
      errors += bad;
      const s = r.stats;
      err.write(
        `${r.file}: verb dictionary: ${s.verbsConverted.toLocaleString('en-US')} of ${count(s.verbs, 'verb')} ` +
          `(${s.verbsWithoutCode.toLocaleString('en-US')} code nothing alone), ` +
          `${s.patternsConverted.toLocaleString('en-US')} ` +
          `of ${count(s.patterns, 'pattern')}, ${count(s.synsets, 'set')} -> ${count(s.rules, 'rule')}; ` +
          `${count(bad, 'line')} not converted\n`,
      );
    }
    output = { rules };
    written = count(rules.length, 'event rule');
  } else {
    const { dictionary, reports } = importDictionaries(inputs, opts.notice);
    for (const r of reports) {
      const bad = writeProblems(err, r.file, r.problems);
      errors += bad;
      const what =
        r.kind === 'actors' ? `${count(r.actors, 'actor')} (${count(r.synonyms, 'synonym')})` : count(r.agents, 'agent');
      err.write(`${r.file}: ${r.kind} dictionary: ${what}; ${count(bad, 'unreadable line')}\n`);
    }
    output = dictionary;
    written = `${count(dictionary.actors.length, 'actor')}, ${count(dictionary.agents.length, 'agent')}`;
  }
  const text = format === 'yaml' ? toYaml(output) : `${JSON.stringify(output, null, 1)}\n`;
  if (opts.out) {
    writeFileSync(opts.out, text);
    err.write(`wrote ${opts.out}: ${written}\n`);
  } else {
    (opts.stdout ?? process.stdout).write(text);
  }
  if (errors > 0) {
    const what = verbFiles.length > 0 ? 'converted' : 'read';
    err.write(`parley: ${count(errors, 'line')} could not be ${what} (listed above); every other entry was imported.\n`);
    return 1;
  }
  return 0;
}
