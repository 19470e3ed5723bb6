import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadBoilerplate } from '../../src/knowledge/boilerplate.js';
import { needsSource, prefilterOf } from '../../src/stages/clean/prefilter.js';
import { dataDir, repoRoot, seedsDir } from '../helpers/repo.js';

const needs = (pattern: string) => prefilterOf(pattern)?.needs;

test('the literals a pattern needs are read off its source', () => {
  assert.deepEqual(needs('.{0,200}\\b(?:we use cookies|cookie (?:policy|notice))\\b.{0,300}'), ['cookie']);
  assert.deepEqual(needs('(?:©|\\(c\\)|copyright\\s*\\d{4}).{0,200}|.{0,200}\\ball rights reserved\\.?'), [
    '©',
    '(c)',
    'copyright',
    'all rights reserved',
  ]);
  assert.deepEqual(needs('(?:[\\p{L} ]{1,40}\\s*/\\s*)?related(?:\\s+posts?)?\\s*:?'), ['related']);
  assert.deepEqual(needs('[\\p{L}]{1,60}?(?:\\s*[–—|]\\s*|\\s+-\\s+)\\d{4}'), ['–', '—', '|', '-']);
  // "this site uses ads", "our website uses ads", ...: the part they all share is one literal, faster to find
  assert.deepEqual(needs('(?:this|our) (?:web)?site uses ads'), ['site uses ads']);
  assert.deepEqual(needs('(?<=\\s)x{2,3}y'), ['x']);
  assert.deepEqual(needs('(?:posted|updated|date)\\s*:'), ['posted', 'date']);
});

test('nothing is needed when a part can be left out; unknown syntax gives no prefilter', () => {
  assert.equal(prefilterOf('(?:cookies)?.{0,9}'), null);
  assert.equal(prefilterOf('cookie|.{3}'), null);
  assert.equal(prefilterOf('[^a]+'), null);
  assert.equal(prefilterOf('(a)\\1'), null);
  assert.equal(prefilterOf('a{2'), null);
  assert.equal(needsSource(['(c)', 'a|b', 'x-y']), '\\(c\\)|a\\|b|x-y');
});

test('a pattern that fails at once on most lines (a literal, digit or space first) has a narrow start', () => {
  assert.equal(prefilterOf('(?:\\d+\\s+)?(?:comments?|responses?)\\s*:?')?.narrowStart, true);
  assert.equal(prefilterOf('(?:please\\s+)?click here\\b.{0,150}')?.narrowStart, true);
  assert.equal(prefilterOf('.{0,80}\\bsubscribe')?.narrowStart, false);
  assert.equal(prefilterOf('share|.{0,80}\\bsubscribe')?.narrowStart, false);
  assert.equal(prefilterOf('[\\p{L}][\\p{L} ]{1,60}?\\s*—\\s*\\d')?.narrowStart, false);
});

/** Lines from the demo articles and seeds, each rule's example, and variants of them. */
function sampleLines(rules: ReturnType<typeof loadBoilerplate>['rules']): string[] {
  const texts: string[] = [];
  for (const dir of [join(repoRoot(), 'demo', 'articles'), seedsDir()]) {
    if (dir === null) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  const lines = texts.flatMap((t) => t.split('\n').map((l) => l.trim()));
  for (const { example } of rules) {
    lines.push(example, example.toUpperCase(), example.replace(/s/g, 'ſ').replace(/k/g, '\u212a'));
    for (let k = 0; k < example.length; k++) {
      lines.push(example.slice(0, k) + example.slice(k + 1), `${example.slice(0, k)} ${example.slice(k)}`);
    }
  }
  return lines;
}

test('a prefilter never turns away a line its rule matches', () => {
  const { rules } = loadBoilerplate(dataDir());
  const lines = sampleLines(rules);
  let filtered = 0;
  for (const rule of rules) {
    if (!rule.prefilter) continue;
    filtered++;
    assert.ok(rule.prefilter.test(rule.example), rule.id);
    assert.equal(rule.prefilter.flags, rule.regex.flags, rule.id);
    for (const line of lines) {
      if (rule.regex.test(line)) assert.ok(rule.prefilter.test(line), `${rule.id}: ${JSON.stringify(line)}`);
    }
  }
  assert.ok(filtered >= 5, 'the costly rules (cookies, rights, newsletter, related, source-date) have one');
});
