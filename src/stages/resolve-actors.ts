/**
 * Stage: one actor under all its names within a document.
 *  - people with the same name are one entity ("Tô Lâm", "To Lam", "General Secretary Lâm"); the entity takes its
 *    country and role from its most informative mention, and every mention takes the entity's code and full name;
 *  - a bare name that is not in the actor lexicon ("Putin said") is a mention of a person met in the document;
 *  - a descriptor without a name ("the Party chief", "the Vietnamese leader") refers to the most salient person with
 *    a compatible title and country;
 *  - a sentence-initial "He"/"She" refers to the most salient person mentioned in the three sentences before.
 */
import type { ActorMention, Document } from '../document.js';
import { mergeAppositives } from '../actors/appositives.js';
import { groupMentions } from '../actors/group-references.js';
import type { Stage } from '../pipeline.js';

interface Entity {
  head: ActorMention;
  /** Folded tokens of the full name. */
  keys: string[];
  members: ActorMention[];
  titles: Set<string>;
}

function nameKeys(doc: Document, m: ActorMention): string[] {
  if (!m.name) return [];
  const n = m.name.split(/\s+/).length;
  return doc.tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.norm).slice(-n);
}

/** More informative first: a country, then a role, then a longer name. */
function informativeness(m: ActorMention): number {
  return (m.country ? 4 : 0) + (m.role ? 2 : 0) + (m.leader ? 1 : 0);
}

function link(m: ActorMention, head: ActorMention, rule: string): void {
  if (m === head) return;
  m.antecedent = head.id;
  m.country = head.country ?? m.country;
  m.role = head.role ?? m.role;
  m.code = head.code;
  m.name = head.name;
  m.leader ||= head.leader;
  if (!m.rules.includes(rule)) m.rules = [...m.rules, rule];
}

function sameName(a: string[], b: string[]): boolean {
  const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
  if (shorter.length === 0 || longer[longer.length - 1] !== shorter[shorter.length - 1]) return false;
  return longer.join(' ').endsWith(shorter.join(' '));
}

function buildEntities(doc: Document): Entity[] {
  const entities: Entity[] = [];
  const persons = doc.actors.filter((m) => m.kind === 'person' && m.name);
  persons.sort(
    (a, b) =>
      nameKeys(doc, b).length - nameKeys(doc, a).length || informativeness(b) - informativeness(a) || a.id - b.id,
  );
  for (const m of persons) {
    const keys = nameKeys(doc, m);
    const e = entities.find(
      (x) => sameName(x.keys, keys) && (!m.country || !x.head.country || m.country === x.head.country),
    );
    if (!e) {
      entities.push({ head: m, keys, members: [m], titles: new Set(m.titles) });
      continue;
    }
    e.members.push(m);
    for (const t of m.titles) e.titles.add(t);
    if (informativeness(m) > informativeness(e.head) && keys.length >= e.keys.length) e.head = m;
    else if (!e.head.country && m.country) {
      // the full name without a country, a shorter one with it ("President Putin" ... "Russian President Putin")
      e.head.country = m.country;
      e.head.role ??= m.role;
      e.head.code = m.code;
    }
  }
  for (const e of entities) for (const m of e.members) link(m, e.head, 'en.coref.same-name');
  return entities;
}

export const resolveActors: Stage = {
  name: 'resolve-actors',
  requires: ['actors', 'tokens', 'sentences'],
  provides: ['coreference'],
  run(doc: Document, ctx) {
    mergeAppositives(doc);
    const entities = buildEntities(doc);
    const added = entities.length > 0 ? surnameMentions(doc, entities) : [];
    if (entities.length > 0) resolveDescriptors(doc, entities);
    const pronouns = entities.length > 0 ? pronounMentions(doc, entities, ctx.knowledge.grammar.subjectPronouns) : [];
    const unresolved = new Set<ActorMention>();
    const groups = groupMentions(doc, ctx.knowledge.grammar, unresolved);
    if (added.length + pronouns.length + groups.length + unresolved.size > 0) {
      insertMentions(doc, [...added, ...pronouns, ...groups], unresolved);
    }
  },
};

function surnameMentions(doc: Document, entities: Entity[]): ActorMention[] {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of doc.actors) covered.fill(1, m.tokenStart, m.tokenEnd);
  for (const n of doc.nonActors) covered.fill(1, n.tokenStart, n.tokenEnd);
  const added: ActorMention[] = [];
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (!t || covered[i] || !t.upper || t.shape !== 'word') continue;
      for (const e of entities) {
        const k = e.keys;
        let len = 0;
        if (k.length > 1 && i + k.length <= s.tokenEnd && k.every((key, j) => doc.tokens[i + j]?.norm === key)) {
          len = k.length;
        } else if (k[k.length - 1] === t.norm) len = 1;
        if (len === 0) continue;
        const last = doc.tokens[i + len - 1] ?? t;
        const m: ActorMention = {
          ...e.head,
          id: -1,
          sentence: s.index,
          tokenStart: i,
          tokenEnd: i + len,
          start: t.start,
          end: last.end,
          kind: 'person',
          rules: ['en.coref.surname'],
          antecedent: e.head.id,
          titles: [],
        };
        added.push(m);
        e.members.push(m);
        i += len - 1;
        break;
      }
    }
  }
  return added;
}

function compatible(desc: ActorMention, e: Entity): boolean {
  if (desc.country && e.head.country && desc.country !== e.head.country) return false;
  if (desc.titles.some((t) => e.titles.has(t))) return true;
  return desc.leader && e.head.leader && (desc.country !== null || desc.titles.length > 0);
}

function salience(e: Entity, upTo: number, from = -1): number {
  let n = 0;
  for (const m of e.members) if (m.sentence <= upTo && m.sentence >= from) n++;
  return n;
}

function resolveDescriptors(doc: Document, entities: Entity[]): void {
  for (const m of doc.actors) {
    if (m.name || (m.kind !== 'descriptor' && !(m.kind === 'agent' && m.leader))) continue;
    let best: Entity | undefined;
    for (const e of entities) {
      if (compatible(m, e) && (!best || salience(e, m.sentence) > salience(best, m.sentence))) best = e;
    }
    if (best) {
      link(m, best.head, 'en.coref.descriptor');
      m.kind = 'descriptor';
      best.members.push(m);
    }
  }
}

function pronounMentions(doc: Document, entities: Entity[], pronouns: ReadonlySet<string>): ActorMention[] {
  const out: ActorMention[] = [];
  for (const s of doc.sentences) {
    const t = doc.tokens[s.tokenStart];
    if (!t || !pronouns.has(t.norm)) continue;
    let best: Entity | undefined;
    let bestScore = 0;
    for (const e of entities) {
      if (salience(e, s.index - 1, s.index - 3) === 0) continue;
      const score = salience(e, s.index - 1);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (!best) continue;
    out.push({
      ...best.head,
      id: -1,
      sentence: s.index,
      tokenStart: s.tokenStart,
      tokenEnd: s.tokenStart + 1,
      start: t.start,
      end: t.end,
      kind: 'pronoun',
      rules: ['en.coref.pronoun'],
      antecedent: best.head.id,
      titles: [],
    });
  }
  return out;
}

/**
 * Adds mentions and drops others, keeping `doc.actors` in text order with ids equal to indexes and antecedents
 * pointing at the same mentions as before (or at none, when theirs was dropped).
 */
function insertMentions(doc: Document, added: ActorMention[], dropped: ReadonlySet<ActorMention> = new Set()): void {
  const byOldId = new Map(doc.actors.map((m) => [m.id, m]));
  const all = [...doc.actors.filter((m) => !dropped.has(m)), ...added].sort((a, b) => a.tokenStart - b.tokenStart);
  const newIndex = new Map<ActorMention, number>();
  all.forEach((m, idx) => newIndex.set(m, idx));
  for (const m of all) {
    if (m.antecedent === undefined) continue;
    const target = byOldId.get(m.antecedent);
    const idx = target ? newIndex.get(target) : undefined;
    if (idx === undefined) delete m.antecedent;
    else m.antecedent = idx;
  }
  all.forEach((m, idx) => {
    m.id = idx;
  });
  doc.actors = all;
}
