/**
 * Parley's stages, in order. Each stage declares the artifacts it requires and provides; `buildPipeline` checks the
 * order once, when a coder is created, so a mis-ordered or missing stage fails at start-up, not on document 10,000.
 */
import type { Document } from './document.js';
import { ParleyError } from './errors.js';
import type { Knowledge } from './knowledge/knowledge.js';
import { extractText } from './stages/extract-text.js';
import { clean } from './stages/clean.js';
import { segment } from './stages/segment.js';
import { findActors } from './stages/find-actors.js';
import { resolveActors } from './stages/resolve-actors.js';
import { matchEvents } from './stages/match-events.js';
import { resolveDates } from './stages/resolve-dates.js';
import { findPlacesStage } from './stages/find-places.js';
import { locateEvents } from './stages/locate-events.js';

/** Named things a stage puts on a `Document`. `article` is there from the start. */
export type Artifact =
  | 'article'
  | 'text'
  | 'publication-date'
  | 'blocks'
  | 'sentences'
  | 'tokens'
  | 'actors'
  | 'coreference'
  | 'events'
  | 'event-dates'
  | 'places'
  | 'event-places';

/** What every stage can read: the frozen knowledge and options of one coder. No stage keeps state of its own. */
export interface StageContext {
  readonly knowledge: Knowledge;
  readonly options: CoderOptions;
}

export interface CoderOptions {
  /** Keep events whose source or target has no country (e.g. "---REB"). */
  readonly keepCountrylessActors: boolean;
  /** Emit intended (future, planned) events, marked with `modality: "intended"`. */
  readonly emitIntended: boolean;
}

export const defaultOptions: CoderOptions = Object.freeze({
  keepCountrylessActors: true,
  emitIntended: true,
});

export interface Stage {
  readonly name: string;
  readonly requires: readonly Artifact[];
  readonly provides: readonly Artifact[];
  run(doc: Document, ctx: StageContext): void;
}

/** The default English pipeline. Read top to bottom: this is what Parley does to every document. */
export const defaultStages: readonly Stage[] = [
  extractText, //   HTML -> main article text (Readability); plain text passes through
  clean, //         blocks: title, body, dateline, byline, boilerplate; publication date
  segment, //       sentences and tokens with offsets
  findActors, //    countries, demonyms, capitals, titled people, organisations, role nouns
  resolveActors, // one actor under all its names: "the Party chief", "General Secretary Lâm", "he"
  findPlacesStage, // place names: "in Minsk", "at the Kremlin Palace", "in Kaluga oblast", the dateline
  matchEvents, //   event lexicon over each sentence: code, source, target, modality
  resolveDates, //  each event's date from the text, against the publication date
  locateEvents, //  each event's place: its clause's place, the visit's, the dateline, or none
];

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Document, ctx: StageContext): Document;
}

/** Checks that every stage's requirements are provided by an earlier stage, and that no artifact is made twice. */
export function buildPipeline(stages: readonly Stage[] = defaultStages): Pipeline {
  const available = new Set<Artifact>(['article']);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) {
      throw new ParleyError('pipeline.duplicate-stage', `Stage "${stage.name}" appears twice in the pipeline.`, {
        hint: 'List each stage once.',
      });
    }
    names.add(stage.name);
    const missing = stage.requires.filter((a) => !available.has(a));
    if (missing.length > 0) {
      throw new ParleyError(
        'pipeline.missing-requirement',
        `Stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage provides.`,
        { hint: 'Move the stage after the one that provides it, or add the missing stage.' },
      );
    }
    for (const a of stage.provides) {
      if (available.has(a)) {
        throw new ParleyError('pipeline.duplicate-artifact', `Stage "${stage.name}" provides ${a} again.`, {
          hint: 'Only one stage may provide each artifact.',
        });
      }
      available.add(a);
    }
  }
  const frozen = Object.freeze([...stages]);
  return {
    stages: frozen,
    run(doc, ctx) {
      for (const stage of frozen) stage.run(doc, ctx);
      return doc;
    },
  };
}
