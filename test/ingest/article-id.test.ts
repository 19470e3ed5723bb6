import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dedupeId, isGlobalKey, MAX_ID_LENGTH, scopedId, uriId } from '../../src/ingest/article-id.js';

test('a URL id drops the scheme, www, the fragment and a trailing slash; folds case and accents', () => {
  assert.equal(
    uriId('https://www.Example.org/News/2025/05/Café-talks/?id=7#top'),
    'example.org-news-2025-05-cafe-talks-id-7',
  );
  assert.equal(uriId('http://example.org/a/'), 'example.org-a');
  assert.equal(uriId('tag:example.org,2025:entry-1'), 'example.org-2025-entry-1');
  assert.equal(uriId('urn:uuid:8F14E45F-CEEA-467F-A0E6-7E2A1C3B9D10'), 'urn-uuid-8f14e45f-ceea-467f-a0e6-7e2a1c3b9d10');
});

test('ids are file-name safe and at most 80 characters; a long one ends with a hash of the whole key', () => {
  const a = uriId(`https://example.org/${'section/'.repeat(20)}a`);
  const b = uriId(`https://example.org/${'section/'.repeat(20)}b`);
  assert.ok(a.length <= MAX_ID_LENGTH && b.length <= MAX_ID_LENGTH);
  assert.notEqual(a, b);
  assert.match(a, /^example\.org-section-section-.*-[0-9a-f]{8}$/);
  const odd = [uriId('https://x.example/../../etc/passwd'), scopedId('.hidden', '../up'), uriId('https://x/ /')];
  for (const id of [a, ...odd]) assert.match(id, /^[a-z0-9][a-z0-9._-]*$/, id);
  assert.match(scopedId('', '—'), /^[0-9a-f]{8}$/, 'nothing readable: a hash');
});

test('a local key is scoped by the feed; only URIs are global', () => {
  assert.equal(scopedId('example.org', '12345'), 'example.org-12345');
  assert.equal(scopedId('The Courier', 'post-7@courier'), 'the-courier-post-7-courier');
  assert.equal(isGlobalKey('https://x.example/1'), true);
  assert.equal(isGlobalKey('tag:x.example,2025:1'), true);
  assert.equal(isGlobalKey('12345'), false);
  assert.equal(isGlobalKey('post-7@courier'), false);
});

test('a clash gets a hash of its own key, or a number when the key is the same', () => {
  const taken = new Map([['x-1', 'X 1']]);
  assert.match(dedupeId('x-1', 'x/1', taken), /^x-1-[0-9a-f]{8}$/);
  assert.equal(dedupeId('x-1', 'X 1', taken), 'x-1-2');
  assert.equal(dedupeId('x-1', 'X 1', new Map([...taken, ['x-1-2', 'X 1']])), 'x-1-3');
});
