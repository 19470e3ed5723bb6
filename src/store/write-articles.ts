/**
 * Writing coded articles: one transaction per batch, so a batch is stored whole or not at all. An article already
 * stored (same content hash) is skipped; a new version of an article at a known URL replaces the old one. Every
 * group whose mentions changed is marked dirty in the same transaction, so an ingest killed after the commit
 * still finds the deduplication work it left.
 */
import type { Kysely, Transaction } from 'kysely';
import type { ArticleRows } from './article-rows.js';
import type { Store } from './open-store.js';
import type { Tables } from './tables.js';

/** Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
export function chunk<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(20_000 / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function insertAll<K extends keyof Tables>(trx: Transaction<Tables>, table: K, rows: readonly Tables[K][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  for (const part of chunk(rows, columns)) {
    // The row types are the table types; Kysely's insert typing cannot follow a generic table name.
    await trx.insertInto(table).values(part as never).execute();
  }
}

/** Marks groups dirty (idempotent). */
export async function markDirty(db: Kysely<Tables>, groups: Iterable<string>): Promise<void> {
  const rows = [...new Set(groups)].sort().map((group_key) => ({ group_key }));
  for (const part of chunk(rows, 1)) {
    await db.insertInto('dirty_groups').values(part).onConflict((oc) => oc.column('group_key').doNothing()).execute();
  }
}

/** Deletes articles and everything stored from them; marks their groups dirty. */
export async function deleteArticles(db: Kysely<Tables>, hashes: readonly string[]): Promise<void> {
  if (hashes.length === 0) return;
  for (const part of chunk(hashes, 1)) {
    const groups = await db.selectFrom('mentions').select('group_key').distinct().where('article', 'in', part).execute();
    await markDirty(db, groups.map((g) => g.group_key));
    for (const table of ['mentions', 'actors', 'sentences', 'article_bands'] as const) {
      await db.deleteFrom(table).where('article', 'in', part).execute();
    }
    await db.deleteFrom('articles').where('hash', 'in', part).execute();
  }
}

export interface WriteResult {
  stored: number;
  /** Already in the store (same content). */
  skipped: number;
  /** Older versions of an article at the same URL that were replaced. */
  replaced: number;
}

export async function writeArticles(store: Store, batch: readonly ArticleRows[]): Promise<WriteResult> {
  if (batch.length === 0) return { stored: 0, skipped: 0, replaced: 0 };
  return store.db.transaction().execute(async (trx) => {
    const hashes = batch.map((b) => b.article.hash);
    const known = new Set<string>();
    for (const part of chunk(hashes, 1)) {
      for (const r of await trx.selectFrom('articles').select('hash').where('hash', 'in', part).execute()) known.add(r.hash);
    }
    const seen = new Set<string>();
    const fresh = batch.filter((b) => {
      if (known.has(b.article.hash) || seen.has(b.article.hash)) return false;
      seen.add(b.article.hash);
      return true;
    });
    const urls = [...new Set(fresh.map((b) => b.article.url).filter((u): u is string => u !== null))];
    const stale: string[] = [];
    for (const part of chunk(urls, 1)) {
      const rows = await trx.selectFrom('articles').select(['hash']).where('url', 'in', part).execute();
      stale.push(...rows.map((r) => r.hash).filter((h) => !seen.has(h)));
    }
    await deleteArticles(trx, stale);
    await insertAll(trx, 'articles', fresh.map((b) => b.article));
    await insertAll(trx, 'article_bands', fresh.flatMap((b) => b.bands));
    await insertAll(trx, 'sentences', fresh.flatMap((b) => b.sentences));
    await insertAll(trx, 'actors', fresh.flatMap((b) => b.actors));
    const mentions = fresh.flatMap((b) => b.mentions);
    await insertAll(trx, 'mentions', mentions);
    await markDirty(trx, mentions.map((m) => m.group_key));
    return { stored: fresh.length, skipped: batch.length - fresh.length, replaced: stale.length };
  });
}

/** Which of these content hashes are stored already. */
export async function storedHashes(store: Store, hashes: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const part of chunk(hashes, 1)) {
    for (const r of await store.db.selectFrom('articles').select('hash').where('hash', 'in', part).execute()) out.add(r.hash);
  }
  return out;
}
