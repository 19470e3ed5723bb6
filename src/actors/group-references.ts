/**
 * Plural references to actors named earlier in a report: "both sides", "the two countries", "the foreign leaders".
 */
import type { ActorMention, Document } from '../document.js';
import type { Grammar } from '../knowledge/grammar.js';

/** The country most mentioned in these mentions (for people: the country of the report's main actor). */
function mainCountry(mentions: readonly ActorMention[]): string | null {
  const counts = new Map<string, number>();
  for (const a of mentions) if (a.country) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  let best: string | null = null;
  for (const [c, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = c;
  return best;
}

/**
 * Plural references to actors named before: "both sides" and "the two countries" are the two countries the report
 * is most about; "the foreign leaders" and "these leaders" are the people listed together in the nearest earlier
 * sentence that names several. The group mention is replaced by one mention per member, on the same words.
 */
export function groupMentions(doc: Document, g: Grammar, unresolved: Set<ActorMention>): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of doc.actors) {
    if (m.kind !== 'agent' || m.country || m.name) continue;
    const words = doc.tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.norm);
    const head = words[words.length - 1] ?? '';
    const determined = words.some((w) => g.groupDeterminers.has(w));
    // "sides", "countries" and "nations" are actors only as references to a pair named before
    if (g.pairHeads.has(head)) unresolved.add(m);
    if (!determined) continue;
    const before = doc.actors.filter((a) => a.sentence < m.sentence && a.country);
    let members: ActorMention[] = [];
    if (g.pairHeads.has(head) || (g.groupHeads.has(head) && (words.includes('two') || words.includes('both')))) {
      const counts = new Map<string, { n: number; first: ActorMention }>();
      for (const a of before) {
        const c = counts.get(a.country as string);
        if (c) c.n++;
        else counts.set(a.country as string, { n: 1, first: a });
      }
      const top = [...counts.values()].sort((x, y) => y.n - x.n).slice(0, 2);
      if (top.length === 2) members = top.map((t) => t.first);
    } else if (g.groupHeads.has(head)) {
      // "the foreign leaders": not the leaders of the country the report is about
      const people = before.filter((a) => a.name !== null && (a.kind === 'person' || a.kind === 'descriptor'));
      const home = words.some((w) => g.foreign.has(w)) ? mainCountry(people) : null;
      for (let s = m.sentence - 1; s >= 0 && s >= m.sentence - 3; s--) {
        const people = doc.actors.filter((a) => a.sentence === s && a.kind === 'person' && a.country && a.country !== home);
        const distinct = [...new Map(people.map((p) => [p.code + p.name, p])).values()];
        if (distinct.length >= 2) {
          members = distinct;
          break;
        }
      }
    }
    if (members.length === 0) continue;
    unresolved.delete(m);
    const [first, ...rest] = members as [ActorMention, ...ActorMention[]];
    const rules = [...m.rules, 'en.coref.group'];
    const asMember = (a: ActorMention): ActorMention => ({
      ...a,
      id: -1,
      sentence: m.sentence,
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      start: m.start,
      end: m.end,
      kind: 'descriptor',
      rules,
      antecedent: a.id,
      titles: [],
    });
    // the group mention itself becomes the first member; the others are added on the same words
    Object.assign(m, { ...asMember(first), id: m.id });
    out.push(...rest.map(asMember));
  }
  return out;
}

