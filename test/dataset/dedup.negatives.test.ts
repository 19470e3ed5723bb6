/** What deduplication must not join. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dedupGroup } from '../../src/dataset/dedup.js';
import { actor, article, mention, place } from './dataset-fixtures.js';

describe('dedupGroup negatives', () => {
  it('keeps strikes on different days apart', () => {
    const days = ['2024-01-10', '2024-01-11', '2024-01-12'].map((date, i) => mention({ code: '195', date, article: article(`s${i}`) }));
    assert.equal(dedupGroup(days).length, 3);
  });

  it('does not chain undated daily reports into one long event', () => {
    const reports = Array.from({ length: 10 }, (_, i) =>
      mention({ code: '195', date: `2024-02-${String(10 + i).padStart(2, '0')}`, precision: 'publication', article: article(`p${i}`) }),
    );
    const events = dedupGroup(reports);
    assert.ok(events.length >= 4, `got ${events.length} events`);
    for (const e of events) assert.ok(e.event.num_mentions <= 3);
  });

  it('keeps two different people apart, even through a report that names neither', () => {
    const ms = [
      mention({ source: actor('VNMGOV', 'Tô Lâm') }),
      mention({ source: actor('VNMGOV', null), article: article('b') }),
      mention({ source: actor('VNMGOV', 'Phạm Minh Chính'), article: article('c') }),
    ];
    const names = dedupGroup(ms).map((d) => d.event.source?.name);
    assert.equal(names.length, 2);
    assert.ok(names.includes('Tô Lâm') && names.includes('Phạm Minh Chính'));
  });

  it('keeps events placed in different countries apart', () => {
    const ms = [mention({ location: place('Moscow', 'RUS') }), mention({ location: place('Minsk', 'BLR'), article: article('b') })];
    assert.equal(dedupGroup(ms).length, 2);
  });

  it('joins undated mentions only within one article', () => {
    const ms = [mention({ date: null }), mention({ date: null }), mention({ date: null, article: article('b') })];
    assert.deepEqual(dedupGroup(ms).map((d) => d.event.num_mentions).sort(), [1, 2]);
  });
});
