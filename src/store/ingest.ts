/**
 * Ingest: inputs → coded articles → the store, in batches of one transaction each. Articles already stored (same
 * content hash) are not coded again, so running an ingest twice, or again after it was killed, stores each article
 * once. One bad input is reported and skipped; the batch goes on.
 */
import type { Coder } from '../coder.js';
import type { Article } from '../document.js';
import { ParleyError } from '../errors.js';
import { type InputItem, readInputs } from '../ingest/index.js';
import { articleRows, contentHash, type ArticleRows } from './article-rows.js';
import type { Store } from './open-store.js';
import { storedHashes, writeArticles } from './write-articles.js';

export interface IngestProgress {
  /** Articles read from the inputs. */
  read: number;
  /** Articles newly stored. */
  stored: number;
  /** Articles already in the store. */
  skipped: number;
  /** Event mentions coded in the stored articles. */
  mentions: number;
  errors: number;
  elapsedMs: number;
}

export interface IngestOptions {
  /** Articles per transaction (default 100). */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  onError?: (e: ParleyError) => void;
  /** The time stamp stored with new articles (default: now). */
  now?: () => string;
  stdin?: NodeJS.ReadableStream;
}

function where(article: Article) {
  return { file: article.origin.file, docId: article.id, ...(article.origin.line !== undefined ? { line: article.origin.line } : {}) };
}

export async function ingestInputs(store: Store, coder: Coder, inputs: readonly string[], opts: IngestOptions = {}): Promise<IngestProgress> {
  return ingestItems(store, coder, readInputs([...inputs], opts.stdin ? { stdin: opts.stdin } : {}), opts);
}

/** Ingests articles already read (the API's POST, or any reader's output); errors among them are reported. */
export async function ingestItems(
  store: Store,
  coder: Coder,
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  opts: IngestOptions = {},
): Promise<IngestProgress> {
  const batchSize = opts.batchSize ?? 100;
  const now = opts.now ?? (() => new Date().toISOString());
  const onError = opts.onError ?? (() => undefined);
  const started = Date.now();
  const p: IngestProgress = { read: 0, stored: 0, skipped: 0, mentions: 0, errors: 0, elapsedMs: 0 };
  const report = () => {
    p.elapsedMs = Date.now() - started;
    opts.onProgress?.({ ...p });
  };
  const fail = (e: ParleyError) => {
    p.errors++;
    onError(e);
  };

  let pending: { article: Article; hash: string }[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const known = await storedHashes(store, batch.map((b) => b.hash));
    const rows: ArticleRows[] = [];
    const coded = new Set<string>();
    const added = now();
    for (const { article, hash } of batch) {
      if (known.has(hash) || coded.has(hash)) {
        p.skipped++;
        continue;
      }
      coded.add(hash);
      try {
        const result = coder.code(article);
        for (const d of result.doc.diagnostics) if (d.level === 'error') fail(new ParleyError(d.code, d.message, where(article)));
        rows.push(articleRows(article, result, hash, added));
      } catch (cause) {
        const message = cause instanceof Error ? cause.message : String(cause);
        fail(
          new ParleyError('internal', `internal error while coding this document: ${message}`, {
            ...where(article),
            hint: 'The document was skipped; please report it with the document.',
          }),
        );
      }
    }
    const result = await writeArticles(store, rows);
    p.stored += result.stored;
    p.skipped += result.skipped;
    p.mentions += rows.reduce((n, r) => n + r.mentions.length, 0);
    report();
  };

  for await (const item of items) {
    if (item.kind === 'error') {
      fail(item.error);
      continue;
    }
    p.read++;
    pending.push({ article: item.article, hash: contentHash(item.article) });
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  report();
  return p;
}
