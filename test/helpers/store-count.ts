/** How many articles a SQLite store file holds, read from another process while an ingest may be writing it. */
import Database from 'better-sqlite3';

export function storedArticles(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('select count(*) as n from articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or being created
  }
}
