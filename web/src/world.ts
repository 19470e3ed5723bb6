/**
 * The world's countries from world-atlas (Natural Earth 1:110m, bundled: no tile server, no network), loaded once
 * in its own chunk the first time a map is drawn.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { useEffect, useState } from 'preact/hooks';

export interface World {
  countries: Feature<Geometry, { name: string }>[];
  /** Borders between countries, drawn once each. */
  borders: MultiLineString;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

let worldPromise: Promise<World> | null = null;

export function loadWorld(): Promise<World> {
  worldPromise ??= import('world-atlas/countries-110m.json').then((module) => {
    const topology = module.default as unknown as CountriesTopology;
    const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
    return { countries: countries.features, borders };
  });
  return worldPromise;
}

/** The world once loaded (null before). */
export function useWorld(): World | null {
  const [world, setWorld] = useState<World | null>(null);
  useEffect(() => {
    let live = true;
    void loadWorld().then((w) => {
      if (live) setWorld(w);
    });
    return () => {
      live = false;
    };
  }, []);
  return world;
}
