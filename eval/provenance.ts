/** When and on what a run happened: date, commit, node version. Shared by eval and bench. */
import { execFileSync } from 'node:child_process';

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
