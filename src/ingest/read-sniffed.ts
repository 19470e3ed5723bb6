/**
 * A byte stream whose kind no file name tells (standard input, a download), sniffed: JSONL if the first
 * non-blank character is "{" (then streamed line by line); else read whole and a feed if its first element is
 * <rss>, <feed> or <rdf:RDF>, HTML if it starts with "<", else plain text.
 */
import type { ParleyError } from '../errors.js';
import { hasBom } from './decode.js';
import { looksLikeFeed } from './file-kind.js';
import * as err from './input-errors.js';
import type { FeedOptions } from './read-feed.js';
import { type WholeInputBase, wholeInputItems } from './read-file.js';
import { readJsonl } from './read-jsonl.js';
import type { InputItem } from './types.js';

type Chunk = Uint8Array | string;

export interface SniffedInput {
  /** Names the input in errors and origins: "<stdin>", a URL. */
  name: string;
  /** What a whole text or HTML input becomes. */
  base: WholeInputBase;
  /** For a feed (and the charset also for text and HTML). */
  options?: FeedOptions;
  /** The error for a failure while reading the stream. */
  readError: (cause: unknown) => ParleyError;
}

export async function* readSniffed(chunks: AsyncIterable<Chunk>, input: SniffedInput): AsyncGenerator<InputItem> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let first: number | undefined;
  try {
    // Buffer chunks until the first non-blank character says whether the input is JSONL.
    while (first === undefined) {
      const next = await iterator.next();
      if (next.done) break;
      head.push(toBytes(next.value));
      first = firstNonBlank(Buffer.concat(head));
    }
    if (first === 0x7b /* { */) {
      yield* readJsonl(headThenRest(head, iterator), input.name);
      return;
    }
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) head.push(toBytes(next.value));
  } catch (cause) {
    yield err.errorItem(input.readError(cause));
    return;
  }
  const bytes = Buffer.concat(head);
  const kind = first !== 0x3c /* < */ ? 'text' : looksLikeFeed(sniffText(bytes)) ? 'feed' : 'html';
  yield* wholeInputItems(bytes, input.name, kind, input.base, input.options);
}

async function* headThenRest(head: Uint8Array[], rest: AsyncIterator<Chunk>): AsyncGenerator<Chunk> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

function toBytes(chunk: Chunk): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/** The first byte that is not ASCII whitespace (after a BOM), or undefined if there is none yet. */
function firstNonBlank(bytes: Buffer): number | undefined {
  for (let i = hasBom(bytes) ? 3 : 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return b;
  }
  return undefined;
}

/** The head of the input as Latin-1: enough to read ASCII markup whatever the encoding. */
function sniffText(bytes: Buffer): string {
  return bytes.subarray(hasBom(bytes) ? 3 : 0, 64 * 1024).toString('latin1');
}
