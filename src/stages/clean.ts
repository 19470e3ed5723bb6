/**
 * The `clean` stage: splits `doc.text` into blocks (title, subtitle, body, dateline, byline, date-line,
 * boilerplate), sets the dateline, and the publication date when the input did not give one. `doc.text` is
 * never changed.
 */
import type { PublicationDate } from '../document.js';
import { ParleyError } from '../errors.js';
import type { Stage } from '../pipeline.js';
import { buildBlocks, type DateCandidate } from './clean/build-blocks.js';

/** Which stated date wins when several are found: the date-line, then the dateline, then a byline. */
const DATE_PRIORITY: readonly DateCandidate['source'][] = ['date-line', 'dateline', 'byline'];

/** The first date stated by a block of the most trusted source; dates are read in that order, and only so far. */
function statedDate(candidates: readonly DateCandidate[]): PublicationDate | null {
  for (const source of DATE_PRIORITY) {
    for (const c of candidates) {
      const value = c.source === source ? c.read() : null;
      if (value) return { value, source, span: { start: c.start, end: c.end } };
    }
  }
  return null;
}

export const clean: Stage = {
  name: 'clean',
  requires: ['text'],
  provides: ['blocks', 'publication-date'],
  run(doc, ctx) {
    const rules = ctx.knowledge.boilerplate;
    if (!rules) {
      throw new ParleyError('pipeline.missing-knowledge', 'The clean stage needs boilerplate rules.', {
        hint: 'Load data/lexicon/en/boilerplate.json into knowledge.boilerplate (loadBoilerplate).',
      });
    }
    const out = buildBlocks({
      text: doc.text,
      rules,
      isHtml: doc.article.html !== undefined,
      title: doc.article.title,
    });
    doc.blocks = out.blocks;
    doc.dateline = out.dateline;
    if (doc.publicationDate === null) doc.publicationDate = statedDate(out.dates);
    if (doc.text.trim() !== '' && !out.blocks.some((b) => b.kind === 'body' || b.kind === 'title')) {
      doc.diagnostics.push({
        level: 'warning',
        code: 'clean.no-body',
        message: 'No body text was found: every line looks like a heading, byline or boilerplate.',
      });
    }
  },
};
