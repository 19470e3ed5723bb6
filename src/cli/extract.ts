/**
 * `parley extract`: inputs in, JSONL events out. One bad document is reported on stderr and skipped; the exit status
 * is non-zero only when nothing could be processed (or, with --strict, when anything failed).
 */
import { createCoder } from '../coder.js';
import { formatError, ParleyError } from '../errors.js';
import { readInputs } from '../ingest/index.js';
import type { CodedEvent } from '../output/coded-event.js';
import { type KnowledgeFlags, knowledgeConfig } from './knowledge-flags.js';

export interface ExtractOptions extends KnowledgeFlags {
  format: 'jsonl' | 'json';
  strict: boolean;
  intended: boolean;
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

export interface ExtractSummary {
  articles: number;
  events: number;
  errors: number;
}

/** Codes every input and calls `onEvent` for each event, in input order. */
export async function extractAll(
  inputs: string[],
  opts: Pick<ExtractOptions, 'intended' | 'err'> & KnowledgeFlags,
  onEvent: (e: CodedEvent) => void,
): Promise<ExtractSummary> {
  const err = opts.err ?? process.stderr;
  const coder = createCoder({ ...knowledgeConfig(opts), options: { emitIntended: opts.intended } });
  const summary: ExtractSummary = { articles: 0, events: 0, errors: 0 };
  for await (const item of readInputs(inputs)) {
    if (item.kind === 'error') {
      summary.errors++;
      err.write(`${formatError(item.error)}\n`);
      continue;
    }
    const { article } = item;
    try {
      const { doc, events } = coder.code(article);
      for (const d of doc.diagnostics) {
        if (d.level !== 'error') continue;
        summary.errors++;
        const where = { file: article.origin.file, docId: article.id, ...(article.origin.line ? { line: article.origin.line } : {}) };
        err.write(`${formatError(new ParleyError(d.code, d.message, where))}\n`);
      }
      summary.articles++;
      summary.events += events.length;
      for (const e of events) onEvent(e);
    } catch (cause) {
      // a bug in a stage must not stop the batch: report it with the document, go on
      summary.errors++;
      const message = cause instanceof Error ? cause.message : String(cause);
      const where = { file: article.origin.file, docId: article.id, ...(article.origin.line ? { line: article.origin.line } : {}) };
      err.write(
        `${formatError(new ParleyError('internal', `internal error while coding this document: ${message}`, { ...where, hint: 'Please report it with the document.' }))}\n`,
      );
    }
  }
  return summary;
}

export async function runExtract(inputs: string[], opts: ExtractOptions): Promise<number> {
  const out = opts.out ?? process.stdout;
  const all: CodedEvent[] = [];
  const summary = await extractAll(inputs, opts, (e) => {
    if (opts.format === 'json') all.push(e);
    else out.write(`${JSON.stringify(e)}\n`);
  });
  if (opts.format === 'json') out.write(`${JSON.stringify(all, null, 2)}\n`);
  if (summary.articles === 0) {
    (opts.err ?? process.stderr).write(
      `parley: no article could be processed (${summary.errors} error${summary.errors === 1 ? '' : 's'}).\n`,
    );
    return 1;
  }
  return opts.strict && summary.errors > 0 ? 1 : 0;
}
