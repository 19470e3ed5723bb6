/**
 * CSV export (RFC 4180): a header line, then one row per event (the columns of flat-columns.ts). A field holding a
 * comma, a double quote or a line break is quoted, with its quotes doubled; line breaks inside a quoted field are
 * kept. A row has no line terminator: the writer ends each line.
 */
import type { DatasetEvent } from '../dataset-event.js';
import { type CellValue, cellText } from './fields.js';
import { FLAT_COLUMNS, flatValues } from './flat-columns.js';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CellValue): string {
  const text = cellText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(): string {
  return FLAT_COLUMNS.map(csvField).join(',');
}

export function csvRow(event: DatasetEvent): string {
  return flatValues(event).map(csvField).join(',');
}
