/**
 * Points and names for the map: a country's name and centre (data/actors/countries.json and the gazetteer's
 * country rows), and the stops of an episode placed at the most precise point the reports give.
 */
import type { DatasetEvent, Episode } from '../dataset/dataset-event.js';
import { loadCountries } from '../knowledge/countries.js';
import { loadGazetteer } from '../places/gazetteer.js';
import type { MappedStop } from './api-types.js';

export interface Geo {
  countryName(iso3: string): string | null;
  countryPoint(iso3: string): { lat: number; lon: number } | null;
}

export function loadGeo(dataDir: string): Geo {
  const countries = loadCountries(dataDir);
  const gazetteer = loadGazetteer(dataDir);
  return {
    countryName: (iso3) => countries.byIso3(iso3)?.name ?? null,
    countryPoint(iso3) {
      const row = gazetteer.countryRow(iso3);
      if (row === undefined) return null;
      const p = gazetteer.place(row);
      return { lat: p.lat, lon: p.lon };
    },
  };
}

/** Each stop at its reported place when an event of the episode located it there, else at its country's centre. */
export function mapStops(episode: Episode, events: readonly DatasetEvent[], geo: Geo): MappedStop[] {
  return episode.stops.map((stop) => {
    const located = events.find(
      (e) =>
        e.location !== null &&
        e.location.country === stop.country &&
        e.location.lat !== null &&
        e.location.lon !== null &&
        (stop.place === null || e.location.name === stop.place),
    );
    const point =
      located && stop.place !== null && located.location!.precision !== 'country'
        ? { lat: located.location!.lat!, lon: located.location!.lon! }
        : geo.countryPoint(stop.country);
    return { ...stop, lat: point?.lat ?? null, lon: point?.lon ?? null, country_name: geo.countryName(stop.country) };
  });
}
