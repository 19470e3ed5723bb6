/**
 * Splits a byte stream into lines without holding more than one line (plus one chunk) in memory. Lines are
 * split on bytes, not on decoded text, so each line can be decoded strictly and an invalid byte reported with
 * its offset; readline would silently turn it into U+FFFD.
 */

export interface ByteLine {
  /** The line's bytes, without "\n" or a trailing "\r". */
  bytes: Uint8Array;
  /** 1-based line number. */
  line: number;
  /** Byte offset of the line's first byte in the stream. */
  offset: number;
}

const NL = 0x0a;
const CR = 0x0d;

export async function* byteLines(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<ByteLine> {
  let pending: Uint8Array[] = [];
  let line = 1;
  let offset = 0;
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let pos = 0;
    for (let nl = chunk.indexOf(NL, pos); nl !== -1; nl = chunk.indexOf(NL, pos)) {
      const bytes = join(pending, chunk.subarray(pos, nl));
      yield { bytes: dropCr(bytes), line, offset };
      offset += bytes.length + 1;
      line += 1;
      pending = [];
      pos = nl + 1;
    }
    if (pos < chunk.length) pending.push(chunk.subarray(pos));
  }
  if (pending.length > 0) yield { bytes: dropCr(join(pending, new Uint8Array(0))), line, offset };
}

function join(pending: Uint8Array[], last: Uint8Array): Uint8Array {
  return pending.length === 0 ? last : Buffer.concat([...pending, last]);
}

function dropCr(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
}
