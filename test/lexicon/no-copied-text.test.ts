/**
 * Parley's lexicon examples and demo articles are written by its developers. This test fails when a lexicon example
 * shares five consecutive words, or a demo article eight, with a peer suite or a seed report (news text that must not
 * be copied into the repository). Articles get the longer window because titles and names ("General Secretary of the
 * Communist Party of ...") are facts that any report repeats. It skips when ../shared is not beside the checkout.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { eventLexiconFiles } from '../../src/knowledge/event-files.js';
import { repoRoot } from '../../src/paths.js';

const EXAMPLE_WORDS = 5;
const ARTICLE_WORDS = 8;
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

function grams(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

function sharedTexts(shared: string): string[] {
  const texts: string[] = [];
  for (const suite of ['universalpetrarch', 'plover', 'petrarch2']) {
    const file = join(shared, 'peer-suites', suite, 'cases.jsonl');
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
  }
  const seeds = join(shared, 'seeds');
  if (existsSync(seeds)) for (const f of readdirSync(seeds)) texts.push(readFileSync(join(seeds, f), 'utf8'));
  return texts;
}

test('lexicon examples (5 words) and demo articles (8 words) repeat no word sequence of the peer suites or seeds', (t) => {
  const root = repoRoot();
  const shared = join(root, '..', 'shared');
  if (!existsSync(shared)) {
    t.skip('../shared not found: copied-text check skipped');
    return;
  }
  const known = new Set<string>();
  const knownLong = new Set<string>();
  for (const text of sharedTexts(shared)) {
    for (const g of grams(text, EXAMPLE_WORDS)) known.add(g);
    for (const g of grams(text, ARTICLE_WORDS)) knownLong.add(g);
  }
  const offenders: string[] = [];
  for (const file of [...eventLexiconFiles(join(root, 'data')), 'lexicon/en/roles.json']) {
    const data = JSON.parse(readFileSync(join(root, 'data', file), 'utf8')) as { rules: { id: string; example: string }[] };
    for (const r of data.rules) {
      const hit = [...grams(r.example, EXAMPLE_WORDS)].find((g) => known.has(g));
      if (hit) offenders.push(`${file} ${r.id}: "${hit}"`);
    }
  }
  const demo = join(root, 'demo', 'articles');
  for (const f of existsSync(demo) ? readdirSync(demo) : []) {
    const hit = [...grams(readFileSync(join(demo, f), 'utf8'), ARTICLE_WORDS)].find((g) => knownLong.has(g));
    if (hit) offenders.push(`demo/articles/${f}: "${hit}"`);
  }
  assert.deepEqual(offenders, [], `text copied from ../shared:\n${offenders.join('\n')}`);
});
