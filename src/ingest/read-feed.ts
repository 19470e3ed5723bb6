/**
 * RSS 2.0, RSS 1.0 and Atom feeds to articles, one per item. The tag structure is checked first (a feed cut
 * short is one error, not a shorter feed), then linkedom parses it: it keeps CDATA and qualified names such as
 * content:encoded, and it tolerates the HTML entities (&nbsp;) feeds are full of. An item without text is an
 * error item and the next item is read; nothing here throws for a bad input.
 */
import { basename, extname } from 'node:path';
import { DOMParser } from 'linkedom';
import type { Article } from '../document.js';
import { fnv1a32Hex } from '../text/fnv1a.js';
import { dedupeId, isGlobalKey, scopedId, uriId } from './article-id.js';
import { decodeInput, xmlDeclaredEncoding } from './decode-input.js';
import {
  type Feed,
  type FeedEntry,
  feedFormat,
  isItemName,
  readEntry,
  readFeedOutline,
  type XmlElement,
} from './feed-items.js';
import * as err from './input-errors.js';
import type { InputItem } from './types.js';
import { xmlOutline } from './xml-outline.js';

export interface FeedOptions {
  /** The feed's own URL when it was fetched: relative links resolve against it. */
  baseUrl?: string;
  /** The character encoding the server named (Content-Type charset); wins over the XML declaration. */
  charset?: string;
}

/**
 * Feed bytes (a file, standard input, a download) to items: its articles and its problems. A charset named by
 * the server wins over the XML declaration's; neither means UTF-8.
 */
export function readFeedBytes(raw: Uint8Array, file: string, opts: FeedOptions = {}): InputItem[] {
  const decoded = decodeInput(raw, file, opts.charset ?? xmlDeclaredEncoding(raw));
  return decoded.ok ? readFeed(decoded.text, file, opts) : [err.errorItem(decoded.error)];
}

/** A feed's text (decoded, NFC) to items. */
export function readFeed(text: string, file: string, opts: FeedOptions = {}): InputItem[] {
  if (text.trim() === '') return [err.errorItem(err.empty(file))];
  const outline = xmlOutline(text, isItemName);
  if (!outline.ok) return [err.errorItem(err.badFeed(file, outline.line, outline.problem))];
  const format = feedFormat(outline.root);
  if (format === null) return [err.errorItem(err.notAFeed(file, outline.root))];
  const root = new DOMParser().parseFromString(text, 'text/xml').documentElement as unknown as XmlElement;
  const feed = readFeedOutline(root, format, opts.baseUrl);
  if (feed === null) return [err.errorItem(err.badFeed(file, 1, `<${outline.root}> has no <channel>`))];
  if (feed.items.length === 0) return [err.errorItem(err.feedEmpty(file))];
  // The outline found the same item elements in the same order, unless the DOM parser saw the text otherwise.
  const lines = outline.elements.filter((e) => e.name === feed.itemName && e.depth === feed.itemDepth);
  const lineOf = (i: number) => (lines.length === feed.items.length ? lines[i]?.line : undefined);
  const scope = feedScope(feed, file);
  const taken = new Map<string, string>();
  return feed.items.map((el, i) => {
    const entry = readEntry(el, feed, opts.baseUrl ?? feed.link);
    const { id: first, key } = entryId(entry, scope, i);
    const id = taken.has(first) ? dedupeId(first, key, taken) : first;
    taken.set(id, key);
    return toItem(entry, id, feed, { file, ...optionalLine(lineOf(i)) });
  });
}

function toItem(entry: FeedEntry, id: string, feed: Feed, origin: Article['origin']): InputItem {
  if (!hasText(entry)) return err.errorItem(err.feedItemEmpty(origin.file, origin.line, id, entry.url));
  const article: Article = {
    id,
    ...(entry.html !== undefined ? { html: nfc(entry.html) } : { text: nfc(entry.text ?? '') }),
    ...(entry.date === undefined ? {} : { date: entry.date }),
    ...(entry.url === undefined ? {} : { url: nfc(entry.url) }),
    ...(entry.title === undefined ? {} : { title: nfc(entry.title) }),
    ...(feed.title === undefined ? {} : { source: nfc(feed.title) }),
    origin,
  };
  return { kind: 'article', article };
}

/** Whether the item's body has a letter or digit outside its tags and entities (not only a picture or a dash). */
function hasText(entry: FeedEntry): boolean {
  const body = entry.html?.replace(/<[^>]*>|&#?\w+;/g, ' ') ?? entry.text ?? '';
  return /[\p{L}\p{N}]/u.test(body);
}

/**
 * The item's id and the key it was made from. A guid, Atom id or link that is a URI names the item everywhere;
 * any other guid ("12345") is scoped by the feed. An item with neither is named by its date and title, else by a
 * hash of its text; only an item with nothing at all (an error item) falls back to its position.
 */
function entryId(entry: FeedEntry, scope: string, index: number): { id: string; key: string } {
  if (entry.key !== null) {
    return { id: isGlobalKey(entry.key) ? uriId(entry.key) : scopedId(scope, entry.key), key: entry.key };
  }
  const named = [entry.date, entry.title].filter(Boolean).join(' ');
  const body = entry.html ?? entry.text;
  const key = named || (body !== undefined ? fnv1a32Hex(body) : `item-${index + 1}`);
  return { id: scopedId(scope, key), key };
}

/** What scopes the feed's local guids: the host of its link ("example.org"), else its title, else the file name. */
function feedScope(feed: Feed, file: string): string {
  return hostOf(feed.link) ?? feed.title ?? hostOf(file) ?? basename(file, extname(file));
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function optionalLine(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}

function nfc(s: string): string {
  return s.normalize('NFC');
}
