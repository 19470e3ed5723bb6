/**
 * Episodes: a visit or a tour as one record, built from the dataset's visit events (CAMEO 042 "make a visit",
 * 043 "host a visit") and the events that happened during them.
 *
 * - A stop is one traveller's visit to one foreign country: its visit events on overlapping or consecutive days.
 * - A traveller is a person, a government or an organisation; a bare country ("Hungary visited China") is a
 *   traveller only when it joins a named one on the same trip (`dataset.episode.same-trip`).
 * - Its own dates are those of reports that speak of that stop alone; a sentence that lists several countries of
 *   one trip ("a four-nation visit from May 5-12, which included ...") dates the tour, not the stop
 *   (`dataset.episode.listing`).
 * - Stops form a tour when one sentence lists them together or one begins within `max_gap_days` of another's end
 *   (`dataset.episode.tour`). Stops are ordered by an ordinal in the text ("the third stop",
 *   `en.episode.ordinal-stop`), then by date, then by their order in the listing sentence. The first stop starts and
 *   the last ends with the tour (`dataset.episode.tour-bounds`).
 * - A visit's events: the visit events, and every asserted event of the traveller (as source or target) dated within
 *   the stop and not placed in another country.
 */
import { createHash } from 'node:crypto';
import type { CodedActor, CodedEvent, CodedLocation } from '../output/coded-event.js';
import type { DatasetEvent, Episode, EpisodeStop } from './dataset-event.js';
import { type DayInterval, dayNumber, eventInterval, isoDay, narrowestSpan, overlaps } from './day-interval.js';
import type { EpisodeLexicon } from './episode-lexicon.js';

/** One report of a visit event, with the trigger's place in its sentence (offsets relative to the sentence). */
export interface VisitReport {
  doc_id: string;
  /** Offset of the sentence in its document: with doc_id, the sentence's identity. */
  sentence_start: number;
  sentence: string;
  trigger_start: number;
  trigger_end: number;
  /** The words naming the visited side (042) or the traveller's host (043) in this report. */
  counterpart: string | null;
  /** The date this report gives the visit (the mention's own `date`, `date_end`, `date_precision`). */
  date: Pick<CodedEvent, 'date' | 'date_end' | 'date_precision'>;
}

export interface VisitEvent {
  event: DatasetEvent;
  reports: VisitReport[];
}

interface Actor {
  code: string;
  name: string | null;
}

/** One visit event read as a trip: who travelled where, and who received them. */
interface Fact {
  v: VisitEvent;
  traveller: Actor;
  host: Actor;
  country: string;
  interval: DayInterval | null;
  /** The traveller is a bare country ("Kenya"), not a person, government or organisation. */
  bare: boolean;
}

interface Stop {
  traveller: Actor;
  country: string;
  facts: Fact[];
  /** The stop's own dates (not a whole tour's), or null. */
  own: DayInterval | null;
  /** Position fixed by an ordinal in the text; -1 = last. */
  ordinal: number | null;
  /** Listing sentence key → character position of the stop's name in it. */
  listed: Map<string, number>;
  start: string | null;
  end: string | null;
}

const travellerKey = (a: Actor) => `${a.code}|${a.name ?? ''}`;
const sentenceKey = (r: VisitReport) => `${r.doc_id}\u0000${r.sentence_start}`;
const asActor = (a: CodedActor): Actor => ({ code: a.code, name: a.name });

function readFact(v: VisitEvent, lex: EpisodeLexicon): Fact | null {
  const e = v.event;
  if (e.modality !== 'asserted' || !e.source || !e.target) return null;
  const travel = lex.visit_codes.travel.includes(e.code);
  const host = lex.visit_codes.host.includes(e.code);
  if (!travel && !host) return null;
  const [traveller, receiver] = travel ? [e.source, e.target] : [e.target, e.source];
  const country = receiver.country ?? e.location?.country ?? null;
  // A trip abroad: a traveller of a known country, received by another country, in that country
  // (dataset.episode.place-agrees: a leader "receiving" visitors abroad is not hosting them at home).
  if (!traveller.country || !country || country === traveller.country) return null;
  if (e.location?.country && e.location.country !== country) return null;
  const bare = traveller.code === traveller.country;
  return { v, traveller: asActor(traveller), host: asActor(receiver), country, interval: eventInterval(e), bare };
}

/**
 * A visit reported without the traveller's name ("a Vietnamese delegation", or the bare country: "Kenya, whose
 * president began a state visit") joins the one named traveller of that country on that trip
 * (`dataset.episode.same-trip`).
 */
function nameAnonymous(facts: Fact[]): boolean {
  let used = false;
  for (const f of facts) {
    if (!f.bare && f.traveller.name !== null) continue;
    const country = f.traveller.code.slice(0, 3);
    const named = new Map(
      facts
        .filter((g) => g !== f && !g.bare && g.traveller.name !== null && g.traveller.code.startsWith(country))
        .filter((g) => g.country === f.country && (!f.interval || !g.interval || overlaps(f.interval, g.interval)))
        .map((g) => [travellerKey(g.traveller), g.traveller]),
    );
    if (named.size === 1) {
      f.traveller = [...named.values()][0]!;
      f.bare = false;
      used = true;
    }
  }
  return used;
}

function span(intervals: readonly (DayInterval | null)[]): DayInterval | null {
  const known = intervals.filter((i): i is DayInterval => i !== null);
  if (known.length === 0) return null;
  return { lo: Math.min(...known.map((i) => i.lo)), hi: Math.max(...known.map((i) => i.hi)) };
}

/**
 * Sentences that give one traveller's visits to two or more countries the same span of several days ("a
 * four-nation visit from May 5-12, which included ..."): that span dates the trip, not each stop.
 */
function listingSentences(facts: readonly Fact[]): Set<string> {
  const countries = new Map<string, Set<string>>();
  for (const f of facts) {
    for (const r of f.v.reports) {
      const i = eventInterval(r.date);
      if (!i || i.hi === i.lo || r.date.date_precision !== 'range') continue;
      const k = `${travellerKey(f.traveller)}\u0001${sentenceKey(r)}\u0001${i.lo}-${i.hi}`;
      const set = countries.get(k) ?? new Set<string>();
      set.add(f.country);
      countries.set(k, set);
    }
  }
  return new Set([...countries].filter(([, c]) => c.size > 1).map(([k]) => k));
}

function ordinalOf(r: VisitReport, lex: EpisodeLexicon): number | null {
  const before = r.sentence.slice(0, r.trigger_start).split(/\s+/u).filter(Boolean);
  const window = [
    ...before.slice(-lex.ordinals.window_words),
    ...r.sentence.slice(r.trigger_start, r.trigger_end).split(/\s+/u).filter(Boolean),
  ].map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  for (let i = 0; i + 1 < window.length; i++) {
    const n = lex.ordinals.words[window[i]!];
    if (n !== undefined && lex.ordinals.stop_nouns.includes(window[i + 1]!)) return n;
  }
  return null;
}

/** Groups one traveller's facts per country into stops: visits whose dates overlap (undated ones join the first). */
function buildStops(facts: readonly Fact[], listings: Set<string>, lex: EpisodeLexicon): Stop[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = `${travellerKey(f.traveller)}\u0001${f.country}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const stops: Stop[] = [];
  for (const group of groups.values()) {
    const dated = group.filter((f) => f.interval).sort((a, b) => a.interval!.lo - b.interval!.lo || a.interval!.hi - b.interval!.hi);
    const runs: Fact[][] = [];
    let hi = -Infinity;
    for (const f of dated) {
      // One stay: visits to the country on overlapping or consecutive days ("arrived on Sunday", "talks on Monday").
      if (runs.length > 0 && f.interval!.lo <= hi + 1) runs[runs.length - 1]!.push(f);
      else runs.push([f]);
      hi = Math.max(hi, f.interval!.hi);
    }
    const undated = group.filter((f) => !f.interval);
    if (runs.length === 0) runs.push([]);
    runs[0]!.push(...undated);
    for (const run of runs) stops.push(makeStop(run, listings, lex));
  }
  return stops;
}

function makeStop(facts: Fact[], listings: Set<string>, lex: EpisodeLexicon): Stop {
  const first = facts[0]!;
  const tkey = travellerKey(first.traveller);
  const isListing = (r: VisitReport) => {
    const i = eventInterval(r.date);
    return i !== null && listings.has(`${tkey}\u0001${sentenceKey(r)}\u0001${i.lo}-${i.hi}`);
  };
  // The stop's own dates: the most precise reading of the reports that are not listings of the whole trip.
  const own = narrowestSpan(
    facts.flatMap((f) => f.v.reports.filter((r) => !isListing(r)).map((r) => eventInterval(r.date))).filter((i): i is DayInterval => i !== null),
  );
  const listed = new Map<string, number>();
  let ordinal: number | null = null;
  for (const f of facts) {
    for (const r of f.v.reports) {
      ordinal ??= ordinalOf(r, lex);
      if (!isListing(r) || !r.counterpart) continue;
      const at = r.sentence.indexOf(r.counterpart);
      if (at >= 0 && !listed.has(sentenceKey(r))) listed.set(sentenceKey(r), at);
    }
  }
  return { traveller: first.traveller, country: first.country, facts, own, ordinal, listed, start: null, end: null };
}

/**
 * A stay goes on after the arrival: talks the next day in the host country belong to the stop. A stop's end moves
 * to the last event of the traveller placed in its country within `max_stay_days` of its start and before the
 * traveller's next stop begins (`dataset.episode.stay`).
 */
function extendStays(stops: readonly Stop[], related: readonly DatasetEvent[], maxStay: number): boolean {
  let used = false;
  for (const s of stops) {
    if (!s.own) continue;
    const next = Math.min(
      ...stops
        .filter((o) => o !== s && o.own && travellerKey(o.traveller) === travellerKey(s.traveller) && o.own.lo > s.own!.lo)
        .map((o) => o.own!.lo),
    );
    for (const e of related) {
      const i = eventInterval(e);
      if (!i || e.modality !== 'asserted' || e.location?.country !== s.country || !takesPart(e, s.traveller)) continue;
      if (i.lo < s.own.lo || i.hi >= next || i.hi > s.own.lo + maxStay || i.hi <= s.own.hi) continue;
      s.own = { lo: s.own.lo, hi: i.hi };
      used = true;
    }
  }
  return used;
}

/** Stops of one traveller linked by a shared listing sentence or dates at most `gap` days apart. */
function tours(stops: readonly Stop[], gap: number): Stop[][] {
  const parent = stops.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < stops.length; i++) {
    for (let j = i + 1; j < stops.length; j++) {
      const a = stops[i]!;
      const b = stops[j]!;
      if (travellerKey(a.traveller) !== travellerKey(b.traveller)) continue;
      const shared = [...a.listed.keys()].some((k) => b.listed.has(k));
      const near =
        a.own !== null && b.own !== null && Math.max(a.own.lo, b.own.lo) - Math.min(a.own.hi, b.own.hi) <= gap;
      if (shared || near) parent[find(j)] = find(i);
    }
  }
  const out = new Map<number, Stop[]>();
  stops.forEach((s, i) => out.set(find(i), [...(out.get(find(i)) ?? []), s]));
  return [...out.values()];
}

/** Travel order: ordinals first, then dated stops by date with undated ones placed by the listing sentence. */
function orderStops(stops: readonly Stop[]): Stop[] {
  const dated = stops.filter((s) => s.own).sort((a, b) => a.own!.lo - b.own!.lo || a.own!.hi - b.own!.hi || (a.country < b.country ? -1 : 1));
  const listPos = (s: Stop) => Math.min(...s.listed.values(), Number.MAX_SAFE_INTEGER);
  const undated = stops.filter((s) => !s.own).sort((a, b) => listPos(a) - listPos(b) || (a.country < b.country ? -1 : 1));
  const seq = [...dated];
  for (const u of undated) {
    const at = seq.findIndex((s) => [...u.listed].some(([k, pos]) => (s.listed.get(k) ?? -1) > pos));
    if (at < 0) seq.push(u);
    else seq.splice(at, 0, u);
  }
  const slots: (Stop | null)[] = seq.map(() => null);
  const rest: Stop[] = [];
  for (const s of seq) {
    const at = s.ordinal === -1 ? slots.length - 1 : s.ordinal !== null ? s.ordinal - 1 : -1;
    if (at >= 0 && at < slots.length && slots[at] === null) slots[at] = s;
    else rest.push(s);
  }
  return slots.map((s) => s ?? rest.shift()!);
}

const PLACE_RANK: Readonly<Record<CodedLocation['precision'], number>> = { city: 4, admin1: 3, landmark: 2, country: 1 };

/** The stop's place: the most reported city (else region, landmark) in the stop's country. */
function stopPlace(country: string, events: readonly DatasetEvent[]): string | null {
  const counts = new Map<string, { n: number; rank: number }>();
  for (const e of events) {
    const l = e.location;
    if (!l || l.country !== country || l.precision === 'country') continue;
    const c = counts.get(l.name) ?? { n: 0, rank: PLACE_RANK[l.precision] };
    c.n++;
    counts.set(l.name, c);
  }
  const best = [...counts].sort(([an, a], [bn, b]) => b.rank - a.rank || b.n - a.n || (an < bn ? -1 : 1))[0];
  return best?.[0] ?? null;
}

function takesPart(e: DatasetEvent, t: Actor): boolean {
  const is = (a: CodedActor | null) => a !== null && a.code === t.code && (a.name === null || t.name === null || a.name === t.name);
  return is(e.source) || is(e.target);
}

function id(parts: readonly (string | null)[]): string {
  return createHash('sha1').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex').slice(0, 16);
}

function hostsOf(stops: readonly Stop[]): Actor[] {
  const all = new Map<string, Actor>();
  for (const s of stops) for (const f of s.facts) all.set(travellerKey(f.host), f.host);
  return [...all.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : (a.name ?? '') < (b.name ?? '') ? -1 : 1));
}

/**
 * Builds every episode. `visits` are the dataset's visit events with their reports; `related` are the events in
 * which travellers take part (a superset is fine: each is checked against the stop's traveller, dates and country).
 */
export function buildEpisodes(visits: readonly VisitEvent[], related: readonly DatasetEvent[], lex: EpisodeLexicon): Episode[] {
  const read = visits.map((v) => readFact(v, lex)).filter((f): f is Fact => f !== null);
  const renamed = nameAnonymous(read);
  const facts = read.filter((f) => !f.bare);
  const listings = listingSentences(facts);
  const stops = buildStops(facts, listings, lex);
  const stayed = extendStays(stops, related, lex.tour.max_stay_days);
  const visitIds = new Set(facts.map((f) => f.v.event.event_id));
  const episodes: Episode[] = [];

  for (const group of tours(stops, lex.tour.max_gap_days)) {
    const ordered = orderStops(group);
    const isTour = new Set(ordered.map((s) => s.country)).size > 1;
    const bounds = span([...ordered.flatMap((s) => s.facts.map((f) => f.interval)), ...ordered.map((s) => s.own)]);
    const rules = new Set<string>([lex.visit_codes.id]);
    if (stayed) rules.add('dataset.episode.stay');
    if (renamed) rules.add('dataset.episode.same-trip');
    for (const s of ordered) {
      s.start = s.own ? isoDay(s.own.lo) : null;
      s.end = s.own ? isoDay(s.own.hi) : null;
      if (s.ordinal !== null) rules.add(lex.ordinals.id);
      if (s.listed.size > 0) rules.add('dataset.episode.listing');
    }
    if (isTour && bounds) {
      rules.add(lex.tour.id);
      const first = ordered[0]!;
      const last = ordered[ordered.length - 1]!;
      if (first.start === null || first.start > isoDay(bounds.lo)) first.start = isoDay(bounds.lo);
      if (last.end === null || last.end < isoDay(bounds.hi)) last.end = isoDay(bounds.hi);
      rules.add('dataset.episode.tour-bounds');
    }
    const traveller = ordered[0]!.traveller;
    const tourId = isTour ? id(['tour', travellerKey(traveller), ...ordered.map((s) => s.country), bounds && isoDay(bounds.lo)]) : null;
    const legs: Episode[] = ordered.map((s) => {
      const own = s.start !== null && s.end !== null ? { lo: dayNumber(s.start), hi: dayNumber(s.end) } : null;
      const within = (e: DatasetEvent) => {
        const i = eventInterval(e);
        return own !== null && i !== null && i.lo >= own.lo && i.hi <= own.hi;
      };
      const inside = related.filter(
        (e) =>
          !visitIds.has(e.event_id) &&
          e.modality === 'asserted' &&
          takesPart(e, s.traveller) &&
          (e.location === null || e.location.country === s.country) &&
          within(e),
      );
      const ownEvents = s.facts.map((f) => f.v.event);
      const events = [...ownEvents, ...inside];
      const stop: EpisodeStop = { country: s.country, place: stopPlace(s.country, events), start: s.start, end: s.end };
      return {
        id: id(['visit', travellerKey(s.traveller), s.country, s.start, [...ownEvents.map((e) => e.event_id)].sort()[0] ?? null]),
        kind: 'visit',
        traveller: { ...traveller },
        hosts: hostsOf([s]),
        start: s.start,
        end: s.end,
        stops: [stop],
        parent: tourId,
        events: sortedIds(events),
        sources: sources(events),
        rules: [...rules].sort(),
      };
    });
    if (isTour) {
      const all = ordered.flatMap((s) => s.facts.map((f) => f.v.event));
      const legEvents = new Set(legs.flatMap((l) => l.events));
      episodes.push({
        id: tourId!,
        kind: 'tour',
        traveller: { ...traveller },
        hosts: hostsOf(ordered),
        start: bounds ? isoDay(bounds.lo) : null,
        end: bounds ? isoDay(bounds.hi) : null,
        stops: legs.map((l) => l.stops[0]!),
        parent: null,
        events: [...new Set([...sortedIds(all), ...legEvents])].sort(),
        sources: [...new Set([...sources(all), ...legs.flatMap((l) => l.sources)])].sort(),
        rules: [...rules].sort(),
      });
    }
    episodes.push(...legs);
  }
  return episodes.sort(compareEpisodes);
}

function sortedIds(events: readonly DatasetEvent[]): string[] {
  return [...new Set(events.map((e) => e.event_id))].sort();
}

function sources(events: readonly DatasetEvent[]): string[] {
  return [...new Set(events.flatMap((e) => e.mentions.map((m) => m.doc_id)))].sort();
}

/** By start (undated last), tours before their legs, then by id. */
export function compareEpisodes(a: Episode, b: Episode): number {
  const sa = a.start ?? '9999';
  const sb = b.start ?? '9999';
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === 'tour' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
