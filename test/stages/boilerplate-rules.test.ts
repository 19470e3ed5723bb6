import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileBoilerplate, loadBoilerplate } from '../../src/knowledge/boilerplate.js';
import { dataDir } from '../helpers/repo.js';

test('data/lexicon/en/boilerplate.json loads; every rule has an id, a reason and an example it matches', () => {
  const { rules } = loadBoilerplate(dataDir());
  assert.ok(rules.length > 10);
  for (const rule of rules) {
    assert.ok(rule.reason.length > 0);
    assert.ok(rule.regex.test(rule.example.trim()), rule.id);
    assert.ok(!rule.regex.global && !rule.regex.sticky, `${rule.id} must be stateless`);
  }
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
});

test('a rule whose example does not match, a bad pattern or a duplicate id is refused with a ParleyError', () => {
  const rule = {
    id: 'en.boilerplate.x',
    pattern: 'share',
    scope: 'line',
    kind: 'boilerplate',
    reason: 'r',
    example: 'Share',
  };
  assert.doesNotThrow(() => compileBoilerplate({ rules: [rule] }));
  assert.throws(() => compileBoilerplate({ rules: [{ ...rule, example: 'Tweet' }] }), {
    code: 'data.invalid',
  });
  assert.throws(() => compileBoilerplate({ rules: [{ ...rule, pattern: '(' }] }), { code: 'data.invalid' });
  assert.throws(() => compileBoilerplate({ rules: [rule, rule] }), { code: 'data.invalid' });
  assert.throws(() => compileBoilerplate({ rules: [{ ...rule, scope: 'page' }] }), { code: 'data.invalid' });
  assert.throws(() => loadBoilerplate('/nonexistent'), { code: 'data.unreadable' });
});

test('no rule backtracks badly on long repetitive lines (a line of repeated button labels once took minutes)', () => {
  const { rules } = loadBoilerplate(dataDir());
  const pieces = ['facebook ', 'Facebook | ', 'By Aa Bb, ', 'May 9, 2025 ', 'Xx Xx – ', '© ', 'share ', '- '];
  for (const piece of pieces) {
    const line = `${piece.repeat(Math.ceil(599 / piece.length)).slice(0, 599)}!`;
    const started = performance.now();
    for (const rule of rules) rule.regex.test(line);
    const ms = performance.now() - started;
    assert.ok(ms < 250, `${JSON.stringify(piece)}: ${ms.toFixed(0)} ms`);
  }
});
