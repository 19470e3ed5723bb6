/**
 * Standard input, sniffed (see read-sniffed.ts): JSONL streamed line by line, a feed's items, or one HTML or
 * plain-text article with the id "stdin".
 */
import { ioError } from './read-file.js';
import { readSniffed } from './read-sniffed.js';
import { type InputItem, STDIN_NAME } from './types.js';

export async function* readStdin(stdin: NodeJS.ReadableStream): AsyncGenerator<InputItem> {
  yield* readSniffed(stdin as AsyncIterable<Uint8Array | string>, {
    name: STDIN_NAME,
    base: { id: 'stdin', origin: { file: STDIN_NAME } },
    readError: (cause) => ioError(STDIN_NAME, cause),
  });
}
