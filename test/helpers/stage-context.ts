/** A minimal StageContext for stage tests: the real boilerplate rules, default options. */
import { type Article, createDocument, type Document } from '../../src/document.js';
import { loadBoilerplate } from '../../src/knowledge/boilerplate.js';
import { readDataFile } from '../../src/knowledge/read-data.js';
import { compileTimeWords, timeFileSchema } from '../../src/knowledge/time-words.js';
import type { StageContext } from '../../src/pipeline.js';
import { dataDir } from './repo.js';

export function stageContext(): StageContext {
  // The stages tested here read only `knowledge.boilerplate` and `knowledge.time`.
  const time = compileTimeWords(readDataFile(dataDir(), 'lexicon/en/time.json', timeFileSchema));
  return { knowledge: { boilerplate: loadBoilerplate(dataDir()), time }, options: {} } as unknown as StageContext;
}

/** A document for a plain-text article. */
export function textDoc(text: string, extra: Partial<Article> = {}): Document {
  return createDocument({ id: 'test', text, origin: { file: 'test.txt' }, ...extra });
}

/** A document for an HTML article. */
export function htmlDoc(html: string, extra: Partial<Article> = {}): Document {
  return createDocument({ id: 'test', html, origin: { file: 'test.html' }, ...extra });
}

/** The text of each block, with its kind: [['title', 'Leader visits Moscow'], ['body', '...']]. */
export function blockTexts(doc: Document): [string, string][] {
  return doc.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]);
}
