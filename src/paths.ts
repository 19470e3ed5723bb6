/**
 * Where the repository and its data files are. Computed on each call (no module-level state), so tests and tools
 * that build to another output directory still find the checkout.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParleyError } from './errors.js';

/** A repository root holds package.json and the data/ folder (a stray package.json in an output dir does not). */
function isRepoRoot(dir: string): boolean {
  return existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'));
}

function findUp(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (isRepoRoot(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The repository root: the nearest folder above this module that holds package.json and data/. When the code was
 * compiled outside the checkout (tsc --outDir /tmp/...), the search starts again from the working directory.
 */
export function repoRoot(): string {
  const root = findUp(dirname(fileURLToPath(import.meta.url))) ?? findUp(process.cwd());
  if (root === undefined) {
    throw new ParleyError(
      'paths.no-repo',
      'cannot find the Parley repository (a folder with package.json and data/)',
      {
        hint: 'Run from inside the checkout.',
      },
    );
  }
  return root;
}

/** The data/ folder of the repository. */
export function defaultDataDir(): string {
  return join(repoRoot(), 'data');
}
