/**
 * `parley events`: the deduplicated events in the store, filtered, in one of the export formats.
 */
import { ParleyError } from '../errors.js';
import { createExportContext, exportFormats, type ExportFormatName } from '../dataset/exports/index.js';
import { defaultDataDir } from '../paths.js';
import { openStore } from '../store/open-store.js';
import { type EventFilter, queryEvents, storeCounts } from '../store/read-dataset.js';

export interface EventsCliOptions extends EventFilter {
  db: string;
  format: ExportFormatName;
  dataDir?: string;
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

export function checkDay(value: string | undefined, flag: string): void {
  if (value !== undefined && !DAY.test(value)) {
    throw new ParleyError('cli.bad-date', `${flag} ${value} is not a date`, { hint: `Give ${flag} as YYYY-MM-DD, e.g. ${flag} 2025-05-01.` });
  }
}

/** Writes, waiting when the stream asks to (a pipe into `head` or a slow disk). */
async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await new Promise((r) => out.once('drain', r));
}

export async function runEvents(opts: EventsCliOptions): Promise<number> {
  checkDay(opts.since, '--since');
  checkDay(opts.until, '--until');
  const out = opts.out ?? process.stdout;
  const err = opts.err ?? process.stderr;
  const format = exportFormats[opts.format];
  const ctx = createExportContext(opts.dataDir ?? defaultDataDir());
  const store = await openStore(opts.db);
  try {
    const counts = await storeCounts(store);
    if (counts.articles === 0) {
      err.write(`parley: the store ${store.location} is empty. Run \`parley ingest FILES --db ${opts.db}\` first.\n`);
      return 1;
    }
    if (counts.pending > 0) {
      err.write(`parley: ${counts.pending} groups of the store are not deduplicated yet (an ingest was interrupted); run \`parley ingest --db ${opts.db}\` to finish.\n`);
    }
    if (format.header) await write(out, `${format.header()}\n`);
    let n = 0;
    for await (const event of queryEvents(store, opts)) {
      const line = format.line(event, ctx);
      if (line !== null) await write(out, `${line}\n`);
      n++;
    }
    if (n === 0) err.write('parley: no event matches these filters.\n');
    return 0;
  } finally {
    await store.close();
  }
}
