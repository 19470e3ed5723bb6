/**
 * The evidence behind the dataset: the reports (mentions) of an event with their articles, whole articles with
 * their sentences, actor spans and coded mentions, and the episodes an event belongs to.
 */
import type { DatasetEvent, Episode } from '../dataset/dataset-event.js';
import { compareEpisodes } from '../dataset/episodes.js';
import type { CodedEvent } from '../output/coded-event.js';
import type { Store } from './open-store.js';
import type { ArticlesTable, SentencesTable, ActorsTable } from './tables.js';
import { chunk } from './write-articles.js';

export interface StoredReport {
  mention_id: string;
  article: string;
  doc_id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  syndicate: string | null;
  sentence_index: number;
  record: CodedEvent;
}

/** Every mention joined into the event, by publication date, document, offset. */
export async function eventReports(store: Store, eventId: string): Promise<StoredReport[]> {
  const rows = await store.db
    .selectFrom('mentions as m')
    .innerJoin('articles as a', 'a.hash', 'm.article')
    .select(['m.mention_id', 'm.article', 'm.doc_id', 'm.sentence_index', 'm.start', 'm.record', 'a.title', 'a.url', 'a.outlet', 'a.published', 'a.syndicate'])
    .where('m.event_id', '=', eventId)
    .execute();
  rows.sort(
    (x, y) =>
      (x.published ?? '9999').localeCompare(y.published ?? '9999') ||
      (x.doc_id < y.doc_id ? -1 : x.doc_id > y.doc_id ? 1 : 0) ||
      x.start - y.start,
  );
  return rows.map((r) => ({
    mention_id: r.mention_id,
    article: r.article,
    doc_id: r.doc_id,
    title: r.title,
    url: r.url,
    outlet: r.outlet,
    published: r.published,
    syndicate: r.syndicate,
    sentence_index: r.sentence_index,
    record: JSON.parse(r.record) as CodedEvent,
  }));
}

export interface StoredArticle {
  article: ArticlesTable;
  sentences: Omit<SentencesTable, 'article'>[];
  actors: Omit<ActorsTable, 'article' | 'name_key'>[];
  mentions: { mention_id: string; event_id: string | null; sentence_index: number; record: CodedEvent }[];
}

/** An article by its content hash, or else by its document id (the latest stored version). */
export async function getArticle(store: Store, id: string): Promise<StoredArticle | null> {
  const article =
    (await store.db.selectFrom('articles').selectAll().where('hash', '=', id).executeTakeFirst()) ??
    (await store.db.selectFrom('articles').selectAll().where('doc_id', '=', id).orderBy('added', 'desc').orderBy('hash').executeTakeFirst());
  if (!article) return null;
  const sentences = await store.db
    .selectFrom('sentences')
    .select(['idx', 'start', 'end', 'block'])
    .where('article', '=', article.hash)
    .orderBy('idx')
    .execute();
  const actors = await store.db
    .selectFrom('actors')
    .select(['idx', 'code', 'country', 'role', 'name', 'kind', 'start', 'end'])
    .where('article', '=', article.hash)
    .orderBy('idx')
    .execute();
  const mentions = await store.db
    .selectFrom('mentions')
    .select(['mention_id', 'event_id', 'sentence_index', 'start', 'record'])
    .where('article', '=', article.hash)
    .orderBy('start')
    .orderBy('mention_id')
    .execute();
  return {
    article,
    sentences,
    actors,
    mentions: mentions.map((m) => ({
      mention_id: m.mention_id,
      event_id: m.event_id,
      sentence_index: m.sentence_index,
      record: JSON.parse(m.record) as CodedEvent,
    })),
  };
}

export async function getEpisode(store: Store, id: string): Promise<Episode | null> {
  const row = await store.db.selectFrom('episodes').select('record').where('episode_id', '=', id).executeTakeFirst();
  return row ? (JSON.parse(row.record) as Episode) : null;
}

/** The episodes of one traveller: to find a tour's legs, or the episodes that contain an event. */
export async function travellerEpisodes(store: Store, travellers: readonly string[]): Promise<Episode[]> {
  if (travellers.length === 0) return [];
  const rows = await store.db.selectFrom('episodes').select('record').where('traveller_code', 'in', [...travellers]).execute();
  return rows.map((r) => JSON.parse(r.record) as Episode).sort(compareEpisodes);
}

/** Dataset events by id, in date order (undated last). */
export async function eventsById(store: Store, ids: readonly string[]): Promise<DatasetEvent[]> {
  const out: DatasetEvent[] = [];
  for (const part of chunk([...ids], 1)) {
    const rows = await store.db.selectFrom('events').select('record').where('event_id', 'in', part).execute();
    for (const r of rows) out.push(JSON.parse(r.record) as DatasetEvent);
  }
  return out.sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || (a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0),
  );
}
