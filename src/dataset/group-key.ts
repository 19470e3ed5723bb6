/**
 * Which mentions may report the same event: those of one group. A group is a directed dyad (source and target
 * actor codes), a CAMEO base code (the first three digits: "0431" and "043" are one family, "040" consult and "043"
 * host a visit are not) and a modality. Deduplication compares dates, places and names only inside a group, so its
 * cost grows with the group, not the store.
 */
import type { CodedEvent } from '../output/coded-event.js';

export function groupKey(e: Pick<CodedEvent, 'code' | 'source' | 'target' | 'modality'>): string {
  return `${e.code.slice(0, 3)}|${e.source?.code ?? '-'}|${e.target?.code ?? '-'}|${e.modality}`;
}
