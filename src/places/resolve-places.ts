/**
 * Which reading of each place name is meant: the document's own countries decide (a Tripoli in a story about
 * Lebanon is Lebanon's), then size. A country name wins over a namesake town ("in Jordan"). A small place outside
 * every country of the document is not taken: the place is then unknown (rule en.place.small-namesake), never a guess.
 */
import type { Document } from '../document.js';
import type { PlaceMention } from './find-places.js';
import type { PlaceCandidate, PlaceKnowledge } from './place-knowledge.js';

/** How often each country is named in the document: by its actors, and by place names with only one reading. */
export function documentCountries(doc: Document, mentions: readonly PlaceMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (country: string | null) => {
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  };
  // A capital read as its government ("Tripoli" -> LBY) is the very name being placed: it is no evidence.
  const placed = (a: { start: number; end: number }) => mentions.some((m) => m.start < a.end && a.start < m.end);
  for (const a of doc.actors) if (a.kind !== 'metonym' || !placed(a)) add(a.country);
  for (const m of mentions) {
    const countries = new Set(m.candidates.map((c) => c.country));
    if (countries.size === 1) add(m.candidates[0]?.country ?? null);
  }
  return counts;
}

/** The reading of a mention, or null with the rule that refused it. */
export function choosePlace(
  mention: PlaceMention,
  countries: ReadonlyMap<string, number>,
  places: PlaceKnowledge,
): PlaceCandidate | null {
  const cands = mention.candidates;
  const country = cands.find((c) => c.precision === 'country');
  if (country) return country;
  if (cands.length === 1 && cands[0]?.precision !== 'city') return cands[0] ?? null;
  let best: PlaceCandidate | null = null;
  let bestScore = -1;
  for (const c of cands) {
    const named = countries.get(c.country) ?? 0;
    const major = c.precision !== 'city' || c.seat || c.population >= places.minPopulation;
    // Tiers: a major place in a named country; a major place elsewhere ("In Geneva, the US ..."); a small place in a
    // named country; then, within a tier, more mentions of its country, then population.
    const tier = major ? (named > 0 ? 3 : 2) : named > 0 ? 1 : 0;
    const score = tier * 1e14 + Math.min(named, 999) * 1e10 + c.population;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  // A small place outside every named country is unknown (en.place.small-namesake), never a guess.
  return best && bestScore >= 1e14 ? best : null;
}
