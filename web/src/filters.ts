/**
 * The UI's state in the URL hash, so that every view can be linked and reloaded:
 * `#/<view>[/<id>]?<filters and view options>`, e.g. `#/events?dyad=VNM-RUS&sort=-mentions`.
 * Filters are the API's event filters, passed to every endpoint unchanged; view options (sort, interval, level...)
 * belong to one view and are dropped when another view is opened.
 */

/** The API's event filters, in the order they appear in a URL. */
export const FILTER_KEYS = [
  'actor',
  'country',
  'dyad',
  'code',
  'root',
  'quad',
  'plover',
  'since',
  'until',
  'place',
  'q',
  'modality',
  'min_sources',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const VIEWS = ['events', 'event', 'timeline', 'network', 'map', 'episodes', 'episode', 'article'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Views that show one record: they need an id and ignore the filters. */
const RECORD_VIEWS: ReadonlySet<ViewName> = new Set(['event', 'episode', 'article']);

export interface Route {
  view: ViewName;
  /** The record shown by `event`, `episode` and `article`. */
  id: string | null;
  filters: Filters;
  /** View options: everything in the query that is not a filter. */
  options: Record<string, string>;
}

const FILTER_SET: ReadonlySet<string> = new Set(FILTER_KEYS);

export function isFilterKey(key: string): key is FilterKey {
  return FILTER_SET.has(key);
}

/** Reads `location.hash`. An unknown view, or a record view without an id, is the event list. */
export function parseHash(hash: string): Route {
  const text = hash.replace(/^#/, '');
  const q = text.indexOf('?');
  const path = (q < 0 ? text : text.slice(0, q)).replace(/^\/+/, '');
  const query = new URLSearchParams(q < 0 ? '' : text.slice(q + 1));
  const slash = path.indexOf('/');
  const name = slash < 0 ? path : path.slice(0, slash);
  let id: string | null = slash < 0 ? null : safeDecode(path.slice(slash + 1));
  let view: ViewName = (VIEWS as readonly string[]).includes(name) ? (name as ViewName) : 'events';
  if (RECORD_VIEWS.has(view) && !id) view = view === 'episode' ? 'episodes' : 'events';
  if (!RECORD_VIEWS.has(view)) id = null;
  const filters: Filters = {};
  const options: Record<string, string> = {};
  for (const [key, value] of query) {
    const v = value.trim();
    if (!v) continue;
    if (isFilterKey(key)) filters[key] = v;
    else options[key] = v;
  }
  return { view, id, filters, options };
}

/** The hash of a route: filters in FILTER_KEYS order, then the view options in the order given. */
export function formatHash(route: Partial<Route> & { view: ViewName }): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = route.filters?.[key]?.trim();
    if (value) query.set(key, value);
  }
  for (const [key, value] of Object.entries(route.options ?? {})) if (value !== '') query.set(key, value);
  const path = route.id ? `${route.view}/${encodeURIComponent(route.id)}` : route.view;
  const qs = query.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

/** The query string of an API call: the filters that are set, plus extra parameters. */
export function apiQuery(filters: Filters, extra: Record<string, string | number | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) query.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  const qs = query.toString();
  return qs ? `?${qs}` : '';
}

/** Whether any filter is set. */
export function hasFilters(filters: Filters): boolean {
  return FILTER_KEYS.some((key) => Boolean(filters[key]));
}

const FILTER_LABELS: Record<FilterKey, string> = {
  actor: 'actor',
  country: 'country',
  dyad: 'dyad',
  code: 'CAMEO code',
  root: 'root',
  quad: 'quad class',
  plover: 'PLOVER type',
  since: 'since',
  until: 'until',
  place: 'place',
  q: 'text',
  modality: 'modality',
  min_sources: 'at least sources',
};

export function filterLabel(key: string): string {
  return isFilterKey(key) ? FILTER_LABELS[key] : key;
}

/** "dyad VNM-RUS, since 2025-05-01": the filters in words, for headings and empty states. */
export function describeFilters(filters: Filters): string {
  return FILTER_KEYS.filter((key) => filters[key])
    .map((key) => `${FILTER_LABELS[key]} ${filters[key]}`)
    .join(', ');
}

/** The filters with some keys set (a value of '' or null removes the key). */
export function withFilters(filters: Filters, changes: Partial<Record<FilterKey, string | null>>): Filters {
  const next: Filters = { ...filters };
  for (const [key, value] of Object.entries(changes) as [FilterKey, string | null][]) {
    if (value) next[key] = value;
    else delete next[key];
  }
  return next;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
