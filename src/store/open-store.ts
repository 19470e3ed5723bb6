/**
 * Opening a store: a file path gives the embedded SQLite store, a `postgres://` URL a PostgreSQL server. Both speak
 * through one Kysely query layer over one schema (`migrations.ts`), migrated to the latest version on open.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { ParleyError } from '../errors.js';
import { migrationProvider } from './migrations.js';
import type { Tables } from './tables.js';

export type StoreBackend = 'sqlite' | 'postgres';

export interface Store {
  readonly backend: StoreBackend;
  /** The file path, or the server URL with its password hidden. */
  readonly location: string;
  readonly db: Kysely<Tables>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** PostgreSQL only: keep Parley's tables in this schema (created if missing), e.g. one per test. */
  schema?: string;
  /** SQLite only: fail instead of creating a new store file (for commands that only read). */
  mustExist?: boolean;
}

/** Where the store is when `--db` is not given: $PARLEY_DB, else parley.db in the working directory. */
export function defaultStoreTarget(env: NodeJS.ProcessEnv = process.env): string {
  return env['PARLEY_DB'] ?? 'parley.db';
}

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//iu.test(target);
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/u, '$1***@');
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/u;

export async function openStore(target: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const store = isPostgresUrl(target) ? await openPostgres(target, opts) : openSqlite(target, opts.mustExist === true);
  await migrate(store, store.backend === 'postgres' ? opts.schema : undefined);
  return store;
}

function openSqlite(path: string, mustExist: boolean): Store {
  const file = resolve(path);
  if (mustExist && !existsSync(file)) {
    throw new ParleyError('store.missing', `there is no store at ${file}`, {
      file,
      hint: 'Give the store with --db (or $PARLEY_DB), or create one with `parley ingest FILES --db PATH`.',
    });
  }
  let database: Database.Database;
  try {
    mkdirSync(dirname(file), { recursive: true });
    database = new Database(file);
    // WAL: readers never block the writer; a killed process loses nothing that was committed.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 10000');
  } catch (cause) {
    throw new ParleyError('store.open', `cannot open the SQLite store ${file}: ${(cause as Error).message}`, {
      file,
      hint: 'Check that the folder is writable and the file is a Parley store (or give another path with --db).',
    });
  }
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
  return { backend: 'sqlite', location: file, db, close: () => db.destroy() };
}

async function openPostgres(url: string, opts: OpenStoreOptions): Promise<Store> {
  const location = redactUrl(url);
  if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) {
    throw new ParleyError('store.schema-name', `"${opts.schema}" is not a usable schema name`, {
      hint: 'Use lower-case letters, digits and underscores.',
    });
  }
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    if (opts.schema !== undefined) await probe.query(`create schema if not exists "${opts.schema}"`);
  } catch (cause) {
    throw new ParleyError('store.unreachable', `cannot reach the PostgreSQL store ${location}: ${(cause as Error).message}`, {
      hint: 'Check that the server is running and the URL (user, password, database) is right, e.g. postgres://user:pass@127.0.0.1:5432/parley.',
    });
  } finally {
    await probe.end().catch(() => undefined);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    ...(opts.schema !== undefined ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return { backend: 'postgres', location, db, close: () => db.destroy() };
}

async function migrate(store: Store, schema: string | undefined): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema; name ours, or another store's would be found.
  const migrator = new Migrator({
    db: store.db,
    provider: migrationProvider,
    ...(schema !== undefined ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    await store.close();
    throw new ParleyError(
      'store.migrate',
      `cannot bring the store ${store.location} to the current schema (migration ${failed}): ${(error as Error).message}`,
      { hint: 'Is this a Parley store written by a newer version? Use a new --db, or upgrade Parley.' },
    );
  }
}
