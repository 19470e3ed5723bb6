import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verbForms } from '../../src/events/inflect.js';
import { compilePattern } from '../../src/events/pattern.js';
import { ParleyError } from '../../src/errors.js';

const verbs = {
  reason: 'test',
  irregular: { hold: ['held', 'held'] as [string, string] },
  double_final: ['ban'],
  double_final_british: ['travel'],
};

describe('verb inflection', () => {
  it('regular, irregular and doubled forms', () => {
    assert.deepEqual(verbForms('visit', verbs).sort(), ['visit', 'visited', 'visiting', 'visits']);
    assert.ok(verbForms('hold', verbs).includes('held'));
    assert.ok(verbForms('ban', verbs).includes('banned'));
    assert.ok(verbForms('arrive', verbs).includes('arriving'));
    assert.ok(verbForms('deny', verbs).includes('denied'));
    assert.ok(verbForms('fly', verbs).includes('flies'));
    assert.ok(verbForms('travel', verbs).includes('travelled') && verbForms('travel', verbs).includes('traveled'));
  });
});

describe('pattern syntax', () => {
  it('compiles words, alternatives, optional elements, gaps and slots', () => {
    const p = compilePattern('en.t.x', '<hold> (bilateral)? talks *2 with @T+', verbs, 'f');
    assert.deepEqual(
      p.elements.map((e) => e.kind),
      ['word', 'word', 'word', 'gap', 'word', 'slot'],
    );
    assert.ok(p.anchors.has('held'));
  });
  it('rejects a pattern that starts with a slot or an optional word, or has a bad gap', () => {
    for (const bad of ['@S met', 'very? good', 'met *9 @T', 'met *2']) {
      assert.throws(() => compilePattern('en.t.x', bad, verbs, 'f'), ParleyError, bad);
    }
  });
});
