/**
 * Every event rule's `example` is a sentence that the rule codes: coding it gives at least one event whose `rules`
 * list the rule's id. A blocking rule's (code null) example gives no event at all. All failures are reported in one
 * assertion message.
 *
 * PARLEY_EXAMPLES_OVERRIDE may name a JSON file `{ "<rule id>": "<example>", ... }`; its examples replace the
 * lexicon's where present, so new examples can be checked before they are written into the lexicon files.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createCoder } from '../../src/coder.js';
import { readEventRuleFiles } from '../../src/knowledge/event-files.js';
import { dataDir } from '../helpers/repo.js';

function overrides(): Record<string, string> {
  const file = process.env.PARLEY_EXAMPLES_OVERRIDE;
  if (!file) return {};
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  assert.ok(
    data && typeof data === 'object' && !Array.isArray(data),
    `${file}: expected an object of rule id -> example`,
  );
  return data as Record<string, string>;
}

test('every event rule example fires its own rule; every blocking rule example gives no event', () => {
  const rules = readEventRuleFiles(dataDir()).flatMap((f) => f.rules);
  const override = overrides();
  const coder = createCoder();
  const failures: string[] = [];
  for (const rule of rules) {
    const example = override[rule.id] ?? rule.example;
    const { events } = coder.code({ id: rule.id, text: example, date: '2024-06-01', origin: { file: 'examples' } });
    const found = events.map(
      (e) => `${e.code} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} [${e.rules.join(', ')}]`,
    );
    const ok = rule.code === null ? events.length === 0 : events.some((e) => e.rules.includes(rule.id));
    if (!ok) {
      const expected = rule.code === null ? 'no event (blocking rule)' : `an event from ${rule.id}`;
      const got = found.length > 0 ? found.join('; ') : 'no events';
      failures.push(`${rule.id}: "${example}"\n    expected ${expected}; found ${got}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${rules.length} examples fail:\n${failures.join('\n')}`);
});
