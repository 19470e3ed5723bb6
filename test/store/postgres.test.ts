/**
 * The store contract on PostgreSQL: set PARLEY_TEST_PG to a server URL (a user that may create schemas); `.ci/run`
 * starts Debian's server and sets it. Each store lives in its own schema, dropped afterwards. Without the variable
 * the suite is skipped — except in CI, where a missing server is a failure.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { it } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import { storeContract } from './store-contract.js';

const url = process.env['PARLEY_TEST_PG'];
if (url) {
  const stores = new WeakMap<object, string>();
  storeContract({
    name: 'postgres',
    async open() {
      const schema = `parley_test_${randomBytes(6).toString('hex')}`;
      const store = await openStore(url, { schema });
      stores.set(store, schema);
      return store;
    },
    async drop(store) {
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists "${stores.get(store)}" cascade`);
      await client.end();
    },
  });
} else if (process.env['CI']) {
  it('runs the store contract on PostgreSQL in CI', () => {
    assert.fail('PARLEY_TEST_PG is not set: .ci/run must start PostgreSQL and export PARLEY_TEST_PG.');
  });
} else {
  it('store contract on PostgreSQL', { skip: 'PARLEY_TEST_PG is not set (e.g. postgres://parley:parley@127.0.0.1:5432/parley_test)' }, () => undefined);
}
