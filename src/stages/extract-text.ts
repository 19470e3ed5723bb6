/**
 * The `extract-text` stage: for an HTML article, the main text (Readability over linkedom) with paragraph
 * breaks kept, the title when the input gave none, and the publication date from the page's metadata.
 * Plain-text articles pass through unchanged.
 */
import { Readability } from '@mozilla/readability';
import type { Document } from '../document.js';
import type { Stage } from '../pipeline.js';
import { blockText } from './extract-text/block-text.js';
import { type DomDocument, type DomElement, type DomNode, parseDocument } from './extract-text/dom.js';
import { firstDate, metaDateStrings, timeDateStrings } from './extract-text/html-date.js';

/**
 * Never article text; removed before Readability looks at the page (on short pages it keeps the site header).
 * JSON-LD scripts stay: Readability reads the publication date from them.
 */
const NEVER_TEXT =
  'nav, body > header, body > footer, script:not([type="application/ld+json"]), ' +
  'style, noscript, template, iframe, svg';

/** Page furniture also dropped when Readability finds no article and the whole body is used instead. */
const FURNITURE = 'nav, header, footer, aside, script, style, noscript, template, iframe, svg, form';

export const extractText: Stage = {
  name: 'extract-text',
  requires: ['article'],
  provides: ['text'],
  run(doc) {
    const html = doc.article.html;
    if (html === undefined) return;
    const page = parseDocument(html);
    const metaDates = metaDateStrings(page);
    const timeDates = timeDateStrings(page);
    removeAll(page, NEVER_TEXT);
    const article = readArticle(page);
    const text = (article?.content ? blockText(article.content) : '') || fallbackText(html);
    doc.text = text;
    const title = article?.title?.normalize('NFC').trim();
    if (!doc.article.title && title) doc.article.title = title;
    const date = firstDate([...metaDates, article?.publishedTime, ...timeDates]);
    if (date && doc.publicationDate === null) doc.publicationDate = { value: date, source: 'html-meta' };
    if (text === '') noText(doc);
  },
};

interface ReadResult {
  title: string | null | undefined;
  content: DomNode | null | undefined;
  publishedTime: string | null | undefined;
}

/** Readability's article, or null when it finds none (or fails on a malformed page). */
function readArticle(page: DomDocument): ReadResult | null {
  try {
    // The serializer hands back the content element itself, so it need not be serialised and parsed again.
    const reader = new Readability(page as never, { serializer: (node: unknown) => node as DomNode });
    return reader.parse() as ReadResult | null;
  } catch {
    return null;
  }
}

/** The whole body's text without navigation, headers, footers, asides, scripts and styles. */
function fallbackText(html: string): string {
  const page = parseDocument(html);
  if (!page.body) return '';
  removeAll(page, FURNITURE);
  return blockText(page.body);
}

function removeAll(page: DomDocument, selector: string): void {
  for (const el of Array.from(page.querySelectorAll(selector)) as DomElement[]) el.remove();
}

function noText(doc: Document): void {
  doc.diagnostics.push({
    level: 'error',
    code: 'input.no-text',
    message: 'The HTML has no article text (after removing navigation, scripts and styles).',
  });
}
