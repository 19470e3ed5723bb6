import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE_BYTES, generateCorpus, shiftDateWords, splitSource } from '../../bench/corpus.js';

const SOURCES = [
  'Title one\nSubtitle one\n\nFirst paragraph on Monday. It goes on.\n\nSecond paragraph in May. More words here.',
  'Title two\nA paragraph per line, in June. Another sentence.\nAnd a third line on Friday.',
].map((t) => t.replace(/paragraph/g, 'paragraph with padding '.repeat(20)));

describe('bench corpus', () => {
  it('splits a source into its head and one body paragraph per line', () => {
    assert.deepEqual(splitSource('T\nS\n\nP1\n\nP2\nP3'), { head: 'T\nS', body: ['P1', 'P2', 'P3'] });
    assert.deepEqual(splitSource('T\nP1\nP2'), { head: 'T', body: ['P1', 'P2'] });
  });

  it('shifts weekday and month names', () => {
    assert.equal(shiftDateWords('on Sunday, 3 December', 1, 1), 'on Monday, 3 January');
  });

  it('is deterministic, reaches the target size and keeps articles near 4 KB', () => {
    const a = generateCorpus(SOURCES, 200_000);
    const b = generateCorpus(SOURCES, 200_000);
    assert.deepEqual(a, b);
    const sizes = a.map((x) => Buffer.byteLength(x.text, 'utf8'));
    assert.ok(sizes.reduce((s, n) => s + n, 0) >= 200_000);
    assert.ok(
      sizes.every((n) => n <= ARTICLE_BYTES),
      'no article above 4 KB',
    );
    assert.ok(new Set(a.map((x) => x.text)).size > a.length / 2, 'articles vary');
  });
});
