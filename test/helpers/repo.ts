/** Where tests find the checkout, its data/ folder and the shared seed articles. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir, repoRoot } from '../../src/paths.js';

export { repoRoot };

export function dataDir(): string {
  return defaultDataDir();
}

/** <repoRoot>/../shared/seeds, or null when it is not there. */
export function seedsDir(): string | null {
  const dir = join(repoRoot(), '..', 'shared', 'seeds');
  return existsSync(dir) ? dir : null;
}
