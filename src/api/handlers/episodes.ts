/**
 * GET /api/episodes (visits and tours, their stops placed on the map) and GET /api/episodes/{id} (the episode, its
 * events in date order, and a tour's legs).
 */
import type { z } from 'zod';
import type { Episode } from '../../dataset/dataset-event.js';
import { listEpisodes } from '../../store/read-dataset.js';
import { eventsById, getEpisode, travellerEpisodes } from '../../store/read-reports.js';
import type { ApiContext } from '../api-context.js';
import type { EpisodeDetail, EpisodeList } from '../api-types.js';
import { mapStops } from '../geo.js';
import { HttpError } from '../http-error.js';
import type { episodesQuery } from '../params.js';
import { checkRange, episodeSummary } from './events.js';

export async function listEpisodesHandler(ctx: ApiContext, q: z.infer<typeof episodesQuery>): Promise<EpisodeList> {
  checkRange(q);
  let episodes: Episode[] = await listEpisodes(ctx.store, {
    ...(q.actor ? { actor: q.actor } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.since ? { since: q.since } : {}),
    ...(q.until ? { until: q.until } : {}),
  });
  if (q.country) {
    const c = q.country.toUpperCase();
    episodes = episodes.filter((e) => e.stops.some((s) => s.country === c));
  }
  episodes = episodes.slice(0, q.limit ?? 200);
  // Stops are placed from the episode's own events when they name the place (read in one batch), else at the
  // country's centre.
  const placed = episodes.filter((e) => e.stops.some((s) => s.place !== null));
  const all = await eventsById(ctx.store, [...new Set(placed.flatMap((e) => e.events))]);
  const out = episodes.map((e) => {
    const mine = new Set(e.events);
    const events = placed.includes(e) ? all.filter((ev) => mine.has(ev.event_id)) : [];
    return { ...e, stops: mapStops(e, events, ctx.geo()) };
  });
  return { episodes: out };
}

export async function episodeDetail(ctx: ApiContext, id: string): Promise<EpisodeDetail> {
  const episode = await getEpisode(ctx.store, id);
  if (!episode) throw new HttpError(404, 'not-found', `No episode with id "${id}" in this store. Episode ids come from GET /api/episodes.`, 'id');
  const events = await eventsById(ctx.store, episode.events);
  const legs =
    episode.kind === 'tour'
      ? (await travellerEpisodes(ctx.store, [episode.traveller.code]))
          .filter((e) => e.parent === episode.id)
          .sort((a, b) => {
            const at = episode.stops.findIndex((s) => s.country === a.stops[0]?.country);
            const bt = episode.stops.findIndex((s) => s.country === b.stops[0]?.country);
            return at - bt;
          })
          .map(episodeSummary)
      : [];
  return { episode: { ...episode, stops: mapStops(episode, events, ctx.geo()) }, events, legs };
}
