/**
 * One file to items: JSONL streamed line by line; text and HTML read whole, decoded strictly, NFC; a feed read
 * whole, one item per entry.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Article } from '../document.js';
import { decodeInput } from './decode-input.js';
import { type InputKind, kindFromPath } from './file-kind.js';
import * as err from './input-errors.js';
import { type FeedOptions, readFeedBytes } from './read-feed.js';
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
  yield* wholeInputItems(bytes, file, kind.kind, { id: basename(file), origin: { file } });
}

/** What a whole text or HTML input becomes when it is one article; a page read from a URL also has its url. */
export type WholeInputBase = Pick<Article, 'id' | 'origin'> & Pick<Partial<Article>, 'url'>;

/**
 * A whole input (a file, standard input, a download) as items: a feed's entries, or one text or HTML article.
 * `opts.charset` is the encoding a server named; `opts.baseUrl` the URL a feed was fetched from.
 */
export function wholeInputItems(
  raw: Uint8Array,
  file: string,
  kind: Exclude<InputKind, 'jsonl'>,
  base: WholeInputBase,
  opts: FeedOptions = {},
): InputItem[] {
  if (kind === 'feed') return readFeedBytes(raw, file, opts);
  return [wholeInput(raw, file, kind, base, opts.charset)];
}

/** A whole text or HTML input as one item. */
export function wholeInput(
  raw: Uint8Array,
  file: string,
  kind: 'text' | 'html',
  base: WholeInputBase,
  charset?: string,
): InputItem {
  const decoded = decodeInput(raw, file, charset);
  if (!decoded.ok) return err.errorItem(decoded.error);
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
