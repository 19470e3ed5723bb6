/**
 * What one coded article becomes in the store: its row, its MinHash bands, sentences, actor mentions and event
 * mentions. Pure: the same article and coder give the same rows (but for the `added` time the caller passes).
 */
import { createHash } from 'node:crypto';
import { foldText } from '../text/fold.js';
import type { CodeResult } from '../coder.js';
import type { Article } from '../document.js';
import { bandKeys, minhashSignature, signatureToHex } from '../dataset/minhash.js';
import { groupKey } from '../dataset/group-key.js';
import type { ActorsTable, ArticleBandsTable, ArticlesTable, MentionsTable, SentencesTable } from './tables.js';

export interface ArticleRows {
  article: ArticlesTable;
  bands: ArticleBandsTable[];
  sentences: SentencesTable[];
  actors: ActorsTable[];
  mentions: MentionsTable[];
}

/** The identity of an input article: SHA-256 of its raw text or HTML (32 hex digits). */
export function contentHash(article: Article): string {
  return createHash('sha256')
    .update(article.html ?? article.text ?? '')
    .digest('hex')
    .slice(0, 32);
}

function mentionId(hash: string, parts: readonly (string | number | null | undefined)[]): string {
  return createHash('sha1').update([hash, ...parts.map((p) => String(p ?? ''))].join('\u0000')).digest('hex').slice(0, 20);
}

function originOf(article: Article): string {
  return article.origin.line !== undefined ? `${article.origin.file}:${article.origin.line}` : article.origin.file;
}

export function articleRows(article: Article, result: CodeResult, hash: string, added: string): ArticleRows {
  const { doc, events } = result;
  const signature = minhashSignature(doc.text);
  const row: ArticlesTable = {
    hash,
    doc_id: article.id,
    url: article.url ?? null,
    title: article.title ?? null,
    outlet: article.source ?? null,
    published: doc.publicationDate?.value ?? null,
    origin: originOf(article),
    text: doc.text,
    minhash: signatureToHex(signature),
    syndicate: null,
    n_events: events.length,
    added,
  };
  const sentenceOf = new Map<number, number>();
  const sentences = doc.sentences.map((s) => {
    sentenceOf.set(s.start, s.index);
    return { article: hash, idx: s.index, start: s.start, end: s.end, block: s.block };
  });
  const actors = doc.actors.map((a, idx) => ({
    article: hash,
    idx,
    code: a.code,
    country: a.country,
    role: a.role,
    name: a.name,
    name_key: a.name === null ? null : foldText(a.name),
    kind: a.kind,
    start: a.start,
    end: a.end,
  }));
  const seen = new Set<string>();
  const mentions: MentionsTable[] = [];
  for (const e of events) {
    const sentenceIndex = sentenceOf.get(e.evidence.start) ?? -1;
    const id = mentionId(hash, [sentenceIndex, e.code, e.source?.code, e.source?.name, e.target?.code, e.target?.name, e.modality]);
    if (seen.has(id)) continue;
    seen.add(id);
    mentions.push({
      mention_id: id,
      article: hash,
      doc_id: article.id,
      group_key: groupKey(e),
      event_id: null,
      code: e.code,
      sentence_index: sentenceIndex,
      start: e.evidence.start,
      end: e.evidence.end,
      sentence: e.sentence,
      record: JSON.stringify(e),
    });
  }
  const bands = [...new Set(bandKeys(signature))].map((band) => ({ band, article: hash }));
  return { article: row, bands, sentences, actors, mentions };
}
