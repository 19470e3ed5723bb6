/** Which reader an input goes to: by file extension, or by sniffing the content of standard input or a download. */
import { extname } from 'node:path';

export type InputKind = 'text' | 'html' | 'jsonl' | 'feed';

export type KindResult = { ok: true; kind: InputKind } | { ok: false; ext: string };

const BY_EXTENSION: Readonly<Record<string, InputKind>> = Object.freeze({
  '': 'text',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  // Read as a feed; any other XML is an input.not-a-feed error naming its root element.
  '.xml': 'feed',
});

export function kindFromPath(path: string): KindResult {
  const ext = extname(path).toLowerCase();
  const kind = Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
  return kind ? { ok: true, kind } : { ok: false, ext };
}

/**
 * JSONL if the first non-blank character is "{"; a feed if the first element (after an XML declaration,
 * comments, processing instructions and a DOCTYPE) is <rss>, <feed> or <rdf:RDF>; HTML if it is "<"; else
 * plain text.
 */
export function sniffKind(text: string): InputKind {
  const first = /\S/u.exec(text)?.[0];
  if (first === '{') return 'jsonl';
  if (first === '<') return looksLikeFeed(text) ? 'feed' : 'html';
  return 'text';
}

/** Comments, processing instructions (<?xml ...?>) and a DOCTYPE before the root element. */
const PROLOG = /^\uFEFF?\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>)\s*)*<([\w.-]+(?::[\w.-]+)?)[\s/>]/i;
/** How far into the text the root element is looked for. */
const SNIFF_CHARS = 64 * 1024;

/** The first element of `text` is an RSS, RSS 1.0 (RDF) or Atom feed's root. */
export function looksLikeFeed(text: string): boolean {
  const root = PROLOG.exec(text.slice(0, SNIFF_CHARS))?.[1];
  if (root === undefined) return false;
  const local = root.slice(root.indexOf(':') + 1);
  return local === 'rss' || local === 'feed' || local === 'RDF';
}
