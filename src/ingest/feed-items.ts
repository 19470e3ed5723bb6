/**
 * What a parsed feed says: its title and link, and for each RSS `<item>` or Atom `<entry>` the fields an
 * `Article` needs. Works on linkedom's XML DOM, which keeps qualified names ("content:encoded") but does not
 * resolve namespaces; so the prefixes the feed declares on its root element are looked up here, and the usual
 * ones ("content", "dc") assumed when a feed forgets to declare them.
 */
import { parseHTML } from 'linkedom';
import { feedDate } from './feed-date.js';

/** The little of linkedom's XML DOM the feed reader uses (Parley compiles without the DOM library). */
export interface XmlElement {
  readonly tagName: string;
  readonly children: ArrayLike<XmlElement>;
  readonly textContent: string | null;
  readonly innerHTML: string;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  getAttribute(name: string): string | null;
}

export type FeedFormat = 'rss' | 'rdf' | 'atom';

export interface FeedEntry {
  /** What names the item: guid, rdf:about or Atom id, else its link; null when it has none. */
  key: string | null;
  title?: string;
  url?: string;
  date?: string;
  /** The item's HTML body (content:encoded, description, Atom html/xhtml content or summary) ... */
  html?: string;
  /** ... or its plain-text body (Atom text content or summary). Neither when the item has no body. */
  text?: string;
}

export interface Feed {
  format: FeedFormat;
  title?: string;
  link?: string;
  /** The qualified name of the item elements ("item", "entry", "atom:entry") and their depth below the root. */
  itemName: string;
  itemDepth: number;
  items: XmlElement[];
  names: Names;
}

/** Qualified names of the elements and attributes read, with the prefixes this feed uses. */
interface Names {
  /** An element of the feed's own vocabulary: RSS (none), RSS 1.0 or Atom. */
  core: (local: string) => string;
  contentEncoded: string;
  dcDate: string;
  rdfAbout: string;
}

const NS = Object.freeze({
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  rss1: 'http://purl.org/rss/1.0/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
});

/** Namespace URI -> prefix ('' for the default namespace), from the root's xmlns attributes. */
type Prefixes = ReadonlyMap<string, string>;

/** The feed format of a root element name, by its local part: rss, rdf:RDF or feed. */
export function feedFormat(rootName: string): FeedFormat | null {
  const local = rootName.slice(rootName.indexOf(':') + 1);
  if (local === 'rss') return 'rss';
  if (local === 'RDF') return 'rdf';
  if (local === 'feed') return 'atom';
  return null;
}

/** The local part of an item element name: "item" or "entry". */
export function isItemName(name: string): boolean {
  const local = name.slice(name.indexOf(':') + 1);
  return local === 'item' || local === 'entry';
}

/** The feed's title, link and item elements; null when an RSS feed has no <channel>. */
export function readFeedOutline(root: XmlElement, format: FeedFormat, baseUrl?: string): Feed | null {
  const names = feedNames(root, format);
  const q = names.core;
  if (format === 'atom') {
    return {
      format,
      ...optional('title', plainTitle(child(root, q('title')))),
      ...optional('link', atomLink(root, q, baseUrl)),
      itemName: q('entry'),
      itemDepth: 1,
      items: children(root, q('entry')),
      names,
    };
  }
  const channel = child(root, q('channel'));
  if (channel === undefined) return null;
  return {
    format,
    ...optional('title', plainTitle(child(channel, q('title')))),
    ...optional('link', text(child(channel, q('link')))),
    itemName: q('item'),
    itemDepth: format === 'rdf' ? 1 : 2,
    items: children(format === 'rdf' ? root : channel, q('item')),
    names,
  };
}

function feedNames(root: XmlElement, format: FeedFormat): Names {
  const prefixes = declaredPrefixes(root);
  // RSS and Atom elements are written as the root element is; RSS 1.0's live in the RSS 1.0 namespace, not RDF's.
  const core = format === 'rdf' ? qualifier(prefixes, NS.rss1, '') : withPrefix(prefixOf(root.tagName));
  return {
    core,
    contentEncoded: qualifier(prefixes, NS.content, 'content')('encoded'),
    dcDate: qualifier(prefixes, NS.dc, 'dc')('date'),
    rdfAbout: qualifier(prefixes, NS.rdf, 'rdf')('about'),
  };
}

/** The fields of one item or entry. `baseUrl` resolves relative links (the feed's own URL or link). */
export function readEntry(el: XmlElement, feed: Feed, baseUrl?: string): FeedEntry {
  const { core: q, contentEncoded, dcDate, rdfAbout } = feed.names;
  if (feed.format === 'atom') return atomEntry(el, q, baseUrl);
  const guid = child(el, q('guid'));
  const guidText = text(guid);
  const link = text(child(el, q('link')));
  const permalink = guidText && guid?.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(guidText);
  const url = link ?? (permalink ? guidText : undefined);
  const about = feed.format === 'rdf' ? el.getAttribute(rdfAbout)?.trim() || undefined : undefined;
  const date = firstDate(text(child(el, q('pubDate'))), text(child(el, dcDate)));
  const body = markup(child(el, contentEncoded)) ?? markup(child(el, q('description')));
  return {
    key: guidText ?? about ?? link ?? null,
    ...optional('title', plainTitle(child(el, q('title')))),
    ...optional('url', url === undefined ? undefined : resolve(url, baseUrl)),
    ...optional('date', date),
    ...optional('html', body),
  };
}

function atomEntry(el: XmlElement, q: (local: string) => string, baseUrl?: string): FeedEntry {
  const link = atomLink(el, q, baseUrl);
  const date = firstDate(text(child(el, q('published'))), text(child(el, q('updated'))));
  const body = atomBody(child(el, q('content'))) ?? atomBody(child(el, q('summary')));
  return {
    key: text(child(el, q('id'))) ?? link ?? null,
    ...optional('title', plainTitle(child(el, q('title')))),
    ...optional('url', link),
    ...optional('date', date),
    ...(body ?? {}),
  };
}

/** An Atom text construct or content element as html or text; undefined when absent, out of line or binary. */
function atomBody(el: XmlElement | undefined): { html: string } | { text: string } | undefined {
  if (el === undefined || el.getAttribute('src') !== null) return undefined;
  const type = (el.getAttribute('type') ?? 'text').trim().toLowerCase();
  if (type === 'html' || type === 'text/html') return nonEmpty(el.textContent, (html) => ({ html }));
  if (type === 'xhtml' || type === 'application/xhtml+xml') return nonEmpty(xhtmlContent(el), (html) => ({ html }));
  if (type === 'text' || type.startsWith('text/')) return nonEmpty(el.textContent, (text) => ({ text }));
  return undefined;
}

/** Atom xhtml content is one XHTML <div>; its inside is the HTML. */
function xhtmlContent(el: XmlElement): string {
  const div = el.children.length === 1 ? el.children[0] : undefined;
  return div !== undefined && div.tagName.endsWith('div') ? div.innerHTML : el.innerHTML;
}

/** The alternate (HTML) link of an Atom feed or entry. */
function atomLink(el: XmlElement, q: (local: string) => string, baseUrl?: string): string | undefined {
  const links = children(el, q('link')).filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  const best = links.find((l) => /html/i.test(l.getAttribute('type') ?? 'text/html')) ?? links[0];
  const href = best?.getAttribute('href')?.trim();
  return href ? resolve(href, baseUrl) : undefined;
}

/** A title as plain text: tags dropped and entities decoded when it holds HTML, whitespace collapsed. */
function plainTitle(el: XmlElement | undefined): string | undefined {
  const raw = el?.textContent ?? '';
  const type = el?.getAttribute('type') ?? '';
  const plain = type === 'text' || !/<[a-z!/]|&#?\w+;/i.test(raw) ? raw : htmlToText(raw);
  const title = plain.replace(/\s+/g, ' ').trim();
  return title === '' ? undefined : title;
}

/** The text of an HTML fragment, tags dropped and entities decoded. */
function htmlToText(html: string): string {
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document.body.textContent ?? '';
}

function firstDate(...values: (string | undefined)[]): string | undefined {
  for (const v of values) {
    const date = v === undefined ? null : feedDate(v);
    if (date !== null) return date;
  }
  return undefined;
}

function resolve(url: string, base: string | undefined): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** The prefixes the root element declares, by namespace URI. */
function declaredPrefixes(root: XmlElement): Prefixes {
  const map = new Map<string, string>();
  for (const { name, value } of Array.from(root.attributes)) {
    // A namespace that is also the default one is written without a prefix.
    if (name === 'xmlns') map.set(value.trim(), '');
    else if (name.startsWith('xmlns:') && map.get(value.trim()) !== '') map.set(value.trim(), name.slice(6));
  }
  return map;
}

/** Qualified names in namespace `ns`: with its declared prefix, else with `fallback` ('' for none). */
function qualifier(prefixes: Prefixes, ns: string, fallback: string): (local: string) => string {
  return withPrefix(prefixes.get(ns) ?? fallback);
}

function withPrefix(prefix: string): (local: string) => string {
  return (local) => (prefix === '' ? local : `${prefix}:${local}`);
}

function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? '' : name.slice(0, colon);
}

function child(el: XmlElement, name: string): XmlElement | undefined {
  return Array.from(el.children).find((c) => c.tagName === name);
}

function children(el: XmlElement, name: string): XmlElement[] {
  return Array.from(el.children).filter((c) => c.tagName === name);
}

/**
 * The HTML an RSS element holds: escaped or in CDATA (its text), or, in feeds that put it there raw, as child
 * elements (their markup). Trimmed; undefined when absent or blank.
 */
function markup(el: XmlElement | undefined): string | undefined {
  if (el === undefined) return undefined;
  return el.children.length > 0 ? nonEmpty(el.innerHTML, (html) => html.trim()) : text(el);
}

/** Trimmed text content; undefined when absent or blank. */
function text(el: XmlElement | undefined): string | undefined {
  const t = el?.textContent?.trim();
  return t ? t : undefined;
}

function nonEmpty<T>(value: string | null, wrap: (v: string) => T): T | undefined {
  return value !== null && value.trim() !== '' ? wrap(value) : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}
