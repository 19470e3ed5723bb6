/**
 * The dev / held-out split of the peer suites. Deterministic by case id, so a case never changes side:
 * FNV-1a 32-bit of the id's UTF-8 bytes, mod 10; 0–5 is dev (60 %), 6–9 is held-out (40 %).
 * Developers look at and tune on dev cases only (see eval/README.md).
 */

export type Split = 'dev' | 'held-out';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`; an unsigned integer. */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash >>> 0;
}

export function splitOf(caseId: string): Split {
  return fnv1a32(caseId) % 10 < 6 ? 'dev' : 'held-out';
}
