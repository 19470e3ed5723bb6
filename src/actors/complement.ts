/**
 * The parts of a titled noun phrase after the title: its complement ("of the State Duma of the Federal Assembly of
 * the Russian Federation") and the person's name ("Luiz Inácio Lula da Silva").
 */
import { dictCodeOn } from '../dictionaries/resolve.js';
import type { Country, Organisation } from '../knowledge/schemas.js';
import { proper } from './chunks.js';
import { type Cursor, chunkAt, countryEntry, norm, roleEntries } from './cursor.js';

export interface Complement {
  end: number;
  country: Country | null;
  institutionRole: string | null;
  org: Organisation | null;
  /** The code of an actor from a user's dictionary named in the complement ("President of Gondor"). */
  dictCode: string | null;
}

/** "of the State Duma of the Federal Assembly of the Russian Federation": the organisation a title belongs to. */
export function parseComplement(c: Cursor, start: number): Complement {
  const out: Complement = { end: start, country: null, institutionRole: null, org: null, dictCode: null };
  let q = start;
  let sawHead = false;
  while (q < c.to) {
    const tok = c.tokens[q];
    if (!tok) break;
    const n = tok.norm;
    if (n === 'the') {
      q++;
      continue;
    }
    const ch = chunkAt(c, q);
    if (ch) {
      if (roleEntries(ch, 'title').length > 0 && q > start && norm(c, q - 1) === 'and') break;
      const ce = countryEntry(ch);
      const inst = roleEntries(ch, 'institution')[0];
      const org = ch.entries.find((e) => e.kind === 'org');
      const dict = ch.entries.find((e) => e.kind === 'dict');
      if (dict?.kind === 'dict') out.dictCode ??= dictCodeOn(dict.actor, c.date);
      else if (ce && ce.kind !== 'capital') out.country ??= ce.country;
      else if (inst) out.institutionRole ??= inst.role;
      else if (org?.kind === 'org') {
        out.org ??= org.org;
        out.institutionRole ??= org.org.role;
      } else if (roleEntries(ch).length === 0) break;
      sawHead = true;
      q = ch.end;
      out.end = q;
      continue;
    }
    if (n === '(') {
      let r = q + 1;
      while (r < c.to && r < q + 8 && norm(c, r) !== ')') r++;
      if (norm(c, r) !== ')') break;
      q = r + 1;
      out.end = q;
      continue;
    }
    if (n === 'of' || n === 'and' || n === 'for' || n === '&') {
      const next = c.tokens[q + 1];
      const afterThe = next?.norm === 'the' ? c.tokens[q + 2] : next;
      if (!proper(afterThe)) break;
      if (n === 'and' && roleEntries(chunkAt(c, q + 1), 'title').length > 0) break;
      q++;
      continue;
    }
    if (proper(tok) && tok.shape === 'word') {
      // after the organisation's head noun, a capitalised word starts the person's name unless another
      // institution word follows closely ("... of Việt Nam Central Committee")
      if (sawHead) {
        let found = false;
        for (let r = q; r < Math.min(c.to, q + 3); r++) {
          if (!proper(c.tokens[r])) break;
          if (roleEntries(chunkAt(c, r), 'institution').length > 0 || c.lex.institutionHeads.has(norm(c, r))) {
            found = true;
            break;
          }
        }
        if (!found) break;
      }
      q++;
      if (c.lex.institutionHeads.has(n)) {
        sawHead = true;
        out.end = q;
      }
      continue;
    }
    break;
  }
  return out;
}

/** A personal name: capitalised words, with particles inside ("Luiz Inácio Lula da Silva"); at most 6 tokens. */
export function parseName(c: Cursor, start: number): number {
  let q = start;
  let last = start;
  while (q < c.to && q - start < 6) {
    const tok = c.tokens[q];
    if (!tok || tok.shape !== 'word') break;
    const ch = chunkAt(c, q);
    // "Nouri al-Maliki", "Ayman az-Zawahiri": a name word may carry the Arabic article in lower case
    if (proper(tok) && (!ch || ch.entries.every((e) => e.kind === 'leader'))) {
      q++;
      last = q;
      continue;
    }
    // a surname that is also a title word ends a name: "Defence Secretary Tom King"
    const nextTok = c.tokens[q + 1];
    if (proper(tok) && q > start && ch && !(proper(nextTok) && nextTok?.shape === 'word')) {
      q++;
      last = q;
      break;
    }
    if (!tok.upper && c.lex.nameParticles.has(tok.norm) && q > start && proper(c.tokens[q + 1])) {
      q++;
      continue;
    }
    break;
  }
  return last;
}

export function nameText(c: Cursor, start: number, end: number): string | null {
  if (end <= start) return null;
  return c.tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
}

/** Picks the reading of a role chunk: a title when a name or complement follows, else an agent noun. */
