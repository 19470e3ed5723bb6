/**
 * JSONL articles: one JSON object per line, read as a stream, one line at a time. A bad line becomes an error
 * item naming the file and line; the other lines are still read.
 */
import type { Article } from '../document.js';
import { decodeUtf8, looksBinary, stripBom } from './decode.js';
import * as err from './input-errors.js';
import { isoDate } from './iso-date.js';
import { byteLines } from './lines.js';
import type { InputItem } from './types.js';

/** Reads JSONL from a byte stream; `file` names the input in ids and errors. */
export async function* readJsonl(
  chunks: AsyncIterable<Uint8Array | string>,
  file: string,
): AsyncGenerator<InputItem> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (!first.done && typeof first.value !== 'string' && looksBinary(first.value)) {
    await iterator.return?.();
    yield err.errorItem(err.binary(file));
    return;
  }
  let records = 0;
  for await (const { bytes: raw, line, offset } of byteLines(resume(first, iterator))) {
    const bytes = line === 1 ? stripBom(raw) : raw;
    const decoded = decodeUtf8(bytes, false);
    if (!decoded.ok) {
      const bad = decoded.problem === 'invalid-utf8' ? decoded.offset : 0;
      yield err.errorItem(err.invalidUtf8(file, offset + (raw.length - bytes.length) + bad, line));
      records += 1;
      continue;
    }
    const item = parseJsonlRecord(decoded.text, file, line);
    if (item) {
      records += 1;
      yield item;
    }
  }
  if (records === 0) yield err.errorItem(err.empty(file));
}

async function* resume<T>(first: IteratorResult<T>, rest: AsyncIterator<T>): AsyncGenerator<T> {
  if (first.done) return;
  try {
    yield first.value;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}

/** One JSONL line (already decoded) to an item; null for a blank line. */
export function parseJsonlRecord(text: string, file: string, line: number): InputItem | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return err.errorItem(err.badJsonl(file, line, `not valid JSON (${(e as Error).message})`));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return err.errorItem(err.badJsonl(file, line, 'the line is not a JSON object'));
  }
  return recordToItem(value as Record<string, unknown>, file, line);
}

function recordToItem(rec: Record<string, unknown>, file: string, line: number): InputItem {
  const id = recordId(rec.id, file, line);
  if (id === null) return err.errorItem(err.badJsonl(file, line, '"id" must be a string or a number'));
  const text = optionalString(rec.text);
  const html = optionalString(rec.html);
  if (text === undefined && html === undefined) {
    return err.errorItem(err.badJsonl(file, line, 'no "text" or "html" field (a string)'));
  }
  // Both given: the publisher's own text is more reliable than re-extracting it from the HTML.
  const body = isBlank(text) ? (isBlank(html) ? null : { html: html as string }) : { text: text as string };
  if (body === null) return err.errorItem(err.empty(file, line));
  const article: Article = { id, ...nfc(body), origin: { file, line } };
  if (rec.date !== undefined && rec.date !== null && rec.date !== '') {
    const date = typeof rec.date === 'string' ? isoDate(rec.date) : null;
    if (date === null) return err.errorItem(err.badDate(file, line, String(rec.date)));
    article.date = date;
  }
  for (const key of ['url', 'title', 'source'] as const) {
    const v = optionalString(rec[key]);
    if (v !== undefined && v.trim() !== '') article[key] = v.normalize('NFC').trim();
  }
  return { kind: 'article', article };
}

function recordId(id: unknown, file: string, line: number): string | null {
  if (id === undefined || id === null || id === '') return `${file}:${line}`;
  if (typeof id === 'string') return id.normalize('NFC');
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return null;
}

function optionalString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function isBlank(v: string | undefined): boolean {
  return v === undefined || v.trim() === '';
}

function nfc(body: { text: string } | { html: string }): { text: string } | { html: string } {
  return 'text' in body ? { text: body.text.normalize('NFC') } : { html: body.html.normalize('NFC') };
}
