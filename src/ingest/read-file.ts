/** One file to items: JSONL streamed line by line; text and HTML read whole, decoded strictly, NFC. */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Article } from '../document.js';
import { decodeUtf8, stripBom } from './decode.js';
import { type InputKind, kindFromPath } from './file-kind.js';
import * as err from './input-errors.js';
import { readJsonl } from './read-jsonl.js';
import type { InputItem } from './types.js';

export async function* readFileInput(file: string): AsyncGenerator<InputItem> {
  const kind = kindFromPath(file);
  if (!kind.ok) {
    yield err.errorItem(err.unsupportedType(file, kind.ext));
    return;
  }
  if (kind.kind === 'jsonl') {
    yield* readJsonlFile(file);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    yield err.errorItem(ioError(file, cause));
    return;
  }
  yield wholeInput(bytes, file, kind.kind, { id: basename(file), origin: { file } });
}

/** A whole text or HTML input (a file, or standard input) as one item. */
export function wholeInput(
  raw: Uint8Array,
  file: string,
  kind: Exclude<InputKind, 'jsonl'>,
  base: Pick<Article, 'id' | 'origin'>,
): InputItem {
  const bytes = stripBom(raw);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    if (decoded.problem === 'binary') return err.errorItem(err.binary(file));
    return err.errorItem(err.invalidUtf8(file, decoded.offset + (raw.length - bytes.length)));
  }
  if (decoded.text.trim() === '') return err.errorItem(err.empty(file));
  const body = kind === 'html' ? { html: decoded.text } : { text: decoded.text };
  return { kind: 'article', article: { ...base, ...body } };
}

async function* readJsonlFile(file: string): AsyncGenerator<InputItem> {
  const stream = createReadStream(file);
  try {
    yield* readJsonl(stream, file);
  } catch (cause) {
    yield err.errorItem(ioError(file, cause));
  } finally {
    stream.destroy();
  }
}

export function ioError(file: string, cause: unknown) {
  const code = (cause as { code?: unknown } | null)?.code;
  return code === 'ENOENT' ? err.notFound(file) : err.unreadable(file, cause);
}
