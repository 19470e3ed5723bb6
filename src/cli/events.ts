/**
 * `parley events`: the deduplicated events in the store, filtered, in one of the export formats.
 */
import { ParleyError } from '../errors.js';
import { createExportContext, exportFormats, type ExportFormatName } from '../dataset/exports/index.js';
import { defaultDataDir } from '../paths.js';
import { type EventFilter, queryEvents } from '../store/read-dataset.js';
import { openForReading } from './open-for-reading.js';

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
  const store = await openForReading(opts.db, err);
  if (!store) return 1;
  try {
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
