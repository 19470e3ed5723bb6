/**
 * Standard input, sniffed: JSONL if the first non-blank character is "{" (then streamed line by line), HTML
 * if it is "<", else plain text.
 */
import { hasBom } from './decode.js';
import * as err from './input-errors.js';
import { ioError, wholeInput } from './read-file.js';
import { readJsonl } from './read-jsonl.js';
import { type InputItem, STDIN_NAME } from './types.js';

type Chunk = Uint8Array | string;

export async function* readStdin(stdin: NodeJS.ReadableStream): AsyncGenerator<InputItem> {
  const iterator = (stdin as AsyncIterable<Chunk>)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let first: number | undefined;
  try {
    // Buffer chunks until the first non-blank character says what the input is.
    while (first === undefined) {
      const next = await iterator.next();
      if (next.done) break;
      head.push(toBytes(next.value));
      first = firstNonBlank(Buffer.concat(head));
    }
    if (first === 0x7b /* { */) {
      yield* readJsonl(headThenRest(head, iterator), STDIN_NAME);
      return;
    }
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      head.push(toBytes(next.value));
  } catch (cause) {
    yield err.errorItem(ioError(STDIN_NAME, cause));
    return;
  }
  const kind = first === 0x3c /* < */ ? 'html' : 'text';
  yield wholeInput(Buffer.concat(head), STDIN_NAME, kind, { id: 'stdin', origin: { file: STDIN_NAME } });
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
