/**
 * Article ids for feed items and fetched pages: short, readable, safe as file names, and stable, because they
 * come from what names the item (its guid, Atom id or link), never from its place in the feed.
 *
 * "https://www.example.org/news/2025/05/talks-resume?id=7" -> "example.org-news-2025-05-talks-resume-id-7",
 * "tag:example.org,2025:entry-1" -> "example.org-2025-entry-1".
 * Lower-case ASCII letters, digits, ".", "_" and "-"; an id longer than 80 characters is cut and ends with
 * 8 hex digits of FNV-1a of the whole key, so two long keys that share a beginning still differ.
 */
import { fnv1a32Hex } from '../text/fnv1a.js';
import { foldKey } from '../text/fold.js';

export const MAX_ID_LENGTH = 80;

const URI_SCHEME = /^[a-z][a-z0-9+.-]*:\S/i;
/** What an id leaves out at the start of a URI: the scheme of a web address or a tag: URI, and "www.". */
const NOISE = /^(?:https?:\/\/|tag:)(?:www\.)?/i;

/** A guid or Atom id that names the item everywhere (a URL, a tag: or urn: URI), not only in its feed. */
export function isGlobalKey(key: string): boolean {
  return URI_SCHEME.test(key.trim());
}

/** The id of a URL or other URI: the URI without "http(s)://www." (or "tag:") and its fragment, as a slug. */
export function uriId(uri: string): string {
  const key = uri.trim();
  const bare = key.replace(NOISE, '').replace(/#.*$/s, '').replace(/\/+$/, '');
  return cut(slug(bare), key);
}

/** The id of a key that is unique only within its feed ("12345"), scoped by the feed: "example.org-12345". */
export function scopedId(scope: string, key: string): string {
  const s = slug(scope);
  const k = slug(key.trim());
  return cut(s && k ? `${s}-${k}` : s || k, `${scope}\n${key}`);
}

/** A second item with an id already given: the id with a hash of the key, or a number if the key is the same. */
export function dedupeId(id: string, key: string, taken: ReadonlyMap<string, string>): string {
  const withHash = `${id.slice(0, MAX_ID_LENGTH - 9)}-${fnv1a32Hex(key)}`;
  if (taken.get(id) !== key && !taken.has(withHash)) return withHash;
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

function slug(s: string): string {
  return foldKey(s)
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^[-._]+|[-.]+$/g, '');
}

function cut(id: string, key: string): string {
  if (id === '') return fnv1a32Hex(key);
  if (id.length <= MAX_ID_LENGTH) return id;
  return `${id.slice(0, MAX_ID_LENGTH - 9).replace(/[-._]+$/, '')}-${fnv1a32Hex(key)}`;
}
