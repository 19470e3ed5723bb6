import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadWhenWhere, sameName, scoreCase, type WhenWhereCase } from '../../eval/when-where.js';
import { repoRoot } from '../../src/paths.js';

test('place names agree when equal after folding, or once generic words are left out', () => {
  assert.ok(sameName('Khān Yūnis', 'Khan Yunis'));
  assert.ok(sameName('Kherson Region', 'Kherson Oblast'));
  assert.ok(!sameName('Kherson Oblast', 'Kharkiv Oblast'));
  assert.ok(!sameName('Oblast', 'Region'));
});

const base: WhenWhereCase = {
  id: 'x',
  category: 'city',
  publication_date: '2025-05-09',
  text: 'They met in Minsk on Thursday.',
  trigger: 'met',
  date: '2025-05-08',
  date_end: null,
  date_precision: 'day',
  place: { name: 'Minsk', country: 'BLR', precision: 'city' },
};

test('a date is right only with its end and precision; a place with its country and precision', () => {
  const place = { name: 'Minsk', country: 'BLR', lat: 53.9, lon: 27.57, precision: 'city' as const };
  assert.deepEqual(scoreCase(base, { date: '2025-05-08', date_precision: 'day', location: place }), { dateRight: true, placeRight: true });
  assert.deepEqual(scoreCase(base, { date: '2025-05-08', date_precision: 'publication', location: { ...place, precision: 'country' } }), {
    dateRight: false,
    placeRight: false,
  });
  assert.equal(scoreCase({ ...base, place: null }, { date: null, date_precision: 'day', location: null }).placeRight, true);
});

test('the when/where suite: at least 60 cases, each trigger found once, every category at least four times', () => {
  const cases = loadWhenWhere(join(repoRoot(), 'eval/suites/when-where.jsonl'));
  assert.ok(cases.length >= 60);
  assert.equal(new Set(cases.map((c) => c.id)).size, cases.length);
  const counts = new Map<string, number>();
  for (const c of cases) {
    assert.equal(c.text.split(c.trigger).length, 2, `${c.id}: trigger "${c.trigger}" once`);
    assert.ok(c.date_precision !== 'range' || c.date_end !== null, `${c.id}: a range has an end`);
    counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
  }
  for (const [category, n] of counts) assert.ok(n >= 4, `${category}: ${n} cases`);
});
