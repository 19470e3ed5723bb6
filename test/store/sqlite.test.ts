/** The store contract on the embedded SQLite store. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { storeContract } from './store-contract.js';

storeContract({
  name: 'sqlite',
  open: () => openStore(join(mkdtempSync(join(tmpdir(), 'parley-store-')), 'test.db')),
  async drop(store) {
    await store.close();
    rmSync(dirname(store.location), { recursive: true, force: true });
  },
});
