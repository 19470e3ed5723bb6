/**
 * Parley's lexicon examples and demo articles are written by its developers. This test fails when an example or a
 * demo sentence shares five consecutive words with a peer suite or a seed report (news text that must not be copied
 * into the repository). It skips when ../shared is not beside the checkout.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../src/paths.js';

const N = 5;
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

function grams(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + N <= w.length; i++) out.add(w.slice(i, i + N).join(' '));
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

test('lexicon examples and demo articles share no 5-word sequence with peer suites or seeds', (t) => {
  const root = repoRoot();
  const shared = join(root, '..', 'shared');
  if (!existsSync(shared)) {
    t.skip('../shared not found: copied-text check skipped');
    return;
  }
  const known = new Set<string>();
  for (const text of sharedTexts(shared)) for (const g of grams(text)) known.add(g);
  const offenders: string[] = [];
  for (const file of ['lexicon/en/events.json', 'lexicon/en/roles.json']) {
    const data = JSON.parse(readFileSync(join(root, 'data', file), 'utf8')) as { rules: { id: string; example: string }[] };
    for (const r of data.rules) {
      const hit = [...grams(r.example)].find((g) => known.has(g));
      if (hit) offenders.push(`${file} ${r.id}: "${hit}"`);
    }
  }
  const demo = join(root, 'demo', 'articles');
  for (const f of existsSync(demo) ? readdirSync(demo) : []) {
    const hit = [...grams(readFileSync(join(demo, f), 'utf8'))].find((g) => known.has(g));
    if (hit) offenders.push(`demo/articles/${f}: "${hit}"`);
  }
  assert.deepEqual(offenders, [], `text copied from ../shared:\n${offenders.join('\n')}`);
});
