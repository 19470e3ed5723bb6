import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../src/document.js';
import { clean } from '../../src/stages/clean.js';
import { blockTexts, stageContext, textDoc } from '../helpers/stage-context.js';

const ctx = stageContext();

function cleaned(text: string): Document {
  const doc = textDoc(text);
  clean.run(doc, ctx);
  return doc;
}

const kinds = (text: string) => blockTexts(cleaned(text)).map(([k]) => k);

test('body sentences that mention boilerplate words stay body', () => {
  const sentences = [
    'Officials urged citizens to read more about the new rules on the ministry website.',
    'Read more about the treaty in the annex, the minister said.',
    'Share prices rose after the announcement.',
    'Comments by the minister drew criticism from Beijing.',
    'More from the interview will be published on Sunday.',
    'Related talks are expected next week in Geneva.',
    'Copyright disputes between the two countries have escalated.',
    'Home Secretary Yvette Cooper visited Paris.',
    'The president said the cookie factory would stay open.',
    'By the end of May, both armies had withdrawn.',
    'Written by hand, the letter was delivered to the embassy.',
    'Follow-up talks are planned for June.',
  ];
  for (const s of sentences) {
    assert.deepEqual(kinds(`The leaders met.\n${s}\nThey left.`), ['body', 'body', 'body'], s);
  }
});

test('an all-caps acronym before a dash inside a sentence is not a dateline', () => {
  for (const text of [
    'Leaders of NATO — the Western alliance — met in Brussels.',
    'The talks between the US — and China — resumed.',
    'Officials said the EU — not Russia — would decide.',
  ]) {
    const doc = cleaned(text);
    assert.equal(doc.dateline, null, text);
    assert.deepEqual(kinds(text), ['body'], text);
  }
});

test('"US —" and "NATO —" mid-text, even opening a later paragraph, are not datelines', () => {
  const doc = cleaned(
    'The leaders met on Friday.\n\nUS — China trade talks resumed.\n\nNATO — allies agreed.',
  );
  assert.equal(doc.dateline, null);
  assert.deepEqual(kinds('The leaders met on Friday.\n\nUS — China trade talks resumed.'), ['body', 'body']);
});

test('acronyms and story labels opening the first line are not datelines', () => {
  for (const text of [
    'NATO — Allies agreed on Friday to raise spending.',
    'US — China trade talks resumed on Friday.',
    'UPDATE: The ministry revised its figures.',
    'BREAKING — Explosions were heard in the capital.',
    'EXCLUSIVE: Officials said talks had stalled.',
  ]) {
    assert.equal(cleaned(text).dateline, null, text);
  }
});

test('a capitalised word that is not all caps is not a dateline', () => {
  assert.equal(cleaned('Moscow — The leaders met.').dateline, null);
});

test('a boilerplate heading before any text marks only its own line', () => {
  assert.deepEqual(kinds('Related articles\nThe leaders met.\nThey signed a treaty.'), [
    'boilerplate',
    'body',
    'body',
  ]);
});

test('not titles: a single line, a first line with a period, a wrapped first line', () => {
  assert.deepEqual(kinds('Leaders meet in Moscow'), ['body']);
  assert.deepEqual(kinds('The leaders met.\nThey signed a treaty.'), ['body', 'body']);
  assert.deepEqual(
    kinds('The leaders of both countries met in Moscow on\nFriday and agreed to expand trade.'),
    ['body'],
  );
  assert.deepEqual(kinds(`${'A very long opening line '.repeat(9)}\nThe leaders met.`), ['body']);
});

test('an all-caps word after a dash closing a line is a signature only on the last body line', () => {
  const text = 'The leaders met.\nThe minister thanked NATO — AP\n\nThey left.';
  assert.deepEqual(blockTexts(cleaned(text)), [
    ['body', 'The leaders met.'],
    ['body', 'The minister thanked NATO — AP'],
    ['body', 'They left.'],
  ]);
});

test('a byline without a full date never sets a publication date', () => {
  assert.equal(cleaned('The leaders met.\nBy Jane Doe, Reuters').publicationDate, null);
  assert.equal(
    cleaned('The leaders met.\nPosted on 05/09/2025').publicationDate,
    null,
    'day/month order unknown',
  );
});
