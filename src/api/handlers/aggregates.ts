/**
 * GET /api/series, /api/network, /api/places, /api/actors, /api/stats: aggregates over the same filters as the
 * event list.
 */
import type { z } from 'zod';
import { actorNames, actorTotals, dyadDays, dyadTotals, placeTotals } from '../../store/read-aggregates.js';
import { storeCounts } from '../../store/read-dataset.js';
import type { ApiContext } from '../api-context.js';
import type { ActorList, NetworkResponse, PlacesResponse, SeriesResponse, StoreStats } from '../api-types.js';
import { type actorsQuery, type networkQuery, type placesQuery, type seriesQuery, toEventFilter } from '../params.js';
import { foldSeries } from '../series.js';
import { checkRange } from './events.js';

export async function seriesHandler(ctx: ApiContext, q: z.infer<typeof seriesQuery>): Promise<SeriesResponse> {
  const filter = toEventFilter(q);
  checkRange(filter);
  const level = q.level ?? 'country';
  return foldSeries(await dyadDays(ctx.store, filter, level), q.interval ?? 'week', level, q.top ?? 8);
}

export async function networkHandler(ctx: ApiContext, q: z.infer<typeof networkQuery>): Promise<NetworkResponse> {
  const filter = toEventFilter(q);
  checkRange(filter);
  const level = q.level ?? 'country';
  const totals = await dyadTotals(ctx.store, filter, level, q.limit ?? 200);
  const weights = new Map<string, number>();
  for (const t of totals) for (const id of [t.source, t.target]) weights.set(id, (weights.get(id) ?? 0) + t.count);
  const names = level === 'actor' ? await actorNames(ctx.store, [...weights.keys()]) : null;
  const geo = ctx.geo();
  const nodes = [...weights.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([id, events]) => ({ id, name: names ? (names.get(id) ?? null) : geo.countryName(id), events }));
  const edges = totals.map((t) => ({
    source: t.source,
    target: t.target,
    count: t.count,
    goldstein_mean: Math.round((t.goldstein_sum / t.count) * 100) / 100,
    quads: t.quads,
  }));
  return { level, nodes, edges };
}

export async function placesHandler(ctx: ApiContext, q: z.infer<typeof placesQuery>): Promise<PlacesResponse> {
  const filter = toEventFilter(q);
  checkRange(filter);
  return { places: await placeTotals(ctx.store, filter, q.limit ?? 1000) };
}

export async function actorsHandler(ctx: ApiContext, q: z.infer<typeof actorsQuery>): Promise<ActorList> {
  return { actors: await actorTotals(ctx.store, { ...(q.q ? { q: q.q } : {}), limit: q.limit ?? 100 }) };
}

export async function statsHandler(ctx: ApiContext): Promise<StoreStats> {
  const counts = await storeCounts(ctx.store);
  const range = await ctx.store.db
    .selectFrom('events')
    .select((eb) => [eb.fn.min('date').as('first'), eb.fn.max(eb.fn.coalesce('date_end', 'date')).as('last')])
    .executeTakeFirstOrThrow();
  return { ...counts, first_date: range.first ?? null, last_date: range.last ?? null, writable: ctx.token !== null };
}
