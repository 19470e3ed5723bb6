/** The map of where events happened: one circle per place, area by events; name and count on hover and focus. */
import { useMemo, useState } from 'preact/hooks';
import type { PlaceCount } from '../../../src/api/api-types.js';
import { api } from '../api.js';
import { describeFilters, formatHash, hasFilters, withFilters, type Route } from '../filters.js';
import { plural } from '../format.js';
import { worldProjection } from '../projection.js';
import { useApi } from '../use-api.js';
import { WorldMap } from '../components/world-map.js';
import { Empty, ErrorNote, Loading } from '../components/status.js';

const W = 960;
const H = 500;

export function MapView({ route }: { route: Route }) {
  const key = formatHash({ view: 'map', filters: route.filters });
  const result = useApi((signal) => api.places(route.filters, signal), [key]);
  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading" tabIndex={-1}>
        Map of event places
      </h2>
      <p class="view-intro">
        Where the events happened, as the articles say (a city, a region, a landmark, or only the country). Circle area: events at the place.
        Hover or Tab to a circle for its name; select it to filter by that place.
        {hasFilters(route.filters) ? ` Filtered by ${describeFilters(route.filters)}.` : ''}
      </p>
      {result.state === 'loading' && <Loading what="the places" />}
      {result.state === 'error' && <ErrorNote error={result.error} what="the places" />}
      {result.state === 'ok' && <PlacesMap places={result.data.places} route={route} />}
    </section>
  );
}

function placeLabel(p: PlaceCount): string {
  return p.country && p.country !== p.name ? `${p.name} (${p.country})` : p.name;
}

function PlacesMap({ places, route }: { places: PlaceCount[]; route: Route }) {
  const projection = useMemo(() => worldProjection(W, H), []);
  const [active, setActive] = useState<PlaceCount | null>(null);
  const sorted = useMemo(() => [...places].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)), [places]);
  const max = Math.max(1, ...places.map((p) => p.count));
  const radius = (count: number): number => 3 + 17 * Math.sqrt(count / max);
  const placeHref = (p: PlaceCount): string => formatHash({ view: 'events', filters: withFilters(route.filters, { place: p.name }) });
  return (
    <>
      {places.length === 0 && (
        <Empty>
          {hasFilters(route.filters)
            ? `No events with a known place match these filters (${describeFilters(route.filters)}).`
            : 'No event has a known place yet.'}
        </Empty>
      )}
      <WorldMap width={W} height={H} projection={projection} label={`World map of ${plural(places.length, 'event place')}`} testid="places-map">
        {() => (
          <g class="places">
            {/* Largest first, so smaller circles stay on top and reachable. */}
            {sorted.map((p) => {
              const xy = projection([p.lon, p.lat]);
              if (!xy) return null;
              const label = `${placeLabel(p)}: ${plural(p.count, 'event')}. Show its events.`;
              return (
                <a
                  key={`${p.name}|${p.country}|${p.lat}|${p.lon}`}
                  href={placeHref(p)}
                  class="place-link"
                  aria-label={label}
                  onMouseEnter={() => setActive(p)}
                  onMouseLeave={() => setActive(null)}
                  onFocus={() => setActive(p)}
                  onBlur={() => setActive(null)}
                >
                  <circle class="place" cx={xy[0]} cy={xy[1]} r={radius(p.count)} />
                </a>
              );
            })}
            {active && <Tooltip place={active} xy={projection([active.lon, active.lat])} r={radius(active.count)} />}
          </g>
        )}
      </WorldMap>
      {places.length > 0 && (
        <details class="numbers-details">
          <summary>The places as a table ({places.length})</summary>
          <table class="numbers">
            <thead>
              <tr>
                <th scope="col">Place</th>
                <th scope="col">Country</th>
                <th scope="col" class="num">
                  Events
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((p) => (
                <tr key={`${p.name}|${p.country}|${p.lat}|${p.lon}`}>
                  <td>
                    <a href={placeHref(p)}>{p.name}</a>
                  </td>
                  <td>{p.country ?? '—'}</td>
                  <td class="num">{p.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </>
  );
}

function Tooltip({ place, xy, r }: { place: PlaceCount; xy: [number, number] | null; r: number }) {
  if (!xy) return null;
  const text = `${placeLabel(place)} · ${plural(place.count, 'event')}`;
  const width = 14 + text.length * 7.2;
  const x = Math.min(Math.max(4, xy[0] - width / 2), W - width - 4);
  const y = xy[1] - r - 30 < 4 ? xy[1] + r + 6 : xy[1] - r - 30;
  return (
    <g class="tooltip" aria-hidden="true" pointer-events="none">
      <rect x={x} y={y} width={width} height={24} rx={4} />
      <text x={x + width / 2} y={y + 16} text-anchor="middle">
        {text}
      </text>
    </g>
  );
}
