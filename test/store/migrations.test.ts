/**
 * Upgrading a store: a store made by an earlier Parley (only migration 001) is brought to the current schema when
 * opened, and the columns migration 002 adds are filled from the events already stored.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { migrationProvider } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/open-store.js';
import { queryEventPage } from '../../src/store/event-page.js';
import { mention } from '../dataset/dataset-fixtures.js';

it('brings a store of migration 001 up to date and fills the new event columns from the records', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-migrate-'));
  const file = join(dir, 'old.db');
  try {
    const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(file) }) });
    const migrated = await new Migrator({ db: old, provider: migrationProvider }).migrateTo('001-initial');
    assert.equal(migrated.error, undefined);
    const e = mention({ code: '043', location: { name: 'Hanoi', country: 'VNM', lat: 21.02, lon: 105.84, precision: 'city' } }).event;
    const record = JSON.stringify({ ...e, num_mentions: 1, num_sources: 1, num_articles: 1, mentions: [], source_url: null, source_name: null, added: '-', sentence_index: 0 });
    await sql`insert into events (event_id, group_key, code, root, source_code, source_country, target_code, target_country, date, date_end,
      modality, num_mentions, num_sources, num_articles, record)
      values ('ev1', 'g', '043', '04', 'RUSGOV', 'RUS', 'VNM', 'VNM', '2024-06-20', null, 'asserted', 1, 1, 1, ${record})`.execute(old);
    await old.destroy();

    const store = await openStore(file, { mustExist: true });
    try {
      const row = await store.db.selectFrom('events').selectAll().where('event_id', '=', 'ev1').executeTakeFirstOrThrow();
      assert.deepEqual(
        [row.quad_class, row.goldstein, row.plover_type, row.place_name, row.place_country, row.lat, row.lon],
        [e.quad_class, e.goldstein, e.plover?.type ?? null, 'Hanoi', 'VNM', 21.02, 105.84],
      );
      assert.equal((await queryEventPage(store, { place: 'hanoi' }, { sort: 'date', limit: 10 })).total, 1);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
