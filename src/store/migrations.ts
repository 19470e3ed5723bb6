/**
 * The store's schema, as an ordered list of migrations. Each runs once per database, in a transaction where the
 * backend allows it; the applied ones are recorded by Kysely's Migrator (tables `kysely_migration*`). Never edit a
 * migration that has shipped: add the next one.
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import type { DatasetEvent } from '../dataset/dataset-event.js';
import type { Tables } from './tables.js';
import { foldText } from '../text/fold.js';

/** Migration 001: articles, sentences, actors, mentions, events, episodes, and the bookkeeping of derived work. */
const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('articles')
      .addColumn('hash', 'text', (c) => c.primaryKey())
      .addColumn('doc_id', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('title', 'text')
      .addColumn('outlet', 'text')
      .addColumn('published', 'text')
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('minhash', 'text', (c) => c.notNull())
      .addColumn('syndicate', 'text')
      .addColumn('n_events', 'integer', (c) => c.notNull())
      .addColumn('added', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('articles_url').on('articles').column('url').execute();
    await db.schema.createIndex('articles_doc_id').on('articles').column('doc_id').execute();
    await db.schema.createIndex('articles_syndicate').on('articles').column('syndicate').execute();

    await db.schema
      .createTable('article_bands')
      .addColumn('band', 'text', (c) => c.notNull())
      .addColumn('article', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('article_bands_pk', ['band', 'article'])
      .execute();
    await db.schema.createIndex('article_bands_article').on('article_bands').column('article').execute();

    await db.schema
      .createTable('sentences')
      .addColumn('article', 'text', (c) => c.notNull())
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('block', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sentences_pk', ['article', 'idx'])
      .execute();

    await db.schema
      .createTable('actors')
      .addColumn('article', 'text', (c) => c.notNull())
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('role', 'text')
      .addColumn('name', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('actors_pk', ['article', 'idx'])
      .execute();
    await db.schema.createIndex('actors_code').on('actors').column('code').execute();

    await db.schema
      .createTable('mentions')
      .addColumn('mention_id', 'text', (c) => c.primaryKey())
      .addColumn('article', 'text', (c) => c.notNull())
      .addColumn('doc_id', 'text', (c) => c.notNull())
      .addColumn('group_key', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text')
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('sentence_index', 'integer', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('sentence', 'text', (c) => c.notNull())
      .addColumn('record', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('mentions_group').on('mentions').column('group_key').execute();
    await db.schema.createIndex('mentions_event').on('mentions').column('event_id').execute();
    await db.schema.createIndex('mentions_article').on('mentions').column('article').execute();

    await db.schema
      .createTable('events')
      .addColumn('event_id', 'text', (c) => c.primaryKey())
      .addColumn('group_key', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('root', 'text', (c) => c.notNull())
      .addColumn('source_code', 'text')
      .addColumn('source_country', 'text')
      .addColumn('target_code', 'text')
      .addColumn('target_country', 'text')
      .addColumn('date', 'text')
      .addColumn('date_end', 'text')
      .addColumn('modality', 'text', (c) => c.notNull())
      .addColumn('num_mentions', 'integer', (c) => c.notNull())
      .addColumn('num_sources', 'integer', (c) => c.notNull())
      .addColumn('num_articles', 'integer', (c) => c.notNull())
      .addColumn('record', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_group').on('events').column('group_key').execute();
    await db.schema.createIndex('events_date').on('events').columns(['date', 'event_id']).execute();
    await db.schema.createIndex('events_source').on('events').column('source_code').execute();
    await db.schema.createIndex('events_target').on('events').column('target_code').execute();
    await db.schema.createIndex('events_code').on('events').column('code').execute();

    await db.schema
      .createTable('episodes')
      .addColumn('episode_id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('traveller_code', 'text', (c) => c.notNull())
      .addColumn('start', 'text')
      .addColumn('end', 'text')
      .addColumn('record', 'text', (c) => c.notNull())
      .execute();

    await db.schema.createTable('dirty_groups').addColumn('group_key', 'text', (c) => c.primaryKey()).execute();
    await db.schema
      .createTable('store_info')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
    await sql`insert into store_info (key, value) values ('created', ${new Date().toISOString()})`.execute(db);
  },
};

/** The event columns that migration 002 adds, read from an event record. */
export function eventFilterColumns(e: DatasetEvent) {
  return {
    quad_class: e.quad_class,
    goldstein: e.goldstein,
    plover_type: e.plover?.type ?? null,
    place_name: e.location?.name ?? null,
    place_country: e.location?.country ?? null,
    lat: e.location?.lat ?? null,
    lon: e.location?.lon ?? null,
  };
}

/**
 * Migration 002: the event columns the API filters and aggregates on (quad class, Goldstein, PLOVER type, place),
 * filled from the records of events already stored; and actor names folded for search ("to lam" finds "Tô Lâm").
 */
const eventFilters: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const columns: [string, 'integer' | 'double precision' | 'text'][] = [
      ['quad_class', 'integer'],
      ['goldstein', 'double precision'],
      ['plover_type', 'text'],
      ['place_name', 'text'],
      ['place_country', 'text'],
      ['lat', 'double precision'],
      ['lon', 'double precision'],
    ];
    for (const [name, type] of columns) await db.schema.alterTable('events').addColumn(name, type).execute();
    await db.schema.createIndex('events_plover').on('events').column('plover_type').execute();
    await db.schema.createIndex('events_place').on('events').column('place_name').execute();
    const typed = db as unknown as Kysely<Tables>;
    await db.schema.alterTable('actors').addColumn('name_key', 'text').execute();
    const names = await typed.selectFrom('actors').select('name').distinct().where('name', 'is not', null).execute();
    for (const { name } of names) await typed.updateTable('actors').set({ name_key: foldText(name!) }).where('name', '=', name).execute();
    let after = '';
    for (;;) {
      const rows = await typed.selectFrom('events').select(['event_id', 'record']).where('event_id', '>', after).orderBy('event_id').limit(1000).execute();
      for (const r of rows) {
        await typed.updateTable('events').set(eventFilterColumns(JSON.parse(r.record) as DatasetEvent)).where('event_id', '=', r.event_id).execute();
      }
      if (rows.length < 1000) break;
      after = rows[rows.length - 1]!.event_id;
    }
  },
};

/** Every migration, by name; names sort in the order they run. */
export const migrations: Readonly<Record<string, Migration>> = Object.freeze({
  '001-initial': initial,
  '002-event-filters': eventFilters,
});

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...migrations }),
};
