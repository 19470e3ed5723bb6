/** Temporary input files for the ingest tests, and collecting what a reader yields. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { InputItem } from '../../src/ingest/types.js';

/** A fresh temporary directory holding `files` (relative path -> content). */
export function tmpFiles(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function articles(items: InputItem[]) {
  return items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
}

export function errors(items: InputItem[]) {
  return items.flatMap((i) => (i.kind === 'error' ? [i.error] : []));
}
