/** JSONL export: the DatasetEvent itself, one JSON object per line (no header). */
import type { DatasetEvent } from '../dataset-event.js';

export function jsonlRow(event: DatasetEvent): string {
  return JSON.stringify(event);
}
