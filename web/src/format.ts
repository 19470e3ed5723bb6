/** How records are written on screen: actors, dates, codes, quad classes, numbers. */
import type { CodedActor, DatasetEvent, EpisodeStop } from '../../src/api/api-types.js';

export const QUAD_NAMES: Record<number, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

/** "Tô Lâm" for an actor with a name, else its code; null for an event without that side. */
export function actorName(actor: CodedActor | null): string {
  if (!actor) return '—';
  return actor.name ?? actor.code;
}

/** A date or a range: "2025-05-08", "2025-05-08 – 2025-05-11"; "undated" without a date. */
export function dateRange(start: string | null | undefined, end?: string | null): string {
  if (!start) return end ? `? – ${end}` : 'undated';
  if (!end || end === start) return start;
  return `${start} – ${end}`;
}

/** A stop's dates, saying when the reports do not give them. */
export function stopDates(stop: EpisodeStop): string {
  if (!stop.start && !stop.end) return 'dates not reported';
  return `${stop.start ?? '?'} – ${stop.end ?? '?'}`;
}

const PRECISION_WORDS: Record<string, string> = {
  day: 'day',
  range: 'range of days',
  month: 'month only',
  year: 'year only',
  publication: 'publication date (the text gives none)',
};

export function precisionWords(precision: string): string {
  return PRECISION_WORDS[precision] ?? precision;
}

export function placeName(event: DatasetEvent): string {
  const loc = event.location;
  if (!loc) return '—';
  return loc.country && loc.name !== loc.country ? `${loc.name} (${loc.country})` : loc.name;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

export function signed(value: number, digits = 1): string {
  const text = value.toFixed(digits);
  return value > 0 ? `+${text}` : text;
}

/** A dyad for the API's `dyad` filter: "VNM>RUS" (directed) or "VNM-RUS" (either way). */
export function dyadFilter(source: string, target: string, directed = true): string {
  return `${source}${directed ? '>' : '-'}${target}`;
}
