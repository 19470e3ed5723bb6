/** The store contract on PostgreSQL (PARLEY_TEST_PG; see test/helpers/backends.ts). */
import { onPostgres } from '../helpers/backends.js';
import { storeContract } from './store-contract.js';

onPostgres('store contract', storeContract);
