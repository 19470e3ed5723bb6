/**
 * Stage: where each event happened. The place said in the event's own clause, nearest the trigger (after it first:
 * "met in Minsk"; then before it: "In Minsk, the two met"); a more precise place of the same clause inside the same
 * country refines it ("arrived at Vnukovo Airport in Moscow ... visit to Russia" -> the airport). A destination
 * ("to Minsk") places only a visit. Failing that: the place of the visit told earlier, for an event "during the
 * visit"; then the dateline; else null: never the capital as a guess.
 */
import type { Document, EventMention, EventPlace, PlaceMentionResolved } from '../document.js';
import type { Stage, StageContext } from '../pipeline.js';
import type { PlaceCandidate, PlacePrecision } from '../places/place-knowledge.js';
import { clauseBetween } from '../knowledge/time-words.js';
import { phraseKeys } from '../text/phrase-keys.js';

const PRECISION_RANK: Readonly<Record<PlacePrecision, number>> = { country: 0, admin1: 1, city: 2, landmark: 3 };
const REFINE_RULE = 'en.place.refine';
const NEAREST_RULE = 'en.place.nearest';

function inClause(doc: Document, e: EventMention, ctx: StageContext): PlaceMentionResolved[] {
  const places = ctx.knowledge.places;
  const openers = ctx.knowledge.time.clauseOpeners;
  return doc.places.filter((m) => {
    if (m.sentence !== e.sentence || !m.place || m.via === 'dateline') return false;
    if (m.via === 'destination' && !places.destinationCodes.has(e.code.slice(0, 3))) return false;
    const [a, b] = m.anchor >= e.trigger.start ? [e.trigger.end, m.anchor] : [m.end, e.trigger.start];
    return !clauseBetween(openers, doc.text, a, b);
  });
}

/** The place of one event from its own sentence, or null. */
export function placeInSentence(doc: Document, e: EventMention, ctx: StageContext): EventPlace | null {
  const mentions = inClause(doc, e, ctx);
  const after = mentions.filter((m) => m.anchor >= e.trigger.start).sort((x, y) => x.anchor - y.anchor);
  const before = mentions.filter((m) => m.anchor < e.trigger.start).sort((x, y) => y.anchor - x.anchor);
  const nearest = after[0] ?? before[0];
  if (!nearest?.place) return null;
  let best = nearest.place;
  let rule = NEAREST_RULE;
  for (const m of mentions) {
    const p = m.place;
    if (p && p.country === best.country && PRECISION_RANK[p.precision] > PRECISION_RANK[best.precision]) {
      best = p;
      rule = REFINE_RULE;
    }
  }
  return { place: best, rule };
}

/** Roots whose target, when it is a city, is where the event happened: force and violence ("shelled Kharkiv"). */
const FORCE_ROOTS = new Set(['18', '19', '20']);

/** The target as a city of its own country ("Riyadh", "Kharkiv"), or undefined. */
function targetCity(doc: Document, e: EventMention, ctx: StageContext): PlaceCandidate | undefined {
  const t = e.target;
  if (!t?.country) return undefined;
  return ctx.knowledge.places
    .gazetteerCandidates(phraseKeys(doc.text.slice(t.start, t.end)))
    .find((c) => c.precision === 'city' && c.country === t.country);
}

/**
 * Nothing closer said: a visit (042) happened in the visited city ("visited Riyadh", rule en.place.visit-city) or
 * country (en.place.visit-host); an attack on a city ("shelled Kharkiv") in that city (en.place.target-city). Not a
 * host (043): a visiting leader also "receives" people abroad. Not verbal events: "criticised Moscow" names a
 * government, not a scene.
 */
function fromTarget(doc: Document, e: EventMention, ctx: StageContext): EventPlace | null {
  const visit = e.code === '042';
  if (!visit && !FORCE_ROOTS.has(e.code.slice(0, 2))) return null;
  const city = targetCity(doc, e, ctx);
  if (city) return { place: city, rule: visit ? 'en.place.visit-city' : 'en.place.target-city' };
  if (!visit || !e.target?.country) return null;
  const place = ctx.knowledge.places.country(e.target.country);
  return place ? { place, rule: 'en.place.visit-host' } : null;
}

/** What an event's place may fall back on: the dateline, and the place of the latest visit told so far. */
export interface PlaceContext {
  dateline: PlaceCandidate | null;
  visit: PlaceCandidate | null;
}

/** The place of one event, in the order the file header gives; updates `context.visit` after a visit. */
export function placeOfEvent(doc: Document, e: EventMention, ctx: StageContext, context: PlaceContext): EventPlace | null {
  const s = doc.sentences[e.sentence];
  let found = placeInSentence(doc, e, ctx);
  if (!found && context.visit && s && ctx.knowledge.time.withinVisit.test(doc.text.slice(s.start, s.end))) {
    found = { place: context.visit, rule: 'en.place.within-visit' };
  }
  if (!found) found = fromTarget(doc, e, ctx);
  if (found && e.code === '042' && found.rule !== 'en.place.within-visit') context.visit = found.place;
  if (!found && context.dateline) found = { place: context.dateline, rule: 'en.place.dateline' };
  return found;
}

export const locateEvents: Stage = {
  name: 'locate-events',
  requires: ['events', 'places'],
  provides: ['event-places'],
  run(doc, ctx) {
    const context: PlaceContext = { dateline: doc.places.find((m) => m.via === 'dateline')?.place ?? null, visit: null };
    doc.eventPlaces = doc.events.map((e) => placeOfEvent(doc, e, ctx, context));
  },
};
