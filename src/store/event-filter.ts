/**
 * Which events a query means: the filters shared by `parley events`, the API's event list and its aggregates
 * (series, network, places), turned into one WHERE clause. Values are always bound parameters; LIKE patterns escape
 * the user's own % and _.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Tables } from './tables.js';

export interface Dyad {
  a: string;
  b: string;
  /** true: `a` is the source and `b` the target; false: either direction. */
  directed: boolean;
}

export interface EventFilter {
  /** A CAMEO actor code or its prefix ("VNM", "VNMGOV", "IGOUNO"), or an ISO3 country: either side matches. */
  actor?: string;
  /** ISO 3166-1 alpha-3: the source's or the target's country. */
  country?: string;
  /** Two sides, each matched like `actor`. */
  dyad?: Dyad;
  /** A CAMEO event code or its prefix ("04", "042"). */
  code?: string;
  /** CAMEO root codes ("04", "05"): any of them. */
  roots?: string[];
  /** Quad classes 1-4: any of them. */
  quads?: number[];
  /** PLOVER event type ("CONSULT"). */
  plover?: string;
  /** YYYY-MM-DD: events that end on or after this day. */
  since?: string;
  /** YYYY-MM-DD: events that start on or before this day. */
  until?: string;
  /** A place name (case-insensitive) or the ISO3 code of the place's country. */
  place?: string;
  /** Words in a sentence that reports the event (case-insensitive substring). */
  q?: string;
  modality?: 'asserted' | 'intended' | 'negated';
  /** Events reported by at least this many independent sources. */
  minSources?: number;
  limit?: number;
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/gu, (c) => `\\${c}`);
}

/** `column LIKE 'value%'` with the value's own % and _ taken literally, on every backend. */
export function startsWith(value: string) {
  return sql<string>`${`${escapeLike(value)}%`} escape '\\'`;
}

type EventsEb = ExpressionBuilder<Tables, 'events'>;

/** One side of an event ("source" or "target") is the actor: its code starts with the value or its country is it. */
function sideIs(eb: EventsEb, side: 'source' | 'target', value: string): Expression<SqlBool> {
  const v = value.toUpperCase();
  return eb.or([eb(`${side}_code`, 'like', startsWith(v)), eb(`${side}_country`, '=', v)]);
}

export function eventConditions(eb: EventsEb, f: EventFilter): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (f.actor) where.push(eb.or([sideIs(eb, 'source', f.actor), sideIs(eb, 'target', f.actor)]));
  if (f.country) {
    const c = f.country.toUpperCase();
    where.push(eb.or([eb('source_country', '=', c), eb('target_country', '=', c)]));
  }
  if (f.dyad) {
    const { a, b, directed } = f.dyad;
    const forward = eb.and([sideIs(eb, 'source', a), sideIs(eb, 'target', b)]);
    where.push(directed ? forward : eb.or([forward, eb.and([sideIs(eb, 'source', b), sideIs(eb, 'target', a)])]));
  }
  if (f.code) where.push(eb('code', 'like', startsWith(f.code)));
  if (f.roots && f.roots.length > 0) where.push(eb('root', 'in', f.roots));
  if (f.quads && f.quads.length > 0) where.push(eb('quad_class', 'in', f.quads));
  if (f.plover) where.push(eb('plover_type', '=', f.plover.toUpperCase()));
  if (f.since) where.push(eb(eb.fn.coalesce('date_end', 'date'), '>=', f.since));
  if (f.until) where.push(eb('date', '<=', f.until));
  if (f.place) {
    where.push(
      eb.or([
        eb('place_name', '=', f.place),
        eb(sql<string>`lower(place_name)`, '=', f.place.toLowerCase()),
        eb('place_country', '=', f.place.toUpperCase()),
      ]),
    );
  }
  if (f.modality) where.push(eb('modality', '=', f.modality));
  if (f.minSources !== undefined) where.push(eb('num_sources', '>=', f.minSources));
  if (f.q) {
    const pattern = `%${escapeLike(f.q.toLowerCase())}%`;
    where.push(
      eb.exists(
        eb
          .selectFrom('mentions')
          .select('mentions.mention_id')
          .whereRef('mentions.event_id', '=', 'events.event_id')
          .where(sql<string>`lower(mentions.sentence)`, 'like', sql<string>`${pattern} escape '\\'`),
      ),
    );
  }
  return where;
}
