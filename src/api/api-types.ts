/**
 * The JSON bodies of Parley's HTTP API (`parley serve`), shared by the server (src/api/) and the web UI (web/).
 * Records reuse the dataset's public shapes (`DatasetEvent`, `Episode`) unchanged; everything here only adds what a
 * reader of the API needs around them: pages, reports with highlight spans, aggregates.
 */
import type { DatasetEvent, Episode, EpisodeStop } from '../dataset/dataset-event.js';
import type { CodedActor } from '../output/coded-event.js';

export type { DatasetEvent, Episode, EpisodeStop, CodedActor };

/** Every error: `{error: {code, message, parameter?}}` with a 4xx or 5xx status. */
export interface ApiError {
  error: {
    /** Stable machine-readable code: "bad-parameter", "not-found", "unauthorized", "too-large", ... */
    code: string;
    /** For a person: what was wrong and what to do. */
    message: string;
    /** The query parameter, path parameter or body field at fault. */
    parameter?: string;
  };
}

/** GET /api/events */
export interface EventPage {
  events: DatasetEvent[];
  /** Events matching the filters, over all pages. */
  total: number;
  /** Pass as `cursor` to get the next page; null on the last page. */
  next_cursor: string | null;
}

/** A highlighted part of a sentence, in offsets relative to the sentence's first character (UTF-16 code units). */
export interface Span {
  kind: 'source' | 'target' | 'trigger';
  start: number;
  end: number;
  /** What the span is: the actor code and name, or the event code and name. */
  label: string;
}

/** One report of an event: one sentence of one article, with what the coder read in it. */
export interface EventReport {
  mention_id: string;
  /** The article's id in the API (`/api/articles/{article}`): the hash of its content. */
  article: string;
  doc_id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  /** Articles that are syndicated copies of one story share this id. */
  syndicate: string | null;
  sentence_index: number;
  sentence: string;
  /** Spans to highlight in `sentence`, in order of `start`. */
  spans: Span[];
  code: string;
  name: string;
  date: string | null;
  date_end: string | null;
  modality: string;
  rules: string[];
}

/** GET /api/events/{id} */
export interface EventDetail {
  event: DatasetEvent;
  /** Every report, by article publication date, document, offset. */
  reports: EventReport[];
  /** The visits and tours that contain the event. */
  episodes: EpisodeSummary[];
}

export interface EpisodeSummary {
  id: string;
  kind: 'visit' | 'tour';
  traveller: { code: string; name: string | null };
  start: string | null;
  end: string | null;
  countries: string[];
}

/** A stop with a point to draw: the place's coordinates when the gazetteer knows it, else the country's centre. */
export interface MappedStop extends EpisodeStop {
  lat: number | null;
  lon: number | null;
  country_name: string | null;
}

/** An episode whose stops carry points for the map. */
export interface MappedEpisode extends Omit<Episode, 'stops'> {
  stops: MappedStop[];
}

/** GET /api/episodes: episodes with their stops placed on the map. */
export interface EpisodeList {
  episodes: MappedEpisode[];
}

/** GET /api/episodes/{id}: the episode, its stops, and its events (meetings, talks, agreements) in date order. */
export interface EpisodeDetail {
  episode: MappedEpisode;
  events: DatasetEvent[];
  /** The legs of a tour (visits whose `parent` is this episode), in stop order. */
  legs: EpisodeSummary[];
}

/** GET /api/actors */
export interface ActorSummary {
  code: string;
  /** The name most often resolved for the code, when any. */
  name: string | null;
  country: string | null;
  /** Events with the actor as source or target (dataset events, after deduplication). */
  events: number;
  as_source: number;
  as_target: number;
}
export interface ActorList {
  actors: ActorSummary[];
}

/** GET /api/articles/{id} */
export interface ArticleDetail {
  id: string;
  doc_id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  origin: string;
  added: string;
  text: string;
  sentences: { idx: number; start: number; end: number; block: string }[];
  /** Every actor mention the coder resolved, in document offsets. */
  actors: { code: string; name: string | null; country: string | null; role: string | null; kind: string; start: number; end: number }[];
  /** Every event mention coded in the article, with document offsets of its trigger and sentence. */
  mentions: {
    mention_id: string;
    event_id: string | null;
    code: string;
    name: string;
    source: string | null;
    target: string | null;
    sentence_index: number;
    trigger: { start: number; end: number };
    evidence: { start: number; end: number };
    spans: { kind: Span['kind']; start: number; end: number; label: string }[];
  }[];
}

/** POST /api/articles (token required): the article as stored and the events coded in it. */
export interface PostedArticle {
  id: string;
  doc_id: string;
  /** False when the same content was already stored. */
  created: boolean;
  events: DatasetEvent[];
}

/** GET /api/series: counts and mean Goldstein per dyad per period. */
export interface SeriesPoint {
  /** Start of the period: YYYY-MM-DD (day, week starting Monday) or YYYY-MM (month). */
  period: string;
  count: number;
  goldstein_mean: number;
}
export interface Series {
  /** "VNM→RUS": source and target at the requested level (country, or actor code); "—" stands for no actor
   * (events without a target). */
  dyad: string;
  source: string;
  target: string;
  total: number;
  points: SeriesPoint[];
}
export interface SeriesResponse {
  interval: 'day' | 'week' | 'month';
  level: 'country' | 'actor';
  series: Series[];
}

/** GET /api/network: who did what to whom, edge weight = events. */
export interface NetworkNode {
  id: string;
  name: string | null;
  events: number;
}
export interface NetworkEdge {
  source: string;
  target: string;
  count: number;
  goldstein_mean: number;
  /** Events by quad class: [verbal coop, material coop, verbal conflict, material conflict]. */
  quads: [number, number, number, number];
}
export interface NetworkResponse {
  level: 'country' | 'actor';
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** GET /api/places: where the events happened, for the map. */
export interface PlaceCount {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  count: number;
}
export interface PlacesResponse {
  places: PlaceCount[];
}

/** GET /api/stats */
export interface StoreStats {
  articles: number;
  mentions: number;
  events: number;
  episodes: number;
  pending: number;
  first_date: string | null;
  last_date: string | null;
  /** Whether POST /api/articles is enabled (a token is configured). */
  writable: boolean;
}
