/**
 * The ParleyErrors an input can produce, one constructor each, so codes and hints stay the same everywhere.
 * None of these is thrown by the readers: they are yielded as `{kind: 'error'}` items and the batch goes on.
 */
import { ParleyError } from '../errors.js';
import type { InputItem } from './types.js';

export const SUPPORTED_TYPES = '.txt, .html, .jsonl, RSS/Atom feeds (.rss, .atom, .xml) and http(s) URLs';

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

export function unknownEncoding(file: string, label: string): ParleyError {
  return new ParleyError('input.unknown-encoding', `unknown character encoding ${JSON.stringify(label)}`, {
    file,
    hint: `Re-encode the input as UTF-8 (e.g. "iconv -f ${label} -t utf-8 in.xml > out.xml") and declare it so.`,
  });
}

export function invalidEncoding(file: string, label: string): ParleyError {
  return new ParleyError('input.invalid-encoding', `not valid ${label}, the character encoding it declares`, {
    file,
    hint: 'Re-encode the input as UTF-8, or correct the encoding it declares.',
  });
}

export function badFeed(file: string, line: number, problem: string): ParleyError {
  return new ParleyError('input.bad-feed', `not a well-formed feed: ${problem}`, {
    file,
    line,
    hint:
      'The download may be cut short or the file damaged: fetch the feed again, or check it with ' +
      '"xmllint --noout FILE".',
  });
}

export function notAFeed(file: string, root: string): ParleyError {
  return new ParleyError('input.not-a-feed', `XML, but not an RSS or Atom feed (its root element is <${root}>)`, {
    file,
    hint:
      'Parley reads RSS 2.0, RSS 1.0 and Atom feeds as XML; put the text of other XML in .txt, .html or .jsonl ' +
      'files.',
  });
}

export function feedEmpty(file: string): ParleyError {
  return new ParleyError('input.empty', 'the feed has no items; there is nothing to code', {
    file,
    hint: 'Check that this is the feed you meant; a feed with no items yet can be read again later.',
  });
}

/** An item with a headline at most: no content, description or summary to code. */
export function feedItemEmpty(file: string, line: number | undefined, docId: string, url?: string): ParleyError {
  return new ParleyError('input.feed-item-empty', 'the feed item has no text (no content, description or summary)', {
    file,
    ...(line === undefined ? {} : { line }),
    docId,
    hint: url
      ? `The feed gives only a headline: read the article itself with "parley extract ${url}".`
      : 'The feed gives no text and no link for this item; leave it out or find the article elsewhere.',
  });
}

export function fetchFailed(url: string, reason: string, cause: unknown): ParleyError {
  return new ParleyError(
    'input.fetch-failed',
    `cannot fetch ${url}: ${reason}`,
    { file: url, hint: 'Check the address and the network connection, then try again.' },
    { cause },
  );
}

export function httpStatus(url: string, status: number, statusText: string): ParleyError {
  return new ParleyError('input.http-status', `${url} answered HTTP ${status}${statusText ? ` ${statusText}` : ''}`, {
    file: url,
    hint: statusHint(status),
  });
}

function statusHint(status: number): string {
  if (status === 404 || status === 410) return 'There is no page at this address: check it.';
  if (status === 401 || status === 403) {
    return (
      'The server refuses the request (a login, a paywall or a block on scripts): save the page from a browser ' +
      'and read the file.'
    );
  }
  if (status === 429) return 'The server asks for fewer requests: wait a while, then try again.';
  if (status >= 500) return 'The server failed: try again later.';
  return 'Check the address; Parley reads pages that answer 200 OK.';
}
