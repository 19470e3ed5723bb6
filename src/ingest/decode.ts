/**
 * Bytes to text: strip a UTF-8 byte order mark, refuse binary data and invalid UTF-8, normalise to NFC.
 */

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; problem: 'binary' }
  | { ok: false; problem: 'invalid-utf8'; offset: number };

const BOM = [0xef, 0xbb, 0xbf] as const;

export function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

export function stripBom(bytes: Uint8Array): Uint8Array {
  return hasBom(bytes) ? bytes.subarray(3) : bytes;
}

/** Text files never hold NUL bytes; binary formats (PDF, images, zip, docx) nearly always do. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/**
 * Decodes UTF-8 strictly (no U+FFFD replacement) and normalises to NFC. `checkBinary` refuses data with NUL
 * bytes. The byte offset of an invalid sequence is relative to `bytes` (after any BOM the caller stripped).
 */
export function decodeUtf8(bytes: Uint8Array, checkBinary = true): DecodeResult {
  if (checkBinary && looksBinary(bytes)) return { ok: false, problem: 'binary' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text: text.normalize('NFC') };
  } catch {
    return { ok: false, problem: 'invalid-utf8', offset: firstInvalidUtf8Offset(bytes) };
  }
}

/** Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence; -1 if none. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = sequenceLength(b);
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || !isContinuation(c, b, k)) return i;
    }
    i += len;
  }
  return -1;
}

function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Continuation byte check, with the narrower second-byte ranges that exclude overlongs and surrogates. */
function isContinuation(c: number, lead: number, k: number): boolean {
  if (k === 1) {
    if (lead === 0xe0) return c >= 0xa0 && c <= 0xbf;
    if (lead === 0xed) return c >= 0x80 && c <= 0x9f;
    if (lead === 0xf0) return c >= 0x90 && c <= 0xbf;
    if (lead === 0xf4) return c >= 0x80 && c <= 0x8f;
  }
  return c >= 0x80 && c <= 0xbf;
}
