/**
 * The store backends the contract suites loop over: the embedded SQLite store in a temporary folder, and PostgreSQL
 * (one schema per store) when PARLEY_TEST_PG names a server. `.ci/run` starts Debian's server and sets it; in CI a
 * missing server fails instead of skipping.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { it } from 'node:test';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/open-store.js';

export interface Backend {
  name: string;
  /** A new, empty store; `drop` closes and removes it. */
  open(): Promise<Store>;
  drop(store: Store): Promise<void>;
}

export const sqliteBackend: Backend = {
  name: 'sqlite',
  open: () => openStore(join(mkdtempSync(join(tmpdir(), 'parley-store-')), 'test.db')),
  async drop(store) {
    await store.close();
    rmSync(dirname(store.location), { recursive: true, force: true });
  },
};

function postgresBackend(url: string): Backend {
  const schemas = new WeakMap<object, string>();
  return {
    name: 'postgres',
    async open() {
      const schema = `parley_test_${randomBytes(6).toString('hex')}`;
      const store = await openStore(url, { schema });
      schemas.set(store, schema);
      return store;
    },
    async drop(store) {
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists "${schemas.get(store)}" cascade`);
      await client.end();
    },
  };
}

/** Runs `suite` on PostgreSQL when PARLEY_TEST_PG is set; otherwise skips it, or fails in CI. */
export function onPostgres(what: string, suite: (backend: Backend) => void): void {
  const url = process.env['PARLEY_TEST_PG'];
  if (url) suite(postgresBackend(url));
  else if (process.env['CI']) {
    it(`runs the ${what} on PostgreSQL in CI`, () => {
      assert.fail('PARLEY_TEST_PG is not set: .ci/run must start PostgreSQL and export PARLEY_TEST_PG.');
    });
  } else {
    it(`${what} on PostgreSQL`, { skip: 'PARLEY_TEST_PG is not set (e.g. postgres://parley:parley@127.0.0.1:5432/parley_test)' }, () => undefined);
  }
}
