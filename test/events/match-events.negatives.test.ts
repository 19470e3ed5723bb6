import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../../src/paths.js';
import { triples } from '../helpers/coder.js';

describe('what is not an event', () => {
  it('negation', () => assert.deepEqual(triples('Japan did not sign an agreement with Vietnam.'), []));
  it('questions', () => assert.deepEqual(triples('Did Japan sign an agreement with Vietnam?'), []));
  it('conditionals', () => assert.deepEqual(triples('If Iran attacks Israel, the region will suffer.'), []));
  it('speculation', () => assert.deepEqual(triples('Iran could attack Israel.'), []));
  it('a meeting with the press is not a meeting with an actor', () => {
    assert.deepEqual(triples('The Japanese prime minister met with the press.'), []);
  });
  it('an event without any actor is not emitted', () => assert.deepEqual(triples('Talks were held on Monday.'), []));
});

describe('the negatives suite (test/fixtures/negatives.jsonl)', () => {
  const file = join(repoRoot(), 'test', 'fixtures', 'negatives.jsonl');
  it('emits nothing for any of its sentences', (t) => {
    if (!existsSync(file)) {
      t.skip('negatives.jsonl not found');
      return;
    }
    const coded: string[] = [];
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { id: string; text: string };
      const found = triples(c.text);
      if (found.length > 0) coded.push(`${c.id}: ${found.join(', ')} — ${c.text}`);
    }
    assert.deepEqual(coded, []);
  });
});
