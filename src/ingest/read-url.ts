/**
 * An http:// or https:// input: fetched (redirects followed, 30 s for the whole download) and sniffed like
 * standard input, so a feed gives its items, an HTML page or a text one article whose id comes from the URL,
 * and JSONL its records. A network failure or a status other than 2xx is one error item naming the URL.
 */
import { uriId } from './article-id.js';
import { contentTypeCharset } from './decode-input.js';
import * as err from './input-errors.js';
import { readSniffed } from './read-sniffed.js';
import type { InputItem } from './types.js';

export const USER_AGENT = 'parley/0.1';
export const FETCH_TIMEOUT_MS = 30_000;

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, ' +
  'application/x-ndjson;q=0.7, text/plain;q=0.7, */*;q=0.5';

export function isUrl(input: string): boolean {
  return /^https?:\/\/\S/i.test(input);
}

export async function* readUrl(url: string, timeoutMs = FETCH_TIMEOUT_MS): AsyncGenerator<InputItem> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { 'user-agent': USER_AGENT, accept: ACCEPT } });
  } catch (cause) {
    yield err.errorItem(err.fetchFailed(url, failure(cause, timeoutMs), cause));
    return;
  }
  if (!response.ok || response.body === null) {
    await response.body?.cancel();
    yield err.errorItem(err.httpStatus(url, response.status, response.statusText));
    return;
  }
  const finalUrl = response.url || url;
  yield* readSniffed(response.body, {
    name: url,
    base: { id: uriId(url), origin: { file: url }, url: finalUrl },
    options: {
      baseUrl: finalUrl,
      ...optional(contentTypeCharset(response.headers.get('content-type'))),
    },
    readError: (cause) => err.fetchFailed(url, failure(cause, timeoutMs), cause),
  });
}

/** Why a fetch failed, in a few words: a timeout, or the network error under undici's "fetch failed". */
function failure(cause: unknown, timeoutMs: number): string {
  const e = cause as { name?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } } | null;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const inner = e?.cause;
  if (typeof inner?.message === 'string' && inner.message !== '') return inner.message;
  if (typeof inner?.code === 'string') return inner.code;
  return typeof e?.message === 'string' ? e.message : String(cause);
}

function optional(charset: string | undefined): { charset?: string } {
  return charset === undefined ? {} : { charset };
}
