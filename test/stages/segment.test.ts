import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Document } from '../../src/document.js';
import { isParleyError } from '../../src/errors.js';
import { compileSegmenterData, HARD_CAP, segment } from '../../src/stages/segment.js';
import { run, sentenceTexts, tokenTexts } from '../helpers/segment.js';

/** Offsets slice to the token text, tokens are ordered and never cross their sentence's bounds. */
function assertConsistent(doc: Document): void {
  let next = 0;
  let lastEnd = -1;
  doc.sentences.forEach((s, i) => {
    assert.equal(s.index, i);
    assert.equal(s.tokenStart, next, 'sentence token ranges are contiguous');
    assert.ok(s.tokenEnd > s.tokenStart, 'no empty sentence');
    const span = doc.text.slice(s.start, s.end);
    assert.equal(span, span.trim(), 'sentence spans are trimmed');
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = doc.tokens[k];
      assert.ok(t);
      assert.equal(doc.text.slice(t.start, t.end), t.text);
      assert.equal(t.sentence, i);
      assert.ok(t.start >= s.start && t.end <= s.end, `token ${t.text} inside its sentence`);
      assert.ok(t.start >= lastEnd && t.end > t.start, 'tokens ordered, non-empty, non-overlapping');
      lastEnd = t.end;
    }
    next = s.tokenEnd;
  });
  assert.equal(next, doc.tokens.length, 'every token belongs to a sentence');
}

describe('segment: sentences', () => {
  it('declares its artifacts', () => {
    assert.equal(segment.name, 'segment');
    assert.deepEqual(segment.requires, ['blocks']);
    assert.deepEqual(segment.provides, ['sentences', 'tokens']);
  });

  it('splits plain sentences and ends at the end of the block', () => {
    const doc = run('Russia attacked. Ukraine responded! Who won? Nobody');
    assert.deepEqual(sentenceTexts(doc), ['Russia attacked.', 'Ukraine responded!', 'Who won?', 'Nobody']);
    assertConsistent(doc);
  });

  it('keeps abbreviations inside sentences and as one token', () => {
    const doc = run(
      'Gen. Lâm met Dr. Smith at the U.S. Embassy at 9 a.m. on Monday. Resolution No. 2 passed. Talks go on.',
    );
    assert.equal(doc.sentences.length, 3);
    const tokens = tokenTexts(doc);
    for (const t of ['Gen.', 'Dr.', 'U.S.', 'a.m.', 'No.']) assert.ok(tokens.includes(t), t);
    assertConsistent(doc);
  });

  it('splits after a multi-dot abbreviation only before a sentence opener', () => {
    assert.deepEqual(sentenceTexts(run('They met in the U.S. The talks failed.')), [
      'They met in the U.S.',
      'The talks failed.',
    ]);
    assert.equal(run('They met at the U.S. Embassy in Hanoi.').sentences.length, 1);
    assert.equal(run('The talks began at 9 a.m. They ended at noon.').sentences.length, 2);
  });

  it('keeps initials in names', () => {
    const doc = run('John F. Kennedy visited Berlin. He spoke there.');
    assert.deepEqual(sentenceTexts(doc), ['John F. Kennedy visited Berlin.', 'He spoke there.']);
    assert.ok(tokenTexts(doc, 0).includes('F.'));
  });

  it('ends a sentence after a closing quote', () => {
    assert.deepEqual(sentenceTexts(run('He said, “We will win.” The crowd cheered.')), [
      'He said, “We will win.”',
      'The crowd cheered.',
    ]);
    assert.deepEqual(sentenceTexts(run('“We will win,” he said. Then he left.')), [
      '“We will win,” he said.',
      'Then he left.',
    ]);
    assert.deepEqual(sentenceTexts(run('He left. "We are done." Talks ended.')), [
      'He left.',
      '"We are done."',
      'Talks ended.',
    ]);
  });

  it('splits after an ellipsis only outside an open quotation', () => {
    assert.equal(run('“We tried… They refused,” he said.').sentences.length, 1);
    assert.equal(run('"We tried... They refused," he said.').sentences.length, 1);
    assert.deepEqual(sentenceTexts(run('Talks stalled… The envoys left.')), [
      'Talks stalled…',
      'The envoys left.',
    ]);
  });

  it('keeps decimals and thousands', () => {
    const doc = run('Growth was 2.5 percent. Exports hit 1,000.5 tonnes.');
    assert.equal(doc.sentences.length, 2);
    const numbers = doc.tokens.filter((t) => t.shape === 'number').map((t) => t.text);
    assert.deepEqual(numbers, ['2.5', '1,000.5']);
  });

  it('splits at a blank line inside a block, not at a single line break', () => {
    const doc = run('First paragraph without a stop\n\nSecond line\ncontinues here.');
    assert.deepEqual(sentenceTexts(doc), ['First paragraph without a stop', 'Second line\ncontinues here.']);
  });

  it('makes a title one sentence', () => {
    const doc = run('Putin meets Lâm. Talks go on', 'title');
    assert.equal(doc.sentences.length, 1);
    assert.equal(doc.sentences[0]?.block, 'title');
  });

  it('skips datelines, bylines and boilerplate', () => {
    const text = 'MOSCOW —\nBy Jane Doe\nRussia and Việt Nam signed a deal. It covers oil.\nSubscribe now.';
    const body = text.indexOf('Russia');
    const byline = text.indexOf('By');
    const tail = text.indexOf('Subscribe');
    const doc = run(text, 'body', [
      { kind: 'dateline', start: 0, end: 8 },
      { kind: 'byline', start: byline, end: body - 1 },
      { kind: 'body', start: body, end: tail - 1 },
      { kind: 'boilerplate', start: tail, end: text.length },
    ]);
    assert.deepEqual(sentenceTexts(doc), ['Russia and Việt Nam signed a deal.', 'It covers oil.']);
    assert.ok(doc.sentences.every((s) => s.block === 'body'));
    assertConsistent(doc);
  });

  it('keeps an inline dateline in the first sentence', () => {
    const doc = run('HANOI, May 8 (Reuters) - Vietnam’s leader left. He flew home.');
    assert.deepEqual(sentenceTexts(doc), [
      'HANOI, May 8 (Reuters) - Vietnam’s leader left.',
      'He flew home.',
    ]);
  });

  it('gives nothing for an empty or blank block', () => {
    assert.equal(run('').sentences.length, 0);
    const doc = run('   \n\n  ');
    assert.equal(doc.sentences.length, 0);
    assert.equal(doc.tokens.length, 0);
  });

  it('caps sentences on text without punctuation', () => {
    const words = ['peace', 'talks', 'resumed', 'in', 'Hanoi', 'with', 'envoys', 'from', 'Moscow', 'today'];
    const text = `${words.join(' ')} `.repeat(Math.ceil(1_000_000 / 50));
    assert.ok(text.length >= 1_000_000);
    const doc = run(text);
    assert.ok(doc.sentences.length > 1);
    assert.ok(doc.sentences.every((s) => s.tokenEnd - s.tokenStart <= HARD_CAP));
    assertConsistent(doc);
  });
});

describe('segment: tokens', () => {
  it('keeps Vietnamese names whole and folds their keys', () => {
    const doc = run('Tô Lâm met Nguyễn Phú Trọng in Hà Nội.');
    assert.deepEqual(tokenTexts(doc), ['Tô', 'Lâm', 'met', 'Nguyễn', 'Phú', 'Trọng', 'in', 'Hà', 'Nội', '.']);
    assert.deepEqual(
      doc.tokens.slice(0, 2).map((t) => [t.norm, t.upper, t.shape]),
      [
        ['to', true, 'word'],
        ['lam', true, 'word'],
      ],
    );
    assert.equal(doc.tokens[3]?.norm, 'nguyen');
  });

  it('splits possessives and negations', () => {
    const doc = run("Russia's army, Russia’s navy and the nations' envoys didn't agree; they're sure.");
    assert.equal(
      tokenTexts(doc).join(' '),
      "Russia 's army , Russia ’s navy and the nations ' envoys did n't agree ; they 're sure .",
    );
    assert.equal(doc.tokens[5]?.norm, "'s");
  });

  it('keeps hyphenated words, names with apostrophes and number ranges whole', () => {
    const doc = run("Díaz-Canel met high-ranking aides and O'Brien on May 8-11.");
    const tokens = tokenTexts(doc);
    for (const t of ['Díaz-Canel', 'high-ranking', "O'Brien", '8-11']) assert.ok(tokens.includes(t), t);
    assert.equal(doc.tokens[0]?.norm, 'diaz-canel');
  });

  it('gives percentages, currency and dashes their own tokens and shapes', () => {
    const doc = run('Prices rose 5% to $1,000 — or €900 (roughly).');
    const shapes = doc.tokens.map((t) => `${t.text}/${t.shape}`);
    assert.equal(
      shapes.join(' '),
      'Prices/word rose/word 5/number %/symbol to/word $/symbol 1,000/number —/punct or/word €/symbol ' +
        '900/number (/punct roughly/word )/punct ./punct',
    );
    assert.equal(doc.tokens[7]?.norm, '-');
  });

  it('marks upper-case tokens', () => {
    const doc = run('Đà Nẵng hosted the talks.');
    assert.deepEqual(
      doc.tokens.map((t) => t.upper),
      [true, true, false, false, false, false],
    );
  });

  it('has exact offsets over mixed text', () => {
    const doc = run(
      'WASHINGTON — The U.S. and Việt Nam’s leaders met at 10:30 p.m. “It’s historic…,” said Sen. O’Neill.\n\n' +
        'Prices rose 2.5%. ¿Qué? 😀 Emoji too. Ph.D. holders, e.g. Dr. Lê, didn’t come.',
    );
    assertConsistent(doc);
    assert.ok(doc.sentences.length >= 4);
  });
});

describe('segmenter data', () => {
  it('rejects a malformed file with a ParleyError', () => {
    assert.throws(
      () => compileSegmenterData({ reason: 'x', abbreviations: ['Dr'], multi_dot_sentence_openers: [] }),
      (e: unknown) => isParleyError(e) && e.code === 'data.invalid',
    );
  });
});
