/**
 * Parley's input readers: paths (files, directories, "-") and http(s) URLs to articles. Never throws for a bad
 * input: each problem is an `{kind: 'error'}` item with a ParleyError naming the file (and line), and the next
 * input is read.
 */
import { stat } from 'node:fs/promises';
import * as err from './input-errors.js';
import { ioError, readFileInput } from './read-file.js';
import { readStdin } from './read-stdin.js';
import { isUrl, readUrl } from './read-url.js';
import type { InputItem, ReadInputsOptions } from './types.js';
import { walkFiles } from './walk.js';

/**
 * Reads every input in order. No paths, or "-", reads standard input. Directories are walked recursively in
 * sorted order, skipping dotfiles. An argument starting with http:// or https:// is fetched.
 */
export async function* readInputs(paths: string[], opts: ReadInputsOptions = {}): AsyncGenerator<InputItem> {
  // process.stdin is only touched when it is read.
  const stdin = () => opts.stdin ?? process.stdin;
  if (paths.length === 0) {
    yield* readStdin(stdin());
    return;
  }
  for (const path of paths) {
    if (path === '-') yield* readStdin(stdin());
    else if (isUrl(path)) yield* readUrl(path, opts.fetchTimeoutMs);
    else yield* readPath(path);
  }
}

async function* readPath(path: string): AsyncGenerator<InputItem> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (cause) {
    yield err.errorItem(ioError(path, cause));
    return;
  }
  if (!isDir) {
    yield* readFileInput(path);
    return;
  }
  for await (const entry of walkFiles(path)) {
    if (entry.ok) yield* readFileInput(entry.file);
    else yield err.errorItem(ioError(entry.file, entry.cause));
  }
}
