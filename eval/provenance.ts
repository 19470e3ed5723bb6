/** Where a run happened: repository root, commit, date, node version. Shared by eval and bench. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest folder at or above `start` that holds a package.json, or null. */
export function findRepoRoot(start: string): string | null {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** `git rev-parse --short HEAD`, with "+dirty" when the tree has uncommitted changes; null without git. */
export function gitCommit(cwd: string): string | null {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const hash = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--untracked-files=no') === '' ? hash : `${hash}+dirty`;
  } catch {
    return null;
  }
}

export interface RunInfo {
  date: string;
  commit: string | null;
  node: string;
}

export function runInfo(repoRoot: string): RunInfo {
  return { date: new Date().toISOString().slice(0, 10), commit: gitCommit(repoRoot), node: process.version };
}
