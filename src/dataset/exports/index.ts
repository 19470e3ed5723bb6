/**
 * The dataset export formats. A writer prints `header()` when the format has one, then `line(event, ctx)` for each
 * event, each followed by a line break; `line` returns null when the format has no record for the event (PLOVER
 * for CAMEO 01/02 events), and the writer prints nothing for it. `ctx` comes from createExportContext(dataDir),
 * once per export. docs/exports.md describes every column.
 */
import type { DatasetEvent } from '../dataset-event.js';
import { csvHeader, csvRow } from './csv.js';
import type { ExportContext } from './export-context.js';
import { gdeltRow } from './gdelt.js';
import { icewsHeader, icewsRow } from './icews.js';
import { jsonlRow } from './jsonl.js';
import { ploverLine } from './plover.js';
import { tsvHeader, tsvRow } from './tsv.js';

export { createExportContext, type ExportContext } from './export-context.js';

export type ExportFormatName = 'jsonl' | 'csv' | 'tsv' | 'gdelt' | 'icews' | 'plover';

export interface ExportFormat {
  /** One line for `--help`. */
  readonly description: string;
  /** File name extension, without the dot. */
  readonly extension: string;
  /** The header line, for formats that have one. */
  readonly header?: () => string;
  /** One event as one line (no line break), or null when the format has no record for it. */
  line(event: DatasetEvent, ctx: ExportContext): string | null;
}

export const exportFormats: Readonly<Record<ExportFormatName, ExportFormat>> = Object.freeze({
  jsonl: {
    description: 'Parley dataset events, one JSON object per line',
    extension: 'jsonl',
    line: (event) => jsonlRow(event),
  },
  csv: {
    description: 'flat table, comma-separated (RFC 4180), with a header',
    extension: 'csv',
    header: csvHeader,
    line: (event) => csvRow(event),
  },
  tsv: {
    description: 'flat table, tab-separated, with a header',
    extension: 'tsv',
    header: tsvHeader,
    line: (event) => tsvRow(event),
  },
  gdelt: {
    description: 'GDELT 2.0 Events table: 61 tab-separated columns, no header',
    extension: 'export.CSV',
    line: gdeltRow,
  },
  icews: {
    description: 'ICEWS coded events: 20 tab-separated columns, with a header',
    extension: 'tab',
    header: icewsHeader,
    line: icewsRow,
  },
  plover: {
    description: 'PLOVER JSON records, one per line (events of CAMEO 01/02, which PLOVER dropped, are left out)',
    extension: 'plover.jsonl',
    line: ploverLine,
  },
});

/** Whether `name` is an export format ("gdelt"), for the CLI's checks. */
export function isExportFormat(name: string): name is ExportFormatName {
  return Object.hasOwn(exportFormats, name);
}
