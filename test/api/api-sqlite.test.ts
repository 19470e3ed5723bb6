/** The API contract on the embedded SQLite store. */
import { sqliteBackend } from '../helpers/backends.js';
import { apiContract } from './api-contract.js';

apiContract(sqliteBackend);
