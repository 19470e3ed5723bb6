/**
 * Stage: find actor mentions in every sentence (countries, demonyms, capitals, seats of government, organisations,
 * titled people, offices and groups). Coreference across the document is the next stage's job.
 */
import type { ActorMention, Document } from '../document.js';
import { type ActorDraft, type Cursor, parseActorAt } from '../actors/assemble.js';
import { findChunks } from '../actors/chunks.js';
import type { Stage } from '../pipeline.js';

export function actorCode(d: Pick<ActorDraft, 'org' | 'country' | 'role' | 'code'>): string {
  if (d.code) return d.code;
  if (d.org) return d.org.code;
  return `${d.country?.cameo ?? '---'}${d.role ?? ''}`;
}

export const findActors: Stage = {
  name: 'find-actors',
  requires: ['sentences', 'tokens', 'publication-date'],
  provides: ['actors'],
  run(doc: Document, ctx) {
    const lex = ctx.knowledge.actorLexicon;
    const actors: ActorMention[] = [];
    doc.nonActors = [];
    for (const s of doc.sentences) {
      const chunks = findChunks(doc.tokens, s.tokenStart, s.tokenEnd, lex);
      const date = doc.publicationDate?.value ?? null;
      const cursor: Cursor = { tokens: doc.tokens, from: s.tokenStart, to: s.tokenEnd, chunks, lex, date };
      let i = s.tokenStart;
      while (i < s.tokenEnd) {
        const drafts = parseActorAt(cursor, i);
        if (!drafts || drafts.length === 0) {
          i++;
          continue;
        }
        for (const d of drafts) {
          if (d.notActor) {
            const first = doc.tokens[d.tokenStart];
            const last = doc.tokens[Math.min(d.tokenEnd, s.tokenEnd) - 1];
            const tokenEnd = Math.min(d.tokenEnd, s.tokenEnd);
            const rule = d.rules[0] ?? 'unknown';
            doc.nonActors.push({ sentence: s.index, tokenStart: d.tokenStart, tokenEnd, start: first?.start ?? 0, end: last?.end ?? 0, rule });
            continue;
          }
          // a phrase with no country, role, organisation or name says nothing about who acts
          if (!d.country && !d.role && !d.org && !d.name && !d.code) continue;
          actors.push(toMention(doc, d, actors.length, s.index));
        }
        i = Math.max(i + 1, ...drafts.map((d) => d.tokenEnd));
      }
    }
    doc.actors = actors;
  },
};

function toMention(doc: Document, d: ActorDraft, id: number, sentence: number): ActorMention {
  const first = doc.tokens[d.tokenStart];
  const last = doc.tokens[d.tokenEnd - 1];
  return {
    id,
    sentence,
    tokenStart: d.tokenStart,
    tokenEnd: d.tokenEnd,
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    country: d.org ? d.org.country : (d.country?.iso3 ?? null),
    role: d.role,
    code: actorCode(d),
    name: d.name,
    kind: d.kind,
    rules: d.rules,
    titles: d.titles.map((t) => t.id),
    leader: d.leader,
  };
}
