/**
 * The ParleyErrors an input can produce, one constructor each, so codes and hints stay the same everywhere.
 * None of these is thrown by the readers: they are yielded as `{kind: 'error'}` items and the batch goes on.
 */
import { ParleyError } from '../errors.js';
import type { InputItem } from './types.js';

export const SUPPORTED_TYPES = '.txt, .html, .jsonl';

const JSONL_HINT =
  'Each line must be one JSON object such as {"id": "a1", "text": "..."} or {"id": "a1", "html": "..."}.';

export function errorItem(error: ParleyError): InputItem {
  return { kind: 'error', error };
}

export function notFound(file: string): ParleyError {
  return new ParleyError('input.not-found', `no such file or directory: ${file}`, {
    file,
    hint: 'Check the path, or use "-" to read standard input.',
  });
}

export function unreadable(file: string, cause: unknown): ParleyError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new ParleyError(
    'input.unreadable',
    `cannot read ${file}: ${reason}`,
    { file, hint: 'Check that the file exists and that you may read it.' },
    { cause },
  );
}

export function empty(file: string, line?: number): ParleyError {
  const what = line === undefined ? 'the file is empty' : 'the record has no text';
  return new ParleyError('input.empty', `${what}; there is nothing to code`, {
    file,
    ...(line === undefined ? {} : { line }),
    hint: 'Give an article with some text, or leave this input out.',
  });
}

export function binary(file: string): ParleyError {
  return new ParleyError('input.binary', 'the file is binary (it contains NUL bytes), not text', {
    file,
    hint: `Parley reads ${SUPPORTED_TYPES}; extract the text first (for a PDF, e.g. "pdftotext file.pdf").`,
  });
}

export function invalidUtf8(file: string, byteOffset: number, line?: number): ParleyError {
  return new ParleyError(
    'input.invalid-utf8',
    `not valid UTF-8 (first bad byte at byte offset ${byteOffset})`,
    {
      file,
      ...(line === undefined ? {} : { line }),
      hint: 'Re-encode the file as UTF-8, e.g. "iconv -f windows-1252 -t utf-8 in.txt > out.txt".',
    },
  );
}

export function badJsonl(file: string, line: number, reason: string): ParleyError {
  return new ParleyError('input.bad-jsonl', `bad JSONL record: ${reason}`, { file, line, hint: JSONL_HINT });
}

export function badDate(file: string, line: number, value: string): ParleyError {
  return new ParleyError('input.bad-jsonl', `bad JSONL record: "date" is ${JSON.stringify(value)}`, {
    file,
    line,
    hint: 'Write "date" as YYYY-MM-DD (e.g. "2025-05-09") or as an ISO timestamp, or leave it out.',
  });
}

export function unsupportedType(file: string, ext: string): ParleyError {
  return new ParleyError(
    'input.unsupported-type',
    `unsupported file type ${ext}; Parley reads ${SUPPORTED_TYPES}`,
    {
      file,
      hint: 'Convert it to plain text or HTML first, or put it in a .jsonl file as {"id", "text"} lines.',
    },
  );
}
