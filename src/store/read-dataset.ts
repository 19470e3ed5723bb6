/**
 * Reading the dataset back: events by actor, code, dates and words, in date order and in pages (keyset pagination,
 * the same SQL on every backend), and episodes.
 */
import { sql } from 'kysely';
import type { DatasetEvent, Episode } from '../dataset/dataset-event.js';
import { compareEpisodes } from '../dataset/episodes.js';
import { type EventFilter, eventConditions, startsWith } from './event-filter.js';
import type { Store } from './open-store.js';
import type { Tables } from './tables.js';

export type { EventFilter } from './event-filter.js';

const PAGE = 500;

/** Events matching the filter, oldest first (undated first), streamed page by page. */
export async function* queryEvents(store: Store, filter: EventFilter = {}): AsyncGenerator<DatasetEvent> {
  let after: { day: string; id: string } | null = null;
  let left = filter.limit ?? Number.POSITIVE_INFINITY;
  while (left > 0) {
    const cursor = after;
    const rows = await store.db
      .selectFrom('events')
      .select(['record', 'event_id', sql<string>`coalesce(date, '')`.as('day')])
      .where((eb) => {
        const where = eventConditions(eb, filter);
        if (cursor) {
          const day = eb.fn.coalesce('date', sql<string>`''`);
          where.push(eb.or([eb(day, '>', cursor.day), eb.and([eb(day, '=', cursor.day), eb('event_id', '>', cursor.id)])]));
        }
        return eb.and(where);
      })
      .orderBy(sql`coalesce(date, '')`)
      .orderBy('event_id')
      .limit(Math.min(PAGE, left))
      .execute();
    for (const r of rows) yield JSON.parse(r.record) as DatasetEvent;
    left -= rows.length;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = { day: last.day, id: last.event_id };
  }
}

export async function getEvent(store: Store, eventId: string): Promise<DatasetEvent | null> {
  const row = await store.db.selectFrom('events').select('record').where('event_id', '=', eventId).executeTakeFirst();
  return row ? (JSON.parse(row.record) as DatasetEvent) : null;
}

export interface EpisodeFilter {
  actor?: string;
  kind?: 'visit' | 'tour';
  since?: string;
  until?: string;
}

/** Episodes, by start date (undated last), tours before their legs. */
export async function listEpisodes(store: Store, filter: EpisodeFilter = {}): Promise<Episode[]> {
  let q = store.db.selectFrom('episodes').select('record');
  if (filter.actor) q = q.where('traveller_code', 'like', startsWith(filter.actor.toUpperCase()));
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.since) q = q.where((eb) => eb(eb.fn.coalesce('end', 'start'), '>=', filter.since!));
  if (filter.until) q = q.where('start', '<=', filter.until);
  const rows = await q.execute();
  return rows.map((r) => JSON.parse(r.record) as Episode).sort(compareEpisodes);
}

export interface StoreCounts {
  articles: number;
  mentions: number;
  events: number;
  episodes: number;
  /** Groups still waiting for deduplication (an interrupted ingest). */
  pending: number;
}

export async function storeCounts(store: Store): Promise<StoreCounts> {
  const count = async (table: keyof Tables) =>
    Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return {
    articles: await count('articles'),
    mentions: await count('mentions'),
    events: await count('events'),
    episodes: await count('episodes'),
    pending: await count('dirty_groups'),
  };
}
