/**
 * A whole input's bytes to text, or the error to report: a UTF-8 BOM stripped, binary data refused, UTF-8
 * decoded strictly, or the character encoding the input declares (a server's Content-Type charset, a feed's
 * XML declaration) when that is not UTF-8. The text is NFC.
 */
import type { ParleyError } from '../errors.js';
import { decodeUtf8, looksBinary, stripBom } from './decode.js';
import * as err from './input-errors.js';

export type DecodedInput = { ok: true; text: string } | { ok: false; error: ParleyError };

export function decodeInput(raw: Uint8Array, file: string, charset?: string): DecodedInput {
  const bytes = stripBom(raw);
  if (looksBinary(bytes)) return { ok: false, error: err.binary(file) };
  const label = normaliseCharset(charset);
  if (label === 'utf-8') {
    const decoded = decodeUtf8(bytes, false);
    if (decoded.ok) return decoded;
    const offset = decoded.problem === 'invalid-utf8' ? decoded.offset : 0;
    return { ok: false, error: err.invalidUtf8(file, offset + (raw.length - bytes.length)) };
  }
  try {
    return { ok: true, text: new TextDecoder(label, { fatal: true }).decode(bytes).normalize('NFC') };
  } catch (e) {
    // TextDecoder throws RangeError for a label it does not know, TypeError for bytes that are not valid.
    const error = e instanceof RangeError ? err.unknownEncoding(file, label) : err.invalidEncoding(file, label);
    return { ok: false, error };
  }
}

/** The encoding named by an XML declaration (<?xml version="1.0" encoding="ISO-8859-1"?>), if any. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(stripBom(bytes).subarray(0, 256)).toString('latin1');
  return /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
}

/** The charset parameter of a Content-Type header ("text/html; charset=ISO-8859-1"), if any. */
export function contentTypeCharset(contentType: string | null): string | undefined {
  return /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
}

/**
 * Lower case; none, "utf8" and "utf-8" are all "utf-8". So is a UTF-16 label: real UTF-16 holds NUL bytes and was
 * refused as binary, so bytes that got this far were mislabelled and are most likely UTF-8.
 */
function normaliseCharset(label: string | undefined): string {
  const l = (label ?? 'utf-8').trim().toLowerCase();
  return l === 'utf8' || l.startsWith('utf-16') || l === 'utf16' ? 'utf-8' : l;
}
