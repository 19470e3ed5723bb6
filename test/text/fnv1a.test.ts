import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fnv1a32, fnv1a32Hex } from '../../src/text/fnv1a.js';

/** The reference: FNV-1a over TextEncoder's bytes. */
function reference(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash >>> 0;
}

test('FNV-1a 32-bit reference values', () => {
  assert.equal(fnv1a32(''), 0x811c9dc5);
  assert.equal(fnv1a32('a'), 0xe40c292c);
  assert.equal(fnv1a32('foobar'), 0xbf9cf968);
  assert.equal(fnv1a32Hex('a'), 'e40c292c');
  assert.equal(fnv1a32Hex(''), '811c9dc5');
});

test('hashes the UTF-8 bytes: two-, three- and four-byte characters and lone surrogates as TextEncoder does', () => {
  for (const s of ['Tô Lâm', 'Hà Nội', '€ 5', 'Zürich—Genève', '𝔘nicode 😀', 'a\ud800b', '\udc00', 'x\ud83d']) {
    assert.equal(fnv1a32(s), reference(s), JSON.stringify(s));
  }
});
