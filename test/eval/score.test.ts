import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryCodes } from '../../eval/country-codes.js';
import { compareSets, type Level, prf, type SetDiff, summarise } from '../../eval/score.js';
import { fnv1a32, splitOf } from '../../eval/split.js';
import {
  expectedCountry,
  plover,
  ploverType,
  predictedCountry,
  universalPetrarch,
} from '../../eval/suites.js';
import type { CodedActor, CodedEvent } from '../../src/output/coded-event.js';

/** A stand-in for the coder's knowledge.countries.cameoToIso3. */
const LEGACY: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', ROM: 'ROU' };
const codes = countryCodes((code) => LEGACY[code]);

function actor(code: string, country: string | null): CodedActor {
  return { code, country, role: null, name: null, text: code };
}

/** Only the fields the eval reads; the rest of a CodedEvent does not matter here. */
function event(
  code: string,
  source: CodedActor | null,
  target: CodedActor | null,
  ploverType?: string,
): CodedEvent {
  const plover = ploverType ? { type: ploverType, mode: null } : null;
  return { code, root: code.slice(0, 2), source, target, plover } as CodedEvent;
}

describe('compareSets', () => {
  it('counts matches, misses and extras as sets', () => {
    const d = compareSets(['a', 'b', 'b', 'c'], ['b', 'd', 'a']);
    assert.deepEqual(d, { tp: 2, fp: 1, fn: 1, missed: ['d'], extra: ['c'] });
  });

  it('ignores order and duplicates on both sides', () => {
    assert.deepEqual(compareSets(['x', 'x'], ['x']), { tp: 1, fp: 0, fn: 0, missed: [], extra: [] });
  });

  it('handles empty sides', () => {
    assert.deepEqual(compareSets([], ['a']), { tp: 0, fp: 0, fn: 1, missed: ['a'], extra: [] });
    assert.deepEqual(compareSets(['a'], []), { tp: 0, fp: 1, fn: 0, missed: [], extra: ['a'] });
  });
});

describe('prf', () => {
  it('micro-averages from counts', () => {
    const { p, r, f1 } = prf({ tp: 3, fp: 1, fn: 3 });
    assert.equal(p, 0.75);
    assert.equal(r, 0.5);
    assert.equal(f1, 0.6);
  });

  it('gives 0 rather than NaN when nothing was predicted or expected', () => {
    assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { p: 0, r: 0, f1: 0 });
  });
});

describe('summarise', () => {
  const diff = (tp: number, fp: number, fn: number): SetDiff => ({ tp, fp, fn, missed: [], extra: [] });
  const same = (d: SetDiff): Record<Level, SetDiff> => ({ root: d, strict: d, actors: d });

  it('keeps negative cases out of the micro-average and counts them apart', () => {
    const s = summarise([
      { negative: false, eventCount: 1, diffs: same(diff(1, 0, 0)) },
      { negative: false, eventCount: 2, diffs: same(diff(1, 1, 1)) },
      { negative: true, eventCount: 0, diffs: same(diff(0, 0, 0)) },
      { negative: true, eventCount: 2, diffs: same(diff(0, 2, 0)) },
    ]);
    assert.equal(s.positives, 2);
    assert.equal(s.exact, 1);
    assert.deepEqual(s.counts.root, { tp: 2, fp: 1, fn: 1 });
    assert.equal(s.negatives, 2);
    assert.equal(s.negativesClean, 1);
    assert.deepEqual(s.negativeFp, { root: 2, strict: 2, actors: 2 });
  });
});

describe('country codes', () => {
  it('maps legacy codes through the given table and keeps the others', () => {
    assert.equal(codes.country('JAP'), 'JPN');
    assert.equal(codes.country('ROM'), 'ROU');
    assert.equal(codes.country('USA'), 'USA');
    assert.equal(codes.country('IGO'), 'IGO');
  });

  it('reads empty, missing and malformed codes as "---"', () => {
    assert.equal(codes.country(''), '---');
    assert.equal(codes.country(null), '---');
    assert.equal(codes.country('diplomatic'), '---');
    assert.equal(codes.country('ISM'), '---');
    assert.equal(codes.actorCode(''), '---');
    assert.equal(codes.actorCode('diplomatic'), '---');
  });

  it('normalises only the country prefix of a full actor code', () => {
    assert.equal(codes.actorCode('JAPGOV'), 'JPNGOV');
    assert.equal(codes.actorCode('SRBCVLalb'), 'SRBCVLalb');
    assert.equal(codes.actorCode('---REB'), '---REB');
    assert.equal(codes.actorCode('ISMCRMMOS'), '---CRMMOS');
  });

  it('takes the expected country from the first three characters', () => {
    assert.equal(expectedCountry('USAGOV', codes), 'USA');
    assert.equal(expectedCountry('---REB', codes), '---');
    assert.equal(expectedCountry('IGOUNO', codes), 'IGO');
    assert.equal(expectedCountry('IMGMUSISI', codes), 'IMG');
  });

  it('takes the predicted country from actor.country, then a transnational prefix, else "---"', () => {
    assert.equal(predictedCountry(actor('USAGOV', 'USA'), codes), 'USA');
    assert.equal(predictedCountry(actor('IGOUNO', null), codes), 'IGO');
    assert.equal(predictedCountry(actor('---REB', null), codes), '---');
    assert.equal(predictedCountry(null, codes), '---');
  });
});

describe('ploverType', () => {
  it('reads 2016 names as 2021 ones and a missing type as NONE', () => {
    assert.equal(ploverType('DEMAND'), 'REQUEST');
    assert.equal(ploverType('INVESTIGATE'), 'ACCUSE');
    assert.equal(ploverType('FIGHT'), 'ASSAULT');
    assert.equal(ploverType('agree'), 'AGREE');
    assert.equal(ploverType(null), 'NONE');
  });
});

describe('suite triples', () => {
  it('universalpetrarch: root, strict and actors keys on both sides agree', () => {
    const c = universalPetrarch.toCase(
      { id: 'x', text: 't', expected: [{ source: 'USAGOV', target: 'CHN', code: '042' }] },
      1,
      codes,
    );
    const p = universalPetrarch.predict([event('042', actor('USAGOV', 'USA'), actor('CHN', 'CHN'))], codes);
    assert.deepEqual(c.expected, { root: ['USA|CHN|04'], strict: ['USAGOV|CHN|042'], actors: ['USA|CHN'] });
    assert.deepEqual(p, c.expected);
    assert.equal(c.negative, false);
  });

  it('plover: countries normalised, DEMAND read as REQUEST, no target is "---"', () => {
    const raw = {
      id: 'y',
      text: 't',
      expected: [{ source: 'JAPGOV', target: '', code: 'DEMAND', source_country: 'JAP', target_country: '' }],
    };
    const c = plover.toCase(raw, 2, codes);
    assert.deepEqual(c.expected, {
      root: ['JPN|---|REQUEST'],
      strict: ['JPNGOV|---|REQUEST'],
      actors: ['JPN|---'],
    });
    assert.deepEqual(
      plover.predict([event('100', actor('JPNGOV', 'JPN'), null, 'REQUEST')], codes),
      c.expected,
    );
    assert.deepEqual(plover.predict([event('100', actor('JPNGOV', 'JPN'), null)], codes).root, [
      'JPN|---|NONE',
    ]);
  });

  it('reads a predicted A→B between the parties of a reciprocal PLOVER record as A→(none)', () => {
    const raw = {
      id: 'r',
      text: 't',
      reciprocal_markup: true,
      expected: [
        { source: 'LBYGOV', target: '', code: 'SUPPORT', source_country: 'LBY', target_country: '' },
        { source: 'BGRGOV', target: '', code: 'SUPPORT', source_country: 'BGR', target_country: '' },
      ],
    };
    const c = plover.toCase(raw, 1, codes);
    const p = plover.predict(
      [
        event('057', actor('LBYGOV', 'LBY'), actor('BGRGOV', 'BGR'), 'SUPPORT'),
        event('057', actor('BGRGOV', 'BGR'), actor('LBYGOV', 'LBY'), 'SUPPORT'),
      ],
      codes,
      c,
    );
    assert.deepEqual(p.root, c.expected.root);
    // without the reciprocal markup the same prediction keeps its target
    const plain = plover.toCase({ ...raw, reciprocal_markup: false }, 1, codes);
    assert.notDeepEqual(plover.predict([event('057', actor('LBYGOV', 'LBY'), actor('BGRGOV', 'BGR'), 'SUPPORT')], codes, plain).root, plain.expected.root);
  });

  it('marks cases without expected events as negative', () => {
    assert.equal(
      universalPetrarch.toCase({ id: 'n', text: 't', expected: [], expect_no_event: true }, 3, codes)
        .negative,
      true,
    );
    assert.equal(universalPetrarch.toCase({ id: 'n', text: 't' }, 3, codes).negative, true);
  });
});

describe('dev / held-out split', () => {
  it('uses FNV-1a 32-bit (reference values)', () => {
    assert.equal(fnv1a32(''), 0x811c9dc5);
    assert.equal(fnv1a32('a'), 0xe40c292c);
    assert.equal(fnv1a32('foobar'), 0xbf9cf968);
  });

  it('is deterministic and puts about 60 % of ids in dev', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `CASE-${i}`);
    assert.deepEqual(ids.map(splitOf), ids.map(splitOf));
    assert.equal(splitOf('PLOVER-GSR01-AGREE-0001'), 'dev'); // 0x011d64b4 % 10 = 0
    assert.equal(splitOf('AFP0808020625_4'), 'held-out'); // 0x4533e390 % 10 = 6
    const dev = ids.filter((id) => splitOf(id) === 'dev').length / ids.length;
    assert.ok(dev > 0.55 && dev < 0.65, `dev share ${dev}`);
  });
});
