/**
 * What the reading commands (`events`, `episodes`) need before they read: a store that exists and holds articles;
 * and a warning when an interrupted ingest left deduplication to finish.
 */
import { openStore, type Store } from '../store/open-store.js';
import { storeCounts } from '../store/read-dataset.js';

/** The store, or null after saying on `err` why there is nothing to read. */
export async function openForReading(db: string, err: NodeJS.WritableStream): Promise<Store | null> {
  const store = await openStore(db, { mustExist: true });
  const counts = await storeCounts(store);
  if (counts.articles === 0) {
    err.write(`parley: the store ${store.location} is empty. Run \`parley ingest FILES --db ${db}\` first.\n`);
    await store.close();
    return null;
  }
  if (counts.pending > 0) {
    err.write(
      `parley: ${counts.pending} groups of the store are not deduplicated yet (an ingest was interrupted); ` +
        `run \`parley ingest --db ${db}\` to finish.\n`,
    );
  }
  return store;
}
