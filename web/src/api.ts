/**
 * Calls to Parley's HTTP API (same origin), typed by src/api/api-types.ts. Every failure becomes an `ApiRequestError`
 * whose message a person can act on: the server's own message for a 4xx/5xx, or what to check when the server cannot
 * be reached.
 */
import type {
  ActorList,
  ApiError,
  ArticleDetail,
  EpisodeDetail,
  EpisodeList,
  EventDetail,
  EventPage,
  NetworkResponse,
  PlacesResponse,
  SeriesResponse,
  StoreStats,
} from '../../src/api/api-types.js';
import { apiQuery, type Filters } from './filters.js';

export class ApiRequestError extends Error {
  /** HTTP status, or 0 when no answer came. */
  readonly status: number;
  /** The API's error code ("bad-parameter", "not-found", ...), or "network" / "bad-response". */
  readonly code: string;
  /** The parameter at fault, when the API names one. */
  readonly parameter: string | undefined;

  constructor(message: string, status: number, code: string, parameter?: string) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.parameter = parameter;
  }
}

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError(
      'Cannot reach the Parley server. Check that `parley serve` is still running, then reload the page.',
      0,
      'network',
    );
  }
  let body: unknown = null;
  const text = await response.text();
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    if (isApiError(body)) {
      throw new ApiRequestError(body.error.message, response.status, body.error.code, body.error.parameter);
    }
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new ApiRequestError(`The server answered ${status} to ${path.split('?')[0]}.`, response.status, 'bad-response');
  }
  if (body === null) {
    throw new ApiRequestError(`The server sent no readable data for ${path.split('?')[0]}.`, response.status, 'bad-response');
  }
  return body as T;
}

const id = (value: string): string => encodeURIComponent(value);

export type EventSort = 'date' | '-date' | '-mentions';
export type Interval = 'day' | 'week' | 'month';
export type Level = 'country' | 'actor';

export const api = {
  stats: (signal?: AbortSignal) => getJson<StoreStats>('/api/stats', signal),
  events: (filters: Filters, page: { sort: EventSort; limit: number; cursor: string | null }, signal?: AbortSignal) =>
    getJson<EventPage>(`/api/events${apiQuery(filters, page)}`, signal),
  event: (eventId: string, signal?: AbortSignal) => getJson<EventDetail>(`/api/events/${id(eventId)}`, signal),
  episodes: (
    query: { actor?: string; country?: string; since?: string; until?: string; kind?: 'visit' | 'tour' },
    signal?: AbortSignal,
  ) => getJson<EpisodeList>(`/api/episodes${apiQuery({}, query)}`, signal),
  episode: (episodeId: string, signal?: AbortSignal) => getJson<EpisodeDetail>(`/api/episodes/${id(episodeId)}`, signal),
  actors: (q: string, limit: number, signal?: AbortSignal) => getJson<ActorList>(`/api/actors${apiQuery({}, { q, limit })}`, signal),
  article: (articleId: string, signal?: AbortSignal) => getJson<ArticleDetail>(`/api/articles/${id(articleId)}`, signal),
  series: (filters: Filters, options: { interval: Interval; level: Level; top: number }, signal?: AbortSignal) =>
    getJson<SeriesResponse>(`/api/series${apiQuery(filters, options)}`, signal),
  network: (filters: Filters, options: { level: Level; limit: number }, signal?: AbortSignal) =>
    getJson<NetworkResponse>(`/api/network${apiQuery(filters, options)}`, signal),
  places: (filters: Filters, signal?: AbortSignal) => getJson<PlacesResponse>(`/api/places${apiQuery(filters)}`, signal),
};
