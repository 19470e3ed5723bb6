/**
 * One page of events for the API: filtered, sorted by date (either way) or by how often they were reported, and
 * paged by keyset (the sort key and the event id of the last row), so a page costs the same however deep it is and
 * rows stored between two requests never repeat or vanish from the pages already read.
 */
import { type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DatasetEvent } from '../dataset/dataset-event.js';
import { type EventFilter, eventConditions } from './event-filter.js';
import type { Store } from './open-store.js';
import type { Tables } from './tables.js';

export const EVENT_SORTS = ['date', '-date', '-mentions'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

/** Where the previous page ended: its last row's sort key and event id. */
export interface PageKey {
  key: string | number;
  id: string;
}

export interface EventPageResult {
  events: DatasetEvent[];
  total: number;
  /** The key to pass as `after` for the next page, or null after the last one. */
  next: PageKey | null;
}

type EventsEb = ExpressionBuilder<Tables, 'events'>;

const day = sql<string>`coalesce(date, '')`;

/** The sort key, its direction, and the condition "after this key" (ties broken by ascending event id). */
function sortSpec(sort: EventSort) {
  const key: RawBuilder<string | number> = sort === '-mentions' ? sql<number>`num_mentions` : day;
  const descending = sort !== 'date';
  return {
    key,
    descending,
    after(eb: EventsEb, k: PageKey): Expression<SqlBool> {
      return eb.or([
        eb(key, descending ? '<' : '>', k.key),
        eb.and([eb(key, '=', k.key), eb('event_id', '>', k.id)]),
      ]);
    },
  };
}

export async function queryEventPage(
  store: Store,
  filter: EventFilter,
  page: { sort: EventSort; limit: number; after?: PageKey | undefined },
): Promise<EventPageResult> {
  const spec = sortSpec(page.sort);
  const rows = await store.db
    .selectFrom('events')
    .select(['record', 'event_id', spec.key.as('sort_key')])
    .where((eb) => {
      const where = eventConditions(eb, filter);
      if (page.after) where.push(spec.after(eb, page.after));
      return eb.and(where);
    })
    .orderBy(spec.key, spec.descending ? 'desc' : 'asc')
    .orderBy('event_id')
    .limit(page.limit + 1)
    .execute();
  const counted = await store.db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => eb.and(eventConditions(eb, filter)))
    .executeTakeFirstOrThrow();
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  const last = shown[shown.length - 1];
  return {
    events: shown.map((r) => JSON.parse(r.record) as DatasetEvent),
    total: Number(counted.n),
    next: more && last ? { key: typeof last.sort_key === 'string' ? last.sort_key : Number(last.sort_key), id: last.event_id } : null,
  };
}
