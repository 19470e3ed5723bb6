/**
 * Actors from a user's dictionaries (PETRARCH-style): the entry's code on the article's date, extended by an agent
 * or title that follows it ("Gondor soldiers", "Hamas gunmen" -> code + agent code) or, for titles, the person named
 * after it. A country code at the head of the code gives the actor its country.
 */
import type { RoleRule } from '../knowledge/schemas.js';
import { dictCodeOn } from '../dictionaries/resolve.js';
import type { ActorDraft } from './assemble.js';
import type { Chunk } from './chunks.js';
import { nameText, parseName } from './complement.js';
import { type Cursor, chunkAt, norm, roleEntries } from './cursor.js';

/** The code of the dictionary actor whose chunk starts at `p`, and the chunk, or undefined. */
export function dictActorAt(c: Cursor, p: number): { chunk: Chunk; code: string | null; rule: string; name: string } | undefined {
  const ch = chunkAt(c, p);
  const e = ch?.entries.find((x) => x.kind === 'dict');
  if (!ch || !e || e.kind !== 'dict') return undefined;
  return { chunk: ch, code: dictCodeOn(e.actor, c.date), rule: e.rule, name: e.actor.names[0] ?? '' };
}

/** An actor code with a role added: after it ("GON" + "MIL"), or before it for "[NGO~]" agents ("IGO" + "GHA"). */
export function withRole(code: string, role: RoleRule | undefined): string {
  if (!role?.role) return code;
  return role.code_before ? `${role.role}${code}` : `${code}${role.role}`;
}

export function parseDictActor(c: Cursor, start: number, p: number): ActorDraft[] | null {
  const found = dictActorAt(c, p);
  if (!found) return null;
  // a dictionary entry with no code on this date names no actor: PETRARCH's null code
  if (found.code === null) return [];
  let end = found.chunk.end;
  // "Gondor troops", "Arnor's foreign minister", "Dagolath's first Deputy Prime Minister Telemar"
  let q = end;
  if (norm(c, q) === "'s" || norm(c, q) === "'") q++;
  for (let k = 0; k < 2 && c.lex.grammar.premodifiers.has(norm(c, q)) && !chunkAt(c, q); k++) q++;
  const next = chunkAt(c, q);
  const role = roleEntries(next, 'agent')[0] ?? roleEntries(next, 'title')[0];
  let name: string | null = found.name;
  let kind: ActorDraft['kind'] = 'organisation';
  const allRules = [found.rule];
  if (next && role) {
    end = next.end;
    allRules.push(role.id);
    if (role.kind === 'title') {
      const nameEnd = parseName(c, end);
      const person = nameText(c, end, nameEnd);
      if (person) {
        name = person;
        kind = 'person';
        end = nameEnd;
      }
    } else {
      kind = 'agent';
    }
  }
  // a compound entry ("FRO/BIL/SAM") names several actors: one draft each
  return found.code.split('/').map((one) => {
    const code = withRole(one, role);
    return {
      tokenStart: start,
      tokenEnd: end,
      kind,
      country: c.lex.countryByCameo.get(code.slice(0, 3)) ?? null,
      role: code.length > 3 ? code.slice(3) : null,
      name,
      org: null,
      titles: role ? [role] : [],
      rules: allRules,
      leader: role?.leader === true,
      code,
    };
  });
}
