import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dedupGroup } from '../../src/dataset/dedup.js';
import { groupKey } from '../../src/dataset/group-key.js';
import { actor, article, mention, place } from './dataset-fixtures.js';

describe('dedupGroup', () => {
  it('joins the reports of a visit through the range that contains them, and dates it by the precise ones', () => {
    const a = article('a', { published: '2025-05-09' });
    const b = article('b', { published: '2025-05-11' });
    const ms = [
      mention({ date: '2025-05-08', article: a }),
      mention({ date: '2025-05-09', article: a }),
      mention({ date: '2025-05-05', date_end: '2025-05-12', article: a }),
      mention({ date: '2025-05-08', date_end: '2025-05-11', article: b }),
      mention({ date: '2025-05-11', article: b }),
    ];
    const [one, ...rest] = dedupGroup(ms);
    assert.equal(rest.length, 0);
    assert.equal(one!.event.date, '2025-05-08');
    assert.equal(one!.event.date_end, '2025-05-11');
    assert.equal(one!.event.date_precision, 'range');
    assert.equal(one!.event.num_mentions, 5);
    assert.equal(one!.event.num_articles, 2);
    assert.equal(one!.event.num_sources, 2);
    assert.deepEqual(one!.event.mentions.map((m) => m.doc_id), ['doc-a', 'doc-a', 'doc-a', 'doc-b', 'doc-b'], 'earliest report first');
  });

  it('gives the same events in any order', () => {
    const ms = [
      mention({ date: '2025-05-01' }),
      mention({ date: '2025-05-02', article: article('b') }),
      mention({ date: '2025-05-01', date_end: '2025-05-03', article: article('c') }),
      mention({ date: '2025-06-01', article: article('d') }),
      mention({ date: null, article: article('e') }),
    ];
    const key = (list: ReturnType<typeof dedupGroup>) => list.map((d) => JSON.stringify(d.event)).sort();
    const forward = key(dedupGroup(ms));
    assert.deepEqual(key(dedupGroup([...ms].reverse())), forward);
    assert.deepEqual(key(dedupGroup([ms[3]!, ms[0]!, ms[4]!, ms[2]!, ms[1]!])), forward);
  });

  it('counts syndicated copies and one outlet’s articles as one source', () => {
    const ms = [
      mention({ article: article('a', { outlet: 'Demo Herald', syndicate: 'a' }) }),
      mention({ article: article('b', { outlet: 'Sample Times', syndicate: 'a' }) }),
      mention({ article: article('c', { outlet: 'Demo Herald' }) }),
      mention({ article: article('d', { url: 'https://www.example.net/x' }) }),
      mention({ article: article('e', { url: 'https://example.net/y' }) }),
      mention({ article: article('f') }),
    ];
    const [one] = dedupGroup(ms);
    assert.equal(one!.event.num_articles, 6);
    assert.equal(one!.event.num_sources, 3, 'Herald+copy+Herald, example.net twice, and f');
  });

  it('keeps the most common code, the most reported place and a name another report gives', () => {
    const ms = [
      mention({ code: '042', target: actor('RUS', null), location: place('Moscow', 'RUS') }),
      mention({ code: '0421', location: place('Russia', 'RUS', 'country') }),
      mention({ code: '042', location: place('Moscow', 'RUS'), article: article('b') }),
    ];
    const [one] = dedupGroup(ms);
    assert.equal(one!.event.code, '042');
    assert.equal(one!.event.location?.name, 'Moscow');
    assert.equal(one!.event.target?.name, 'Russia');
    assert.ok(one!.event.rules.includes('dataset.dedup.same-event'));
  });

  it('makes the group key from the base code, the dyad and the modality', () => {
    const e = mention({ code: '0431' }).event;
    assert.equal(groupKey(e), '043|VNMGOV|RUS|asserted');
  });
});
