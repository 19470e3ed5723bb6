/** The API contract on PostgreSQL (PARLEY_TEST_PG; see test/helpers/backends.ts). */
import { onPostgres } from '../helpers/backends.js';
import { apiContract } from './api-contract.js';

onPostgres('API contract', apiContract);
