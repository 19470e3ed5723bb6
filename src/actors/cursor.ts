/**
 * A cursor over one sentence's tokens and lexical chunks, with the small lookups every noun-phrase parser uses, and
 * the leaders a name denotes on the document's date.
 */
import type { Token } from '../document.js';
import type { Leader } from '../knowledge/leaders.js';
import type { RoleRule } from '../knowledge/schemas.js';
import type { Chunk } from './chunks.js';
import type { ActorLexEntry, ActorLexicon } from './lexicon.js';

export interface Cursor {
  tokens: readonly Token[];
  from: number;
  to: number;
  chunks: readonly (Chunk | undefined)[];
  lex: ActorLexicon;
  /** The document's date (YYYY-MM-DD) or null: leaders are resolved for it. */
  date: string | null;
}

/** The leader a name denotes on the document's date, if exactly one person does. */
export function leaderFor(c: Cursor, start: number, end: number): Leader | undefined {
  const keys: string[] = [];
  for (let i = start; i < end; i++) keys.push(norm(c, i));
  const found = c.lex.leaders.lookup(keys, c.date);
  const codes = new Set(found.map((l) => l.code));
  return codes.size === 1 ? found[0] : undefined;
}

/** A name inside tokens [start, end) that the leaders index knows: the longest leader phrase that ends at `end`. */
export function leaderInName(c: Cursor, start: number, end: number): Leader | undefined {
  for (let s = start; s < end; s++) {
    const l = leaderFor(c, s, end);
    if (l) return l;
  }
  return undefined;
}

export const chunkAt = (c: Cursor, i: number) => (i >= c.from && i < c.to ? c.chunks[i - c.from] : undefined);
export const norm = (c: Cursor, i: number) => (i < c.to ? (c.tokens[i]?.norm ?? '') : '');
export type CountryEntry = Extract<ActorLexEntry, { kind: 'country' | 'demonym' | 'capital' | 'seat' }>;
export const isCountryEntry = (e: ActorLexEntry): e is CountryEntry =>
  e.kind === 'country' || e.kind === 'demonym' || e.kind === 'capital';
export const roleEntries = (ch: Chunk | undefined, kind?: RoleRule['kind']) =>
  (ch?.entries ?? []).flatMap((e) => (e.kind === 'role' && (!kind || e.role.kind === kind) ? [e.role] : []));
export const countryEntry = (ch: Chunk | undefined): CountryEntry | undefined => ch?.entries.find(isCountryEntry);

