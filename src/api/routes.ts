/**
 * Parley's HTTP API on one screen: every endpoint, what it takes (zod schemas, checked before the handler runs) and
 * what it answers (types in api-types.ts). app.ts mounts these routes and openapi.ts documents them; nothing else
 * defines an endpoint.
 */
import type { z } from 'zod';
import type { ApiContext } from './api-context.js';
import { actorsHandler, networkHandler, placesHandler, seriesHandler, statsHandler } from './handlers/aggregates.js';
import { articleDetail, postArticle } from './handlers/articles.js';
import { episodeDetail, listEpisodesHandler } from './handlers/episodes.js';
import { eventDetail, listEvents } from './handlers/events.js';
import { actorsQuery, episodesQuery, eventListQuery, networkQuery, noQuery, placesQuery, seriesQuery } from './params.js';

/** A handler's answer with a status other than 200. */
export class Reply {
  constructor(
    readonly status: 200 | 201,
    readonly body: unknown,
  ) {}
}

export interface RouteInput<Q> {
  query: Q;
  /** Path parameters, already checked against `idParam`. */
  params: Record<string, string>;
  /** The raw request body (POST only). */
  body: string;
}

export interface Route {
  method: 'get' | 'post';
  /** OpenAPI path syntax: "/api/events/{id}". */
  path: string;
  tag: string;
  summary: string;
  description: string;
  query: z.ZodObject;
  /** Writes need `Authorization: Bearer <token>`. */
  auth: boolean;
  /** The response body: a type name of api-types.ts (documented as a schema in openapi.json). */
  response: string;
  /** A JSON body (POST): its description and an example. */
  body?: { description: string; example: unknown };
  run(ctx: ApiContext, input: RouteInput<unknown>): Promise<unknown>;
}

/** Keeps the schema's type between `query` and `run` while the list holds routes of different schemas. */
function route<Q extends z.ZodObject>(r: Omit<Route, 'run' | 'query' | 'auth'> & {
  query: Q;
  auth?: boolean;
  run(ctx: ApiContext, input: RouteInput<z.infer<Q>>): Promise<unknown>;
}): Route {
  return { ...r, auth: r.auth ?? false, run: r.run as Route['run'] };
}

export const routes: readonly Route[] = [
  route({
    method: 'get', path: '/api/stats', tag: 'dataset', query: noQuery, response: 'StoreStats',
    summary: 'What the store holds',
    description: 'Counts of articles, mentions, events and episodes, the dates covered, and whether writes are enabled.',
    run: (ctx) => statsHandler(ctx),
  }),
  route({
    method: 'get', path: '/api/events', tag: 'events', query: eventListQuery, response: 'EventPage',
    summary: 'Events, filtered and paged',
    description:
      'Deduplicated events matching every given filter, one page at a time (pass next_cursor as cursor). With ' +
      'format=jsonl|csv|tsv|gdelt|icews|plover: every matching event as a download in that export format.',
    run: (ctx, { query }) => listEvents(ctx, query),
  }),
  route({
    method: 'get', path: '/api/events/{id}', tag: 'events', query: noQuery, response: 'EventDetail',
    summary: 'One event with its evidence',
    description: 'The event, every sentence that reports it (with source, target and trigger spans to highlight), and the visits and tours it belongs to.',
    run: (ctx, { params }) => eventDetail(ctx, params.id!),
  }),
  route({
    method: 'get', path: '/api/episodes', tag: 'episodes', query: episodesQuery, response: 'EpisodeList',
    summary: 'Visits and tours',
    description: 'Episodes by start date, tours before their legs; every stop with a point for the map.',
    run: (ctx, { query }) => listEpisodesHandler(ctx, query),
  }),
  route({
    method: 'get', path: '/api/episodes/{id}', tag: 'episodes', query: noQuery, response: 'EpisodeDetail',
    summary: 'One visit or tour as an itinerary',
    description: 'The episode with its stops in travel order, its events (meetings, talks, agreements) by date, and a tour\'s legs.',
    run: (ctx, { params }) => episodeDetail(ctx, params.id!),
  }),
  route({
    method: 'get', path: '/api/actors', tag: 'actors', query: actorsQuery, response: 'ActorList',
    summary: 'Actors by number of events',
    description: 'Actor codes with the name they were most often resolved to and their events as source and target.',
    run: (ctx, { query }) => actorsHandler(ctx, query),
  }),
  route({
    method: 'get', path: '/api/articles/{id}', tag: 'articles', query: noQuery, response: 'ArticleDetail',
    summary: 'One article with its coded spans',
    description: 'The article text (by content hash or document id), its sentences, every actor span and every coded event mention.',
    run: (ctx, { params }) => articleDetail(ctx, params.id!),
  }),
  route({
    method: 'post', path: '/api/articles', tag: 'articles', query: noQuery, response: 'PostedArticle', auth: true,
    summary: 'Code and store an article',
    description:
      'Codes one article and stores it, then brings the dataset up to date. 201 when stored, 200 when the same ' +
      'content was already stored. Needs Authorization: Bearer <token> (the server\'s --token or PARLEY_TOKEN).',
    body: {
      description: 'One article, as a JSONL input line: {id?, text | html, title?, url?, date? (YYYY-MM-DD), source?}.',
      example: { id: 'example-1', title: 'Ministers meet', date: '2025-05-09', text: 'The foreign ministers of Chile and Peru met in Lima on Friday.' },
    },
    run: async (ctx, { body }) => {
      const r = await postArticle(ctx, body);
      return new Reply(r.status, r.body);
    },
  }),
  route({
    method: 'get', path: '/api/series', tag: 'aggregates', query: seriesQuery, response: 'SeriesResponse',
    summary: 'Counts and mean Goldstein per dyad over time',
    description: 'For the dyads with the most matching events: events and mean Goldstein score per day, week (from Monday) or month.',
    run: (ctx, { query }) => seriesHandler(ctx, query),
  }),
  route({
    method: 'get', path: '/api/network', tag: 'aggregates', query: networkQuery, response: 'NetworkResponse',
    summary: 'Who did what to whom',
    description: 'Directed dyads weighted by matching events, with mean Goldstein and events per quad class; a side\'s dealings with itself are left out.',
    run: (ctx, { query }) => networkHandler(ctx, query),
  }),
  route({
    method: 'get', path: '/api/places', tag: 'aggregates', query: placesQuery, response: 'PlacesResponse',
    summary: 'Where the events happened',
    description: 'Places with a point (gazetteer) and the number of matching events there.',
    run: (ctx, { query }) => placesHandler(ctx, query),
  }),
];
