/** Appositives: an office and its holder named side by side. */
import type { ActorMention, Document } from '../document.js';

/**
 * Appositives name one actor twice: "the US commander in Iraq, General David Petraeus," and "Mikhail Mishustin,
 * Russia's prime minister,". The named person takes the office's country and role; the office takes the name.
 */
export function mergeAppositives(doc: Document): void {
  const byStart = new Map<number, ActorMention>();
  const byEnd = new Map<number, ActorMention>();
  for (const m of doc.actors) {
    byStart.set(m.tokenStart, m);
    byEnd.set(m.tokenEnd, m);
  }
  for (const m of doc.actors) {
    if (m.kind !== 'descriptor' || m.name || !m.country) continue;
    // descriptor [in|of PLACE] , PERSON
    let after = m.tokenEnd;
    const prep = doc.tokens[after]?.norm;
    if ((prep === 'in' || prep === 'of' || prep === 'to') && byStart.get(after + 1)) after = (byStart.get(after + 1) as ActorMention).tokenEnd;
    const next = doc.tokens[after]?.norm === ',' ? byStart.get(after + 1) : undefined;
    // PERSON , descriptor
    const prev = doc.tokens[m.tokenStart - 1]?.norm === ',' ? byEnd.get(m.tokenStart - 1) : undefined;
    for (const p of [next, prev]) {
      if (!p || p.kind !== 'person' || !p.name || (p.country && p.country !== m.country)) continue;
      p.country = m.country;
      p.role = m.role ?? p.role;
      p.code = m.code;
      p.rules = [...p.rules, 'en.coref.appositive'];
      m.name = p.name;
      m.kind = 'person';
      break;
    }
  }
}

