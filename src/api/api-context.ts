/**
 * What the API's handlers work with, made once per server: the store, the map's geography and the export tables
 * (loaded on first use), the write token, and a queue that runs writes one after another.
 */
import type { Coder } from '../coder.js';
import type { EpisodeLexicon } from '../dataset/episode-lexicon.js';
import type { ExportContext } from '../dataset/exports/index.js';
import type { Store } from '../store/open-store.js';
import type { Geo } from './geo.js';

export interface ApiContext {
  store: Store;
  geo(): Geo;
  exportContext(): ExportContext;
  /** The coder and the episode rules, for POST /api/articles. */
  coder(): Coder;
  episodeLexicon(): EpisodeLexicon;
  /** Bearer token that writes require; null: writes are refused. */
  token: string | null;
  /** Runs `work` after every write queued before it has finished (one writer at a time). */
  serialWrite<T>(work: () => Promise<T>): Promise<T>;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
}

/** Memoises a loader: the first call loads, later calls reuse (no module-level state: one per context). */
export function lazy<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: load() };
    return value.v;
  };
}

/** A queue of writes, one at a time, in the order they were asked for. A failed write does not block the next. */
export function writeQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}
