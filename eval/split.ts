/**
 * The dev / held-out split of the peer suites. Deterministic by case id, so a case never changes side:
 * FNV-1a 32-bit of the id's UTF-8 bytes, mod 10; 0–5 is dev (60 %), 6–9 is held-out (40 %).
 * Developers look at and tune on dev cases only (see eval/README.md).
 */

import { fnv1a32 } from '../src/text/fnv1a.js';

export type Split = 'dev' | 'held-out';

/** FNV-1a, 32 bits, over the UTF-8 bytes of the id: the project's one implementation. */
export { fnv1a32 };

export function splitOf(caseId: string): Split {
  return fnv1a32(caseId) % 10 < 6 ? 'dev' : 'held-out';
}
