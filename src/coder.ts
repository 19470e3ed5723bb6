/**
 * A configured coder: knowledge loaded and compiled once, options frozen, the pipeline checked. Pass it around;
 * nothing in Parley reads global state.
 */
import { createDocument, type Article, type Document } from './document.js';
import { loadKnowledge, type KnowledgeConfig, type Knowledge } from './knowledge/knowledge.js';
import { buildPipeline, defaultOptions, defaultStages, type CoderOptions, type Pipeline, type Stage } from './pipeline.js';
import { toCodedEvents } from './output/to-coded-events.js';
import type { CodedEvent } from './output/coded-event.js';

export interface CoderConfig extends KnowledgeConfig {
  options?: Partial<CoderOptions>;
  stages?: readonly Stage[];
}

export interface CodeResult {
  doc: Document;
  events: CodedEvent[];
}

export interface Coder {
  readonly knowledge: Knowledge;
  readonly options: CoderOptions;
  readonly pipeline: Pipeline;
  /** Codes one article. Problems with the article itself end up in `doc.diagnostics`; this does not throw for them. */
  code(article: Article): CodeResult;
}

export function createCoder(config: CoderConfig = {}): Coder {
  const knowledge = loadKnowledge(config);
  const options: CoderOptions = Object.freeze({ ...defaultOptions, ...config.options });
  const pipeline = buildPipeline(config.stages ?? defaultStages);
  const ctx = Object.freeze({ knowledge, options });
  return Object.freeze({
    knowledge,
    options,
    pipeline,
    code(article: Article): CodeResult {
      const doc = pipeline.run(createDocument(article), ctx);
      return { doc, events: toCodedEvents(doc, knowledge) };
    },
  });
}
