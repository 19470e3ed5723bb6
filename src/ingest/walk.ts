/**
 * Files under a directory, depth first, in a fixed order (by code unit, not by locale), skipping dotfiles.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type WalkEntry = { ok: true; file: string } | { ok: false; file: string; cause: unknown };

export async function* walkFiles(dir: string): AsyncGenerator<WalkEntry> {
  yield* walk(dir, new Set<string>());
}

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort(byCodeUnit);
  } catch (cause) {
    yield { ok: false, file: dir, cause };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (cause) {
      yield { ok: false, file: path, cause };
      continue;
    }
    if (isDir) yield* walk(path, seen);
    else yield { ok: true, file: path };
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
