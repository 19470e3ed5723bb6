/**
 * Stage: one actor under all its names within a document.
 *  - a short name ("General Secretary Lâm", "Putin") takes the country, role and full name of the person whose
 *    name ends the same way ("Tô Lâm", "Vladimir Putin");
 *  - a bare surname that is not in the actor lexicon becomes a mention when it names a person met earlier;
 *  - a descriptor without a name ("the Party chief", "the Vietnamese leader") refers to the most salient person with
 *    a compatible title and country;
 *  - a sentence-initial "He"/"She" refers to the most salient person of the last three sentences.
 */
import type { ActorMention, Document } from '../document.js';
import type { Stage } from '../pipeline.js';

interface Entity {
  head: ActorMention;
  /** Folded name tokens of the full name. */
  keys: string[];
  mentions: number;
  lastSentence: number;
  titles: Set<string>;
}

const foldedName = (doc: Document, m: ActorMention): string[] =>
  doc.tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.norm);

function nameKeys(doc: Document, m: ActorMention): string[] {
  if (!m.name) return [];
  // the name is the tail of the mention
  const n = m.name.split(/\s+/).length;
  return foldedName(doc, m).slice(-n);
}

function inherit(m: ActorMention, from: ActorMention, rule: string): void {
  m.antecedent = from.id;
  m.country ??= from.country;
  m.role = from.role ?? m.role;
  m.code = from.code;
  m.name = from.name;
  m.leader ||= from.leader;
  m.rules = [...m.rules, rule];
}

function compatible(desc: ActorMention, e: Entity): boolean {
  if (desc.country && e.head.country && desc.country !== e.head.country) return false;
  if (desc.titles.some((t) => e.titles.has(t))) return true;
  return desc.leader && e.head.leader && (desc.country !== null || desc.titles.length > 0);
}

function mostSalient(entities: Entity[], ok: (e: Entity) => boolean): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) {
    if (!ok(e)) continue;
    if (!best || e.mentions > best.mentions || (e.mentions === best.mentions && e.lastSentence > best.lastSentence)) {
      best = e;
    }
  }
  return best;
}

export const resolveActors: Stage = {
  name: 'resolve-actors',
  requires: ['actors', 'tokens', 'sentences'],
  provides: ['coreference'],
  run(doc: Document) {
    const entities: Entity[] = [];
    const persons = doc.actors.filter((m) => m.kind === 'person' && m.name);
    // full names first: the longest name of each person is its head
    for (const m of [...persons].sort((a, b) => nameKeys(doc, b).length - nameKeys(doc, a).length)) {
      const keys = nameKeys(doc, m);
      const last = keys[keys.length - 1];
      const e = entities.find((x) => x.keys[x.keys.length - 1] === last && (keys.length === 1 || x.keys.join(' ').endsWith(keys.join(' '))));
      if (e && e.head !== m) {
        if (!m.country || m.country === e.head.country || !e.head.country) {
          if (e.head.country === null && m.country) e.head.country = m.country;
          inherit(m, e.head, 'en.coref.same-name');
        }
        for (const t of m.titles) e.titles.add(t);
        e.mentions++;
        e.lastSentence = Math.max(e.lastSentence, m.sentence);
      } else if (!e) {
        entities.push({ head: m, keys, mentions: 1, lastSentence: m.sentence, titles: new Set(m.titles) });
      }
    }
    // heads without a country take it from a same-name mention that has one
    for (const m of persons) {
      const head = m.antecedent !== undefined ? doc.actors[m.antecedent] : undefined;
      if (head && !head.country && m.country) head.country = m.country;
    }
    for (const m of persons) {
      const head = m.antecedent !== undefined ? doc.actors[m.antecedent] : undefined;
      if (head && head.country && m.code !== head.code) m.code = head.code;
    }
    addSurnameMentions(doc, entities);
    resolveDescriptorsAndPronouns(doc, entities);
  },
};

function addSurnameMentions(doc: Document, entities: Entity[]): void {
  if (entities.length === 0) return;
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of doc.actors) covered.fill(1, m.tokenStart, m.tokenEnd);
  const added: ActorMention[] = [];
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (!t || covered[i] || !t.upper || t.shape !== 'word') continue;
      for (const e of entities) {
        const k = e.keys;
        // match the full name, or its last word alone
        let len = 0;
        if (k.length > 1 && k.every((key, j) => doc.tokens[i + j]?.norm === key && i + j < s.tokenEnd)) len = k.length;
        else if (k[k.length - 1] === t.norm) len = 1;
        if (len === 0) continue;
        const last = doc.tokens[i + len - 1] as typeof t;
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
        e.mentions++;
        i += len - 1;
        break;
      }
    }
  }
  if (added.length > 0) insertMentions(doc, added);
}

/** Adds mentions, keeps `doc.actors` in text order and ids equal to indexes, and antecedents pointing right. */
function insertMentions(doc: Document, added: ActorMention[]): void {
  const all = [...doc.actors, ...added].sort((a, b) => a.tokenStart - b.tokenStart || a.id - b.id);
  const newIndex = new Map<number, number>();
  all.forEach((m, idx) => {
    if (m.id >= 0 && !added.includes(m)) newIndex.set(m.id, idx);
  });
  for (const m of all) if (m.antecedent !== undefined) m.antecedent = newIndex.get(m.antecedent) ?? m.antecedent;
  all.forEach((m, idx) => {
    m.id = idx;
  });
  doc.actors = all;
}

const PRONOUNS = new Set(['he', 'she']);

function resolveDescriptorsAndPronouns(doc: Document, entities: Entity[]): void {
  if (entities.length === 0) return;
  for (const m of doc.actors) {
    if (m.kind !== 'descriptor' && !(m.kind === 'agent' && m.leader)) continue;
    const e = mostSalient(entities, (x) => compatible(m, x));
    if (e) {
      inherit(m, e.head, 'en.coref.descriptor');
      m.kind = 'descriptor';
    }
  }
  const pronouns: ActorMention[] = [];
  for (const s of doc.sentences) {
    const t = doc.tokens[s.tokenStart];
    if (!t || !PRONOUNS.has(t.norm)) continue;
    const e = mostSalient(entities, (x) => x.lastSentence <= s.index && x.lastSentence >= s.index - 3);
    const recent = mostSalient(entities, (x) => x.head.sentence <= s.index);
    const target = e ?? recent;
    if (!target) continue;
    pronouns.push({
      ...target.head,
      id: -1,
      sentence: s.index,
      tokenStart: s.tokenStart,
      tokenEnd: s.tokenStart + 1,
      start: t.start,
      end: t.end,
      kind: 'pronoun',
      rules: ['en.coref.pronoun'],
      antecedent: target.head.id,
      titles: [],
    });
  }
  if (pronouns.length > 0) insertMentions(doc, pronouns);
}
