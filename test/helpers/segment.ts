/** Builds documents and runs the segment stage for the segment tests. */

import { type Block, type BlockKind, createDocument, type Document } from '../../src/document.js';
import { defaultDataDir } from '../../src/paths.js';
import type { StageContext } from '../../src/pipeline.js';
import { loadSegmenterData, segment } from '../../src/stages/segment.js';

const ctx = {
  knowledge: { segmenter: loadSegmenterData(defaultDataDir()) },
  options: {},
} as unknown as StageContext;

/** Runs `segment` on `text`, as one block of `kind` over the whole text unless `blocks` are given. */
export function run(text: string, kind: BlockKind = 'body', blocks?: Block[]): Document {
  const doc = createDocument({ id: 't', text, origin: { file: '<test>' } });
  doc.blocks = blocks ?? [{ kind, start: 0, end: doc.text.length }];
  segment.run(doc, ctx);
  return doc;
}

export function sentenceTexts(doc: Document): string[] {
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
}

export function tokenTexts(doc: Document, sentence?: number): string[] {
  return doc.tokens.filter((t) => sentence === undefined || t.sentence === sentence).map((t) => t.text);
}
