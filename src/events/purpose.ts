/**
 * Purpose clauses (data/lexicon/en/clauses.json): "Students marched to demand reforms from the government" is one
 * protest aimed at the government, not a protest and a separate demand. The purpose's target goes to the protest
 * before it (which is marked with the rule's id, a new object), and the purpose event is dropped.
 */
import { z } from 'zod';
import type { Document, EventMention } from '../document.js';

const root = z.string().regex(/^\d{2}$/);
export const clausesFileSchema = z.object({
  purpose: z.object({
    id: z.string().regex(/^[a-z]{2}\.[a-z0-9.-]+$/),
    reason: z.string().min(1),
    /** Roots of the events a purpose clause can belong to. */
    heads: z.array(root),
    /** Roots of the events that can be a purpose. */
    purposes: z.array(root),
    /** The word right before a purpose's trigger: "to demand", "in protest". */
    markers: z.array(z.string().min(1)),
    example: z.string().min(1),
  }),
});
export type ClausesFile = z.infer<typeof clausesFileSchema>;

export interface Clauses {
  readonly file: ClausesFile;
  readonly heads: ReadonlySet<string>;
  readonly purposes: ReadonlySet<string>;
  readonly markers: ReadonlySet<string>;
}

export function compileClauses(file: ClausesFile): Clauses {
  return {
    file,
    heads: new Set(file.purpose.heads),
    purposes: new Set(file.purpose.purposes),
    markers: new Set(file.purpose.markers),
  };
}

/** The events of one sentence with purpose clauses folded into the protest they explain. */
export function foldPurposes(doc: Document, events: readonly EventMention[], clauses: Clauses): EventMention[] {
  const out = [...events];
  for (let k = out.length - 1; k >= 0; k--) {
    const purpose = out[k] as EventMention;
    if (!clauses.purposes.has(purpose.code.slice(0, 2))) continue;
    const at = tokenAt(doc, purpose.trigger.start);
    if (at < 1 || !clauses.markers.has(doc.tokens[at - 1]?.norm ?? '')) continue;
    const head = out.findIndex(
      (e) =>
        e !== purpose &&
        clauses.heads.has(e.code.slice(0, 2)) &&
        e.trigger.end <= purpose.trigger.start &&
        (purpose.source === null || e.source === null || e.source.code === purpose.source.code),
    );
    if (head < 0) continue;
    const h = out[head] as EventMention;
    out[head] = {
      ...h,
      target: h.target ?? purpose.target,
      rules: h.rules.includes(clauses.file.purpose.id) ? h.rules : [...h.rules, clauses.file.purpose.id],
    };
    out.splice(k, 1);
  }
  return out;
}

/** The index of the token that starts at character `start` (binary search: tokens are in text order). */
function tokenAt(doc: Document, start: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.tokens[mid]?.start ?? 0;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
