/**
 * The base map: sphere, graticule, countries and borders from world-atlas, drawn with d3-geo in an SVG whose
 * overlay (places, stops, routes) the caller draws with the same projection.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { geoContains, geoGraticule10, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import { useWorld } from '../world.js';
import type { LonLat } from '../projection.js';

interface WorldMapProps {
  width: number;
  height: number;
  projection: GeoProjection;
  /** What the map shows, for screen readers (the SVG's title). */
  label: string;
  testid?: string;
  /** Countries containing any of these points are shaded. */
  highlightAt?: readonly LonLat[];
  children?: (path: GeoPath, projection: GeoProjection) => ComponentChildren;
}

export function WorldMap({ width, height, projection, label, testid, highlightAt = [], children }: WorldMapProps) {
  const world = useWorld();
  const path = useMemo(() => geoPath(projection), [projection]);
  const graticule = useMemo(() => path(geoGraticule10()) ?? '', [path]);
  const shaded = useMemo(() => {
    const names = new Set<string>();
    if (!world) return names;
    for (const country of world.countries) {
      if (highlightAt.some((p) => geoContains(country, p))) names.add(country.properties.name);
    }
    return names;
  }, [world, highlightAt]);
  return (
    <svg
      class="map"
      data-testid={testid}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      <title>{label}</title>
      <path class="map-sphere" d={path({ type: 'Sphere' }) ?? ''} />
      <path class="map-graticule" d={graticule} />
      {world ? (
        <g class="map-countries" aria-hidden="true">
          {world.countries.map((country, i) => (
            <path
              key={i}
              class={shaded.has(country.properties.name) ? 'map-country map-country-visited' : 'map-country'}
              d={path(country) ?? ''}
            >
              <title>{country.properties.name}</title>
            </path>
          ))}
          <path class="map-borders" d={path(world.borders) ?? ''} />
        </g>
      ) : (
        <text x={width / 2} y={height / 2} text-anchor="middle" class="map-loading">
          Loading the world map…
        </text>
      )}
      {children?.(path, projection)}
    </svg>
  );
}
