/**
 * One visit or tour as an itinerary: the stops as numbered points on a map zoomed to fit them, joined in travel
 * order; the dated list of stops, and under each the meetings, talks and agreements that happened there.
 */
import { useMemo } from 'preact/hooks';
import { geoInterpolate } from 'd3-geo';
import type { DatasetEvent, EpisodeDetail, MappedStop } from '../../../src/api/api-types.js';
import { api } from '../api.js';
import { formatHash, type Route } from '../filters.js';
import { dateRange, plural, stopDates } from '../format.js';
import { fitPoints, type LonLat } from '../projection.js';
import { useRecordHref } from '../router.js';
import { useApi } from '../use-api.js';
import { ActorLabel, EventCode } from '../components/actor-label.js';
import { WorldMap } from '../components/world-map.js';
import { Empty, ErrorNote, Loading } from '../components/status.js';

const W = 960;
const H = 540;

export function EpisodeView({ route, id }: { route: Route; id: string }) {
  const detail = useApi((signal) => api.episode(id, signal), [id]);
  return (
    <section aria-labelledby="episode-heading" data-testid="episode-view">
      <p class="breadcrumb">
        <a href={formatHash({ view: 'episodes', filters: route.filters })}>← All visits and tours</a>
      </p>
      {/* One heading element in every state, so the focus put on it when the view opens stays there. */}
      <h2 id="episode-heading" tabIndex={-1}>
        {detail.state === 'ok' ? episodeTitle(detail.data) : 'Visit or tour'}
      </h2>
      {detail.state === 'loading' && <Loading what="the itinerary" />}
      {detail.state === 'error' && <ErrorNote error={detail.error} what="the visit or tour" />}
      {detail.state === 'ok' && <Itinerary detail={detail.data} />}
    </section>
  );
}

function stopName(stop: MappedStop): string {
  const country = stop.country_name ?? stop.country;
  return stop.place && stop.place !== country ? `${stop.place}, ${country}` : country;
}

function inside(date: string | null, stop: MappedStop): boolean {
  if (!date || (!stop.start && !stop.end)) return false;
  return (!stop.start || date >= stop.start) && (!stop.end || date <= stop.end);
}

/** Each event under the stop where it happened: its place's country, else the country it targets, else its date. */
function eventsByStop(stops: readonly MappedStop[], events: readonly DatasetEvent[]): { byStop: DatasetEvent[][]; other: DatasetEvent[] } {
  const byStop: DatasetEvent[][] = stops.map(() => []);
  const other: DatasetEvent[] = [];
  const pick = (matches: (s: MappedStop) => boolean, event: DatasetEvent): number => {
    const candidates = stops.map((s, i) => (matches(s) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length <= 1) return candidates[0] ?? -1;
    return candidates.find((i) => inside(event.date, stops[i]!)) ?? candidates[0]!;
  };
  for (const event of events) {
    let i = event.location?.country ? pick((s) => s.country === event.location?.country, event) : -1;
    if (i < 0 && event.target?.country) i = pick((s) => s.country === event.target?.country, event);
    if (i < 0) i = stops.findIndex((s) => inside(event.date, s));
    if (i >= 0) byStop[i]!.push(event);
    else other.push(event);
  }
  return { byStop, other };
}

function episodeTitle({ episode }: EpisodeDetail): string {
  const stops: MappedStop[] = episode.stops;
  const who = episode.traveller.name ?? episode.traveller.code;
  return `${episode.kind === 'tour' ? 'Tour' : 'Visit'} of ${who}: ${stops.map((s) => s.country_name ?? s.country).join(' → ')}`;
}

function Itinerary({ detail }: { detail: EpisodeDetail }) {
  const { episode, events, legs } = detail;
  const recordHref = useRecordHref();
  // `Episode & {stops: MappedStop[]}` intersects two array types; name the one the API sends.
  const stops: MappedStop[] = episode.stops;
  const { byStop, other } = useMemo(() => eventsByStop(stops, events), [stops, events]);
  const traveller = episode.traveller.name ?? episode.traveller.code;
  return (
    <>
      <p class="muted">
        {dateRange(episode.start, episode.end)} · traveller <code class="code">{episode.traveller.code}</code>
        {episode.hosts.length > 0 && <> · hosted by {episode.hosts.map((h) => h.name ?? h.code).join(', ')}</>} · {plural(stops.length, 'stop')},{' '}
        {plural(events.length, 'event')}, {plural(episode.sources.length, 'report')}
        {episode.parent && (
          <>
            {' · '}
            <a href={recordHref('episode', episode.parent)}>part of a tour</a>
          </>
        )}
      </p>
      <ItineraryMap stops={stops} label={`Map of the ${episode.kind} of ${traveller}, stops numbered in travel order`} />
      <section aria-labelledby="stops-heading">
        <h3 id="stops-heading">Stops, in travel order</h3>
        <ol class="stops">
          {stops.map((stop, i) => (
            <li key={`${stop.country}-${i}`} class="stop">
              <div class="stop-head" data-testid="episode-stop">
                <span class="stop-number" aria-hidden="true">
                  {i + 1}
                </span>
                <strong>{stopName(stop)}</strong> <code class="code muted">{stop.country}</code> <span class="muted">· {stopDates(stop)}</span>
                {stop.lat === null || stop.lon === null ? <span class="muted"> · not on the map (no position known)</span> : null}
              </div>
              {byStop[i]!.length > 0 ? <EventList events={byStop[i]!} /> : <p class="muted small">No meeting, talk or agreement reported at this stop.</p>}
            </li>
          ))}
        </ol>
        {other.length > 0 && (
          <>
            <h4>Other events of the {episode.kind}</h4>
            <EventList events={other} />
          </>
        )}
        {events.length === 0 && <Empty>No events are recorded for this {episode.kind}.</Empty>}
      </section>
      {legs.length > 0 && (
        <section aria-labelledby="legs-heading">
          <h3 id="legs-heading">The visits of this tour</h3>
          <ol>
            {legs.map((leg) => (
              <li key={leg.id}>
                <a href={recordHref('episode', leg.id)}>Visit to {leg.countries.map((c) => stops.find((s) => s.country === c)?.country_name ?? c).join(', ')}</a> <span class="muted">{dateRange(leg.start, leg.end)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function EventList({ events }: { events: DatasetEvent[] }) {
  const recordHref = useRecordHref();
  return (
    <ul class="stop-events">
      {events.map((e) => (
        <li key={e.event_id}>
          <span class="nowrap muted">{dateRange(e.date, e.date_end)}</span> <ActorLabel actor={e.source} />{' '}
          <a href={recordHref('event', e.event_id)}>
            <EventCode code={e.code} name={e.name} />
          </a>{' '}
          <ActorLabel actor={e.target} />
          {e.location && <span class="muted"> · {e.location.name}</span>}
        </li>
      ))}
    </ul>
  );
}

function ItineraryMap({ stops, label }: { stops: MappedStop[]; label: string }) {
  const placed = stops.map((s, i) => ({ stop: s, number: i + 1, at: s.lat !== null && s.lon !== null ? ([s.lon, s.lat] as LonLat) : null }));
  const points = placed.flatMap((p) => (p.at ? [p.at] : []));
  const projection = useMemo(() => fitPoints(points, W, H), [JSON.stringify(points)]);
  const legs: { from: LonLat; to: LonLat; key: string }[] = [];
  const drawn = placed.filter((p) => p.at);
  for (let i = 0; i + 1 < drawn.length; i++) legs.push({ from: drawn[i]!.at!, to: drawn[i + 1]!.at!, key: `${i}` });
  if (points.length === 0) return <Empty>None of the stops has a known position, so there is no map.</Empty>;
  return (
    <WorldMap width={W} height={H} projection={projection} label={label} testid="map" highlightAt={points}>
      {(path) => (
        <>
          <g class="route">
            {legs.map((leg) => {
              const mid = geoInterpolate(leg.from, leg.to);
              const a = projection(mid(0.47));
              const b = projection(mid(0.53));
              const angle = a && b ? (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI : 0;
              const m = projection(mid(0.5));
              return (
                <g key={leg.key}>
                  <path class="route-line" d={path({ type: 'LineString', coordinates: [leg.from, leg.to] }) ?? ''} />
                  {m && <path class="route-arrow" d="M-7,-6L7,0L-7,6z" transform={`translate(${m[0].toFixed(1)} ${m[1].toFixed(1)}) rotate(${angle.toFixed(1)})`} />}
                </g>
              );
            })}
          </g>
          <g class="stops-layer">
            {placed.map((p) => {
              const xy = p.at ? projection(p.at) : null;
              if (!xy) return null;
              return (
                <g key={p.number} class="stop-mark" transform={`translate(${xy[0].toFixed(1)} ${xy[1].toFixed(1)})`}>
                  <circle r={13} class="stop-circle" data-testid="map-stop">
                    <title>{`Stop ${p.number}: ${stopName(p.stop)} (${stopDates(p.stop)})`}</title>
                  </circle>
                  <text class="stop-number-text" y={5} text-anchor="middle" aria-hidden="true">
                    {p.number}
                  </text>
                  <text class="stop-label" x={18} y={5}>
                    {stopName(p.stop)}
                  </text>
                </g>
              );
            })}
          </g>
        </>
      )}
    </WorldMap>
  );
}
