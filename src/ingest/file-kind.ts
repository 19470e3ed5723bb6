/** Which reader an input goes to: by file extension, or by sniffing the content of standard input. */
import { extname } from 'node:path';

export type InputKind = 'text' | 'html' | 'jsonl';

export type KindResult = { ok: true; kind: InputKind } | { ok: false; ext: string };

const BY_EXTENSION: Readonly<Record<string, InputKind>> = Object.freeze({
  '': 'text',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
});

export function kindFromPath(path: string): KindResult {
  const ext = extname(path).toLowerCase();
  const kind = Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
  return kind ? { ok: true, kind } : { ok: false, ext };
}

/** JSONL if the first non-blank character is "{", HTML if it is "<", else plain text. */
export function sniffKind(text: string): InputKind {
  const first = /\S/u.exec(text)?.[0];
  if (first === '{') return 'jsonl';
  if (first === '<') return 'html';
  return 'text';
}
