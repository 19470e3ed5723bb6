/** The store contract on the embedded SQLite store. */
import { sqliteBackend } from '../helpers/backends.js';
import { storeContract } from './store-contract.js';

storeContract(sqliteBackend);
