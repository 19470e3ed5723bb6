/**
 * Stage: place mentions ("in Minsk", "at the Kremlin Palace", "in Kaluga oblast", the dateline), each resolved to
 * one gazetteer reading with the document's countries (src/places/). Runs after the actors: a person's or an
 * organisation's words are never a place, and the countries the actors name decide between namesakes.
 */
import type { Stage } from '../pipeline.js';
import { findPlaces } from '../places/find-places.js';
import { choosePlace, documentCountries } from '../places/resolve-places.js';

export const findPlacesStage: Stage = {
  name: 'find-places',
  requires: ['tokens', 'actors'],
  provides: ['places'],
  run(doc, ctx) {
    const places = ctx.knowledge.places;
    const mentions = findPlaces(doc, places);
    const countries = documentCountries(doc, mentions);
    doc.places = mentions.map((mention) => {
      const place = choosePlace(mention, countries, places);
      return { ...mention, place, rules: place ? mention.rules : [...mention.rules, places.grammar.small_place.id] };
    });
  },
};
