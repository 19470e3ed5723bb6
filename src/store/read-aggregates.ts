/**
 * Aggregates over the filtered events, computed by the database: counts and Goldstein per dyad per day (folded into
 * weeks or months here), the dyad network, event places, and actor totals. Every query takes the same `EventFilter`
 * as the event list, so a chart and the table beside it always describe the same events.
 */
import { type RawBuilder, sql } from 'kysely';
import { foldText } from '../text/fold.js';
import { type EventFilter, escapeLike, eventConditions, startsWith } from './event-filter.js';
import type { Store } from './open-store.js';

/** Which name a dyad's side goes by: its country (ISO3; the actor code when it has none) or its full actor code. */
export type DyadLevel = 'country' | 'actor';

function sideKey(side: 'source' | 'target', level: DyadLevel): RawBuilder<string | null> {
  return level === 'country'
    ? sql<string | null>`coalesce(${sql.ref(`${side}_country`)}, ${sql.ref(`${side}_code`)})`
    : sql<string | null>`${sql.ref(`${side}_code`)}`;
}

export interface DyadDay {
  source: string | null;
  target: string | null;
  day: string;
  count: number;
  goldstein_sum: number;
}

/** Dated events per directed dyad per day. */
export async function dyadDays(store: Store, filter: EventFilter, level: DyadLevel): Promise<DyadDay[]> {
  const src = sideKey('source', level);
  const tgt = sideKey('target', level);
  const rows = await store.db
    .selectFrom('events')
    .select([
      src.as('src'),
      tgt.as('tgt'),
      'date',
      (eb) => eb.fn.countAll().as('n'),
      (eb) => eb.fn.sum<number>('goldstein').as('g'),
    ])
    .where((eb) => eb.and([...eventConditions(eb, filter), eb('date', 'is not', null)]))
    .groupBy([src, tgt, 'date'])
    .execute();
  return rows.map((r) => ({ source: r.src, target: r.tgt, day: r.date!, count: Number(r.n), goldstein_sum: Number(r.g) }));
}

export interface DyadTotal {
  source: string;
  target: string;
  count: number;
  goldstein_sum: number;
  /** Events per quad class 1-4. */
  quads: [number, number, number, number];
}

/** Events per directed dyad with both sides known and different (a country's dealings with itself are left out). */
export async function dyadTotals(store: Store, filter: EventFilter, level: DyadLevel, limit: number): Promise<DyadTotal[]> {
  const src = sideKey('source', level);
  const tgt = sideKey('target', level);
  const quad = (n: number) => sql<number>`sum(case when quad_class = ${n} then 1 else 0 end)`;
  const rows = await store.db
    .selectFrom('events')
    .select([
      src.as('src'),
      tgt.as('tgt'),
      (eb) => eb.fn.countAll().as('n'),
      (eb) => eb.fn.sum<number>('goldstein').as('g'),
      quad(1).as('q1'),
      quad(2).as('q2'),
      quad(3).as('q3'),
      quad(4).as('q4'),
    ])
    .where((eb) => eb.and([...eventConditions(eb, filter), eb(src, 'is not', null), eb(tgt, 'is not', null), eb(src, '!=', tgt)]))
    .groupBy([src, tgt])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(src)
    .orderBy(tgt)
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    source: r.src!,
    target: r.tgt!,
    count: Number(r.n),
    goldstein_sum: Number(r.g),
    quads: [Number(r.q1), Number(r.q2), Number(r.q3), Number(r.q4)],
  }));
}

export interface PlaceTotal {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  count: number;
}

/** Events per place, for places with a point. */
export async function placeTotals(store: Store, filter: EventFilter, limit: number): Promise<PlaceTotal[]> {
  const rows = await store.db
    .selectFrom('events')
    .select(['place_name', 'place_country', 'lat', 'lon', (eb) => eb.fn.countAll().as('n')])
    .where((eb) => eb.and([...eventConditions(eb, filter), eb('lat', 'is not', null), eb('lon', 'is not', null), eb('place_name', 'is not', null)]))
    .groupBy(['place_name', 'place_country', 'lat', 'lon'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('place_name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ name: r.place_name!, country: r.place_country, lat: Number(r.lat), lon: Number(r.lon), count: Number(r.n) }));
}

export interface ActorTotal {
  code: string;
  name: string | null;
  country: string | null;
  events: number;
  as_source: number;
  as_target: number;
}

/**
 * Actors by how many events they take part in. `q` matches a code prefix ("VNM") or words of a resolved name
 * ("lâm", case-insensitive).
 */
export async function actorTotals(store: Store, opts: { q?: string; limit: number }): Promise<ActorTotal[]> {
  let codes: string[] | null = null;
  if (opts.q) {
    const pattern = `%${escapeLike(foldText(opts.q))}%`;
    const named = await store.db
      .selectFrom('actors')
      .select('code')
      .distinct()
      .where((eb) =>
        eb.or([eb('code', 'like', startsWith(opts.q!.toUpperCase())), eb('name_key', 'like', sql<string>`${pattern} escape '\\'`)]),
      )
      .limit(1000)
      .execute();
    codes = named.map((r) => r.code);
    if (codes.length === 0) return [];
  }
  const counts = new Map<string, ActorTotal>();
  for (const side of ['source', 'target'] as const) {
    const col = `${side}_code` as const;
    let q = store.db
      .selectFrom('events')
      .select([`${col} as code`, `${side}_country as country`, (eb) => eb.fn.countAll().as('n')])
      .where(col, 'is not', null)
      .groupBy([col, `${side}_country`]);
    if (codes) q = q.where(col, 'in', codes);
    for (const r of await q.execute()) {
      const code = r.code!;
      const t = counts.get(code) ?? { code, name: null, country: r.country, events: 0, as_source: 0, as_target: 0 };
      const n = Number(r.n);
      if (side === 'source') t.as_source += n;
      else t.as_target += n;
      t.events += n;
      counts.set(code, t);
    }
  }
  const top = [...counts.values()].sort((a, b) => b.events - a.events || (a.code < b.code ? -1 : 1)).slice(0, opts.limit);
  const names = await actorNames(store, top.map((t) => t.code));
  for (const t of top) t.name = names.get(t.code) ?? null;
  return top;
}

/** The name each code was most often resolved to (ties: the alphabetically first). */
export async function actorNames(store: Store, codes: readonly string[]): Promise<Map<string, string>> {
  const best = new Map<string, { name: string; n: number }>();
  for (let i = 0; i < codes.length; i += 1000) {
    const rows = await store.db
      .selectFrom('actors')
      .select(['code', 'name', (eb) => eb.fn.countAll().as('n')])
      .where('code', 'in', codes.slice(i, i + 1000))
      .where('name', 'is not', null)
      .groupBy(['code', 'name'])
      .execute();
    for (const r of rows) {
      const n = Number(r.n);
      const b = best.get(r.code);
      if (!b || n > b.n || (n === b.n && r.name! < b.name)) best.set(r.code, { name: r.name!, n });
    }
  }
  return new Map([...best.entries()].map(([code, b]) => [code, b.name]));
}
