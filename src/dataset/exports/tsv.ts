/**
 * TSV export: the CSV's columns (flat-columns.ts), tab-separated, with a header line. TSV has no quoting, so a tab or
 * line break inside a field (a sentence, a name) becomes a space.
 */
import type { DatasetEvent } from '../dataset-event.js';
import { tabRow } from './fields.js';
import { FLAT_COLUMNS, flatValues } from './flat-columns.js';

export function tsvHeader(): string {
  return tabRow(FLAT_COLUMNS);
}

export function tsvRow(event: DatasetEvent): string {
  return tabRow(flatValues(event));
}
