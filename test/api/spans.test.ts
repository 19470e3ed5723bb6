/** Highlight spans of a reporting sentence: from recorded offsets, or found by the actor's words in older records. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { mentionSpans } from '../../src/api/spans.js';
import { periodOf } from '../../src/api/series.js';
import { code } from '../helpers/coder.js';

const shown = (sentence: string, spans: ReturnType<typeof mentionSpans>) => spans.map((s) => `${s.kind}:${sentence.slice(s.start, s.end)}`);

it('marks source, target and trigger inside the sentence, from the coder’s offsets', () => {
  const text = 'Background first. The Chilean president visited Peru on Monday.';
  const [e] = code(text);
  assert.ok(e, 'the visit is coded');
  assert.deepEqual(shown(e.sentence, mentionSpans(e)), ['source:The Chilean president', 'trigger:visited', 'target:Peru']);
});

it('finds the actor by its words when a record has no actor offsets', () => {
  const [e] = code('Background first. The Chilean president visited Peru on Monday.');
  assert.ok(e);
  const old = { ...e, source: { ...e.source!, start: undefined, end: undefined }, target: { ...e.target!, start: undefined, end: undefined } };
  assert.deepEqual(mentionSpans(old), mentionSpans(e));
});

it('leaves out an actor whose words are not in the sentence (a pronoun resolved elsewhere keeps its own words)', () => {
  const [e] = code('The Chilean president visited Peru on Monday.');
  assert.ok(e);
  const spans = mentionSpans({ ...e, source: { ...e.source!, text: 'Somebody else', start: undefined, end: undefined } });
  assert.deepEqual(spans.map((s) => s.kind), ['trigger', 'target']);
});

it('starts weeks on Monday and months on the first', () => {
  assert.equal(periodOf('2025-05-11', 'week'), '2025-05-05'); // a Sunday
  assert.equal(periodOf('2025-05-05', 'week'), '2025-05-05'); // a Monday
  assert.equal(periodOf('2025-01-01', 'week'), '2024-12-30');
  assert.equal(periodOf('2025-05-11', 'month'), '2025-05');
  assert.equal(periodOf('2025-05-11', 'day'), '2025-05-11');
});
