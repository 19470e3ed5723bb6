/**
 * What the input readers yield: an article to code, or a problem with one input that the batch reports and
 * skips.
 */
import type { Article } from '../document.js';
import type { ParleyError } from '../errors.js';

export type InputItem = { kind: 'article'; article: Article } | { kind: 'error'; error: ParleyError };

export interface ReadInputsOptions {
  /** Where "-" (and no paths at all) reads from; defaults to `process.stdin`. */
  stdin?: NodeJS.ReadableStream;
  /** How long a URL input may take to download, in milliseconds; 30 s by default. */
  fetchTimeoutMs?: number;
}

/** The name standard input goes by in origins and error messages. */
export const STDIN_NAME = '<stdin>';
