/**
 * Reading the dataset back: events by actor, code, dates and words, in date order and in pages (keyset pagination,
 * the same SQL on every backend), and episodes.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { DatasetEvent, Episode } from '../dataset/dataset-event.js';
import { compareEpisodes } from '../dataset/episodes.js';
import type { Store } from './open-store.js';
import type { Tables } from './tables.js';

export interface EventFilter {
  /** A CAMEO actor code or its prefix ("VNM", "VNMGOV", "IGOUNO"), or an ISO3 country: either side matches. */
  actor?: string;
  /** A CAMEO event code or its prefix ("04", "042"). */
  code?: string;
  /** YYYY-MM-DD: events that end on or after this day. */
  since?: string;
  /** YYYY-MM-DD: events that start on or before this day. */
  until?: string;
  /** Words in a sentence that reports the event (case-insensitive substring). */
  q?: string;
  modality?: 'asserted' | 'intended' | 'negated';
  limit?: number;
}

const PAGE = 500;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/gu, (c) => `\\${c}`);
}

/** `column LIKE 'value%'` with the value's own % and _ taken literally, on every backend. */
function startsWith(value: string) {
  return sql<string>`${`${escapeLike(value)}%`} escape '\\'`;
}

function conditions(eb: ExpressionBuilder<Tables, 'events'>, f: EventFilter): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (f.actor) {
    const a = f.actor.toUpperCase();
    where.push(
      eb.or([
        eb('source_code', 'like', startsWith(a)),
        eb('target_code', 'like', startsWith(a)),
        eb('source_country', '=', a),
        eb('target_country', '=', a),
      ]),
    );
  }
  if (f.code) where.push(eb('code', 'like', startsWith(f.code)));
  if (f.since) where.push(eb(eb.fn.coalesce('date_end', 'date'), '>=', f.since));
  if (f.until) where.push(eb('date', '<=', f.until));
  if (f.modality) where.push(eb('modality', '=', f.modality));
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
        const where = conditions(eb, filter);
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
