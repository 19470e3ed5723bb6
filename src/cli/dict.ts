/**
 * `parley dict import`: PETRARCH/TABARI actor and agent dictionaries -> a Parley actor dictionary (JSON or YAML),
 * with every unreadable line reported by file and line number. Readable entries are always written; the exit status
 * is 1 when some line could not be read, so scripts notice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify as toYaml } from 'yaml';
import { ParleyError, formatError } from '../errors.js';
import { type DictKind, importDictionaries } from '../dictionaries/import.js';

export interface DictImportOptions {
  out?: string;
  kind?: DictKind;
  format?: 'json' | 'yaml';
  notice?: string;
  stdout?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;

export function runDictImport(files: string[], opts: DictImportOptions): number {
  const err = opts.err ?? process.stderr;
  const inputs = [];
  for (const file of files) {
    try {
      inputs.push({ file, text: readFileSync(file, 'utf8'), ...(opts.kind ? { kind: opts.kind } : {}) });
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      const message = code === 'ENOENT' ? 'dictionary file not found' : `cannot read dictionary file (${code ?? 'error'})`;
      err.write(`${formatError(new ParleyError('dict.missing', message, { file }))}\n`);
      return 2;
    }
  }
  const { dictionary, reports } = importDictionaries(inputs, opts.notice);
  let errors = 0;
  for (const r of reports) {
    for (const p of r.problems) {
      if (p.severity === 'error') errors++;
      err.write(`${r.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.severity}: ${p.message}\n`);
    }
    const what =
      r.kind === 'actors' ? `${count(r.actors, 'actor')} (${count(r.synonyms, 'synonym')})` : count(r.agents, 'agent');
    const bad = r.problems.filter((p) => p.severity === 'error').length;
    err.write(`${r.file}: ${r.kind} dictionary: ${what}; ${count(bad, 'unreadable line')}\n`);
  }
  const format = opts.format ?? (opts.out && /\.ya?ml$/i.test(opts.out) ? 'yaml' : 'json');
  const text = format === 'yaml' ? toYaml(dictionary) : `${JSON.stringify(dictionary, null, 1)}\n`;
  if (opts.out) {
    writeFileSync(opts.out, text);
    err.write(`wrote ${opts.out}: ${count(dictionary.actors.length, 'actor')}, ${count(dictionary.agents.length, 'agent')}\n`);
  } else {
    (opts.stdout ?? process.stdout).write(text);
  }
  if (errors > 0) {
    err.write(`parley: ${count(errors, 'line')} could not be read (listed above); every other entry was imported.\n`);
    return 1;
  }
  return 0;
}
