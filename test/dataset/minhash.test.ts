import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bandKeys,
  estimateJaccard,
  minhashSignature,
  shingles,
  signatureFromHex,
  signatureToHex,
  SYNDICATED_JACCARD,
} from '../../src/dataset/minhash.js';
import { isParleyError } from '../../src/errors.js';

// Invented reports about invented places; no real news text.
const BODY = [
  'The governments of Veloria and Kastmark signed an agreement on Tuesday to share the waters of the Orran river, ending a dispute that had closed two border crossings since the spring.',
  'Under the accord, Kastmark will release a fixed share of the flow from its upstream reservoir during the dry months, and Veloria will pay for new gauges at six points along the river so that both sides read the same figures.',
  'Foreign Minister Adela Ruis of Veloria said the deal showed that neighbours could settle hard questions at a table rather than at a checkpoint. Her Kastmark counterpart, Teodor Vell, called it a fair bargain that protected farmers on both banks.',
  'Farm groups in the lower valley had warned that their wheat and sugar beet would fail if the reservoir stayed closed for another season. Several hundred growers marched on the regional capital in May, and some blocked the main road with tractors for three days.',
  'A joint commission of engineers from both countries will meet every quarter to check the gauges, publish the readings and settle any complaint within thirty days. Either side may ask a panel of outside experts to rule if the commission cannot agree.',
  'The two ministers said the border crossings at Dunmere and Holt would reopen next week. Traders who had waited months to move grain and timber across the frontier welcomed the news, though some said they would believe it when the barriers lifted.',
  'Officials in both capitals cautioned that the agreement still needs the approval of each parliament, where opposition members have criticised the terms. A vote in Veloria is expected before the end of the month, and the Kastmark assembly is due to take up the text after its summer recess.',
];
const STORY = ['Veloria and Kastmark sign Orran river water deal', ...BODY].join('\n\n');
// The same wire story in another paper: its own headline and a byline, the farmers' paragraph cut.
const COPY = [
  'Neighbours end river row with water-sharing accord',
  'By a staff correspondent',
  ...BODY.filter((_, i) => i !== 3),
].join('\n\n');
// Another writer's report of the same event: the same names and facts, in other words.
const OTHER = [
  'Orran deal: Kastmark to open reservoir gates in dry season',
  'Kastmark has agreed to let more water flow down the Orran to Veloria in summer, in a treaty the two capitals concluded on Tuesday after months of quarrelling that saw border posts shut.',
  'The pact obliges Kastmark to keep its reservoir releases above an agreed minimum between June and September. Veloria is to fund measuring stations along the river, whose data will be open to both.',
  'Speaking after the signing, Veloria’s top diplomat Adela Ruis said talks had won where roadblocks failed, while Teodor Vell, for Kastmark, described the terms as balanced for growers on either side.',
  'Growers downstream staged protests earlier this year, with tractors halting traffic near the regional capital, fearing their crops would wither without irrigation.',
  'A bilateral panel of hydrologists is to review the measurements four times a year; outside arbitration is available if it deadlocks. Crossings at Dunmere and Holt are due to reopen shortly, merchants were told.',
].join('\n\n');

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const sharedBands = (a: string, b: string) => {
  const keys = new Set(bandKeys(minhashSignature(a)));
  return bandKeys(minhashSignature(b)).filter((k) => keys.has(k));
};

describe('shingles', () => {
  it('folds case and diacritics and ignores punctuation', () => {
    assert.deepEqual(shingles('Tô Lâm met the PRESIDENT, in Hà Nội.'), shingles('to lam met the president in ha noi'));
  });

  it('hashes every run of five words once (a repeated run counts once)', () => {
    assert.equal(shingles('one two three four five six').length, 2);
    assert.equal(shingles('a b c d e a b c d e').length, 5);
  });

  it('a text of fewer than five words is one shingle; a text with no words has none', () => {
    assert.equal(shingles('Talks resume').length, 1);
    assert.equal(shingles(' — ... ').length, 0);
  });
});

describe('minhashSignature', () => {
  it('is deterministic, 128 values by default, and a shorter signature is a prefix of a longer one', () => {
    const a = minhashSignature(STORY);
    assert.equal(a.length, 128);
    assert.deepEqual(a, minhashSignature(STORY));
    assert.deepEqual(minhashSignature(STORY, 32), a.subarray(0, 32));
    assert.deepEqual(minhashSignature(STORY, 256).subarray(0, 128), a);
  });

  it('is pinned: a stored signature stays valid across releases', () => {
    // Changing the seed, the coefficient generator or the shingle hash breaks stored signatures; so does this test.
    assert.equal(signatureToHex(minhashSignature('The two leaders met in the capital on Monday.', 4)), PINNED);
  });

  it('rejects a hash count it has no coefficients for', () => {
    assert.throws(() => minhashSignature('x', 0), RangeError);
    assert.throws(() => minhashSignature('x', 1.5), RangeError);
    assert.throws(() => minhashSignature('x', 4096), RangeError);
  });
});

describe('estimateJaccard', () => {
  it('identical texts estimate 1; case and accents do not matter', () => {
    assert.equal(estimateJaccard(minhashSignature(STORY), minhashSignature(STORY)), 1);
    assert.equal(estimateJaccard(minhashSignature(STORY), minhashSignature(STORY.toUpperCase())), 1);
  });

  it('a syndicated copy (new headline and byline, one paragraph cut) is ≥ 0.7 and shares a band', () => {
    assert.ok(words(STORY) >= 280, `the story has ${words(STORY)} words`);
    const j = estimateJaccard(minhashSignature(STORY), minhashSignature(COPY));
    assert.ok(j >= 0.7, `estimated Jaccard ${j}`);
    assert.ok(j >= SYNDICATED_JACCARD);
    assert.ok(sharedBands(STORY, COPY).length >= 1);
  });

  it('two reports of the same event in other words are < 0.3 and share no band', () => {
    const j = estimateJaccard(minhashSignature(STORY), minhashSignature(OTHER));
    assert.ok(j < 0.3, `estimated Jaccard ${j}`);
    assert.deepEqual(sharedBands(STORY, OTHER), []);
  });

  it('texts with no words match nothing, not even each other', () => {
    const empty = minhashSignature('');
    assert.equal(estimateJaccard(empty, minhashSignature('...')), 0);
    assert.deepEqual(bandKeys(empty), []);
  });

  it('refuses signatures of different lengths', () => {
    assert.throws(() => estimateJaccard(minhashSignature('a', 8), minhashSignature('a', 16)), RangeError);
  });
});

describe('bandKeys', () => {
  it('gives one key per band, each naming its band, rows = hashes / bands', () => {
    const keys = bandKeys(minhashSignature(STORY));
    assert.equal(keys.length, 32);
    assert.deepEqual(
      keys.map((k) => k.split(':')[0]),
      Array.from({ length: 32 }, (_, i) => String(i)),
    );
    assert.ok(keys.every((k) => /^\d+:[0-9a-f]{32}$/.test(k)), keys[0]);
    assert.equal(bandKeys(minhashSignature(STORY), 16)[0]?.length, '0:'.length + 64);
  });

  it('the same values in another band give another key', () => {
    const sig = new Uint32Array([1, 2, 1, 2]);
    const [a, b] = bandKeys(sig, 2);
    assert.notEqual(a, b);
  });

  it('refuses a band count that does not divide the signature', () => {
    assert.throws(() => bandKeys(minhashSignature(STORY), 5), RangeError);
  });
});

describe('hex', () => {
  it('round-trips a signature', () => {
    const sig = minhashSignature(STORY);
    const hex = signatureToHex(sig);
    assert.equal(hex.length, 128 * 8);
    assert.deepEqual(signatureFromHex(hex), sig);
    assert.deepEqual(signatureFromHex(hex.toUpperCase()), sig);
    assert.deepEqual(signatureFromHex('00000000ffffffff'), new Uint32Array([0, 0xffffffff]));
  });

  it('a damaged signature is a ParleyError with a hint', () => {
    for (const bad of ['', 'abc', '0000000g', '00000000 ']) {
      assert.throws(
        () => signatureFromHex(bad),
        (e) => isParleyError(e) && e.code === 'dataset.bad-signature' && Boolean(e.hint),
      );
    }
  });
});

const PINNED = '61ffe8d11856bbd21ce8079d0fea8e35';
