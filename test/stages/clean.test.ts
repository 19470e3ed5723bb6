import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Document } from '../../src/document.js';
import { clean } from '../../src/stages/clean.js';
import { seedsDir } from '../helpers/repo.js';
import { blockTexts, stageContext, textDoc } from '../helpers/stage-context.js';

const ctx = stageContext();

function cleaned(text: string, extra: Parameters<typeof textDoc>[1] = {}): Document {
  const doc = textDoc(text, extra);
  clean.run(doc, ctx);
  assertBlocksValid(doc, text);
  return doc;
}

/** Blocks are in order, do not overlap, lie inside the text, and the text itself is untouched. */
function assertBlocksValid(doc: Document, original: string): void {
  assert.equal(doc.text, original.normalize('NFC'));
  let last = 0;
  for (const b of doc.blocks) {
    assert.ok(
      b.start >= last && b.end > b.start && b.end <= doc.text.length,
      `bad block ${JSON.stringify(b)}`,
    );
    assert.equal(doc.text.slice(b.start, b.end), doc.text.slice(b.start, b.end).trim(), 'blocks are trimmed');
    if (b.kind === 'boilerplate' || b.kind === 'byline')
      assert.ok(b.rule, `${b.kind} block without a rule id`);
    last = b.end;
  }
}

test('the stage declares what it needs and makes', () => {
  assert.equal(clean.name, 'clean');
  assert.deepEqual(clean.requires, ['text']);
  assert.deepEqual(clean.provides, ['blocks', 'publication-date']);
});

test('seed 000: a leading date-line, the dateline Moscow, and the closing agency signature', (t) => {
  const dir = seedsDir();
  if (!dir) return t.skip('../shared not found: seed tests skipped');
  const text = readFileSync(join(dir, '000_c73d3f9e03a28da9.txt'), 'utf8');
  const doc = cleaned(text);
  assert.deepEqual(doc.publicationDate, {
    value: '2025-05-11',
    source: 'date-line',
    span: { start: 1, end: 16 },
  });
  assert.equal(doc.dateline?.place, 'Moscow');
  assert.equal(doc.text.slice(doc.dateline?.start, doc.dateline?.end), 'MOSCOW —');
  const kinds = doc.blocks.map((b) => b.kind);
  assert.deepEqual(kinds.slice(0, 3), ['date-line', 'dateline', 'body']);
  assert.equal(doc.blocks[2]?.start, (doc.dateline?.end ?? 0) + 1, 'the body starts right after the dash');
  const signature = doc.blocks.at(-1);
  assert.equal(signature?.kind, 'byline');
  assert.equal(doc.text.slice(signature?.start, signature?.end), '— VNS');
  const lastBody = doc.blocks.at(-2);
  assert.equal(lastBody?.kind, 'body');
  assert.equal(doc.text.slice(lastBody?.end, signature?.start), ' ', 'the body ends at the signature');
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '').length;
  assert.equal(kinds.filter((k) => k === 'body').length, paragraphs, 'one body block per paragraph');
});

test('seed 001: title, subtitle, byline date 2025-05-09, and no body inside the Related posts block', (t) => {
  const dir = seedsDir();
  if (!dir) return t.skip('../shared not found: seed tests skipped');
  const text = readFileSync(join(dir, '001_5d2d2761fa13697b.txt'), 'utf8');
  const doc = cleaned(text);
  const lines = text.split('\n');
  const blocks = blockTexts(doc);
  assert.deepEqual(blocks[0], ['title', lines[0]]);
  assert.deepEqual(blocks[1], ['subtitle', lines[1]]);
  assert.equal(doc.publicationDate?.value, '2025-05-09');
  assert.equal(doc.publicationDate?.source, 'byline');
  assert.equal(doc.dateline, null);
  const related = doc.blocks.find((b) => b.kind === 'boilerplate');
  assert.ok(related);
  assert.equal(related.rule, 'en.boilerplate.related-posts');
  const headingLine = lines.findIndex((l) => /Related posts:$/.test(l));
  assert.equal(related.start, lines.slice(0, headingLine).join('\n').length + 1, 'it starts at the heading');
  assert.equal(related.end, text.trimEnd().length, 'and runs to the end');
  assert.deepEqual(blocks.at(-2), ['byline', lines[headingLine - 1]], 'the line above is the byline');
  for (const b of doc.blocks.filter((b) => b.kind === 'body')) {
    assert.ok(b.end <= related.start, 'no body block inside the Related posts block');
  }
});

test('a leading date-line sets the publication date unless the input gave one', () => {
  assert.deepEqual(cleaned('date 2025-05-11\nHANOI — Talks began.').publicationDate?.value, '2025-05-11');
  const doc = cleaned('date 2025-05-11 HANOI — Talks began.', { date: '2025-05-12' });
  assert.deepEqual(doc.publicationDate, { value: '2025-05-12', source: 'input' });
  assert.equal(doc.blocks[0]?.kind, 'date-line', 'the date-line block is still marked');
});

test('datelines: place, region, date and agency before a dash or colon; the block is place and dash only', () => {
  const cases: [string, string, string][] = [
    ['MOSCOW — The leaders met.', 'Moscow', 'MOSCOW —'],
    [
      'GAZA CITY, Palestinian Territories: Israeli strikes hit.',
      'Gaza City',
      'GAZA CITY, Palestinian Territories:',
    ],
    ['WASHINGTON (AFP) - The US said.', 'Washington', 'WASHINGTON (AFP) -'],
    ['BEIJING, May 10 (Xinhua) -- China said.', 'Beijing', 'BEIJING, May 10 (Xinhua) --'],
    ['KYIV, Ukraine (AP) — Drones struck.', 'Kyiv', 'KYIV, Ukraine (AP) —'],
    ['DAR ES SALAAM – Tanzania said.', 'Dar es Salaam', 'DAR ES SALAAM –'],
    ['PORT-AU-PRINCE — Gangs attacked.', 'Port-au-Prince', 'PORT-AU-PRINCE —'],
    ['HÀ NỘI — Việt Nam said.', 'Hà Nội', 'HÀ NỘI —'],
  ];
  for (const [text, place, block] of cases) {
    const doc = cleaned(text);
    assert.equal(doc.dateline?.place, place, text);
    assert.deepEqual(blockTexts(doc)[0], ['dateline', block], text);
    assert.equal(blockTexts(doc)[1]?.[0], 'body', text);
  }
});

test('a dateline with a full date gives the publication date (source dateline)', () => {
  const doc = cleaned('HANOI, May 9, 2025 (VNA) — The talks began.');
  assert.deepEqual(doc.publicationDate?.value, '2025-05-09');
  assert.equal(doc.publicationDate?.source, 'dateline');
});

test('the dateline is found after a title and a byline', () => {
  const doc = cleaned('Leaders meet in Moscow\nBy Jane Doe, Reuters\nMOSCOW — The leaders met on Friday.');
  assert.deepEqual(
    blockTexts(doc).map(([k]) => k),
    ['title', 'byline', 'dateline', 'body'],
  );
  assert.equal(doc.blocks[1]?.rule, 'en.byline.by-author');
});

test('bylines with a date set the publication date only when none was found yet', () => {
  assert.equal(
    cleaned('The minister arrived.\nDaily Courier – June 3, 2024').publicationDate?.value,
    '2024-06-03',
  );
  assert.equal(
    cleaned('The minister arrived.\nPublished: 9 May 2025 10:30').publicationDate?.value,
    '2025-05-09',
  );
  assert.equal(
    cleaned('The minister arrived.\nPosted on 2025-05-09T08:00:00Z').publicationDate?.value,
    '2025-05-09',
  );
  const doc = cleaned('date 2025-05-11 The minister arrived.\nDaily Courier – June 3, 2024');
  assert.deepEqual(doc.publicationDate?.source, 'date-line');
});

test('a dateline date comes before a byline date; the first byline stating a full date gives it', () => {
  const first = cleaned('By Jane Doe\nHANOI, May 9, 2025 (VNA) — Talks began.\nDaily Courier – June 3, 2024');
  assert.deepEqual(first.publicationDate, {
    value: '2025-05-09',
    source: 'dateline',
    span: { start: 12, end: 38 },
  });
  const second = cleaned('Talks began.\nBy Jane Doe\nDaily Courier – June 3, 2024\nJune 4, 2024 | Sample Times');
  assert.deepEqual(second.publicationDate, {
    value: '2024-06-03',
    source: 'byline',
    span: { start: 25, end: 53 },
  });
});

test('no stated date leaves the publication date null (never today)', () => {
  assert.equal(cleaned('The minister arrived on Thursday.\nDaily Courier').publicationDate, null);
  assert.equal(cleaned('The minister arrived.\nDaily Courier – June 3').publicationDate, null);
  assert.equal(cleaned('').publicationDate, null);
});

test('title and subtitle: short first lines without a final period, followed by more text', () => {
  const doc = cleaned('Leaders meet in Moscow\nA first visit since the election\nThe leaders met on Friday.');
  assert.deepEqual(
    blockTexts(doc).map(([k]) => k),
    ['title', 'subtitle', 'body'],
  );
  assert.deepEqual(
    blockTexts(cleaned('Leaders meet in Moscow\n\nThe leaders met.\nThey talked.')).map(([k]) => k),
    ['title', 'body', 'body'],
  );
});

test('a known title (JSONL or HTML) is marked even when it would not pass as a heading', () => {
  const doc = cleaned('Leaders meet.\nThe leaders met on Friday.', { title: 'Leaders meet.' });
  assert.equal(doc.blocks[0]?.kind, 'title');
});

test('boilerplate lines are marked with their rule; body around them stays body', () => {
  const text = [
    'The leaders met on Friday.',
    'Share this article',
    'We use cookies to improve your experience.',
    'They signed two agreements.',
    'Subscribe to our newsletter',
    'Click here to read the full statement',
    '© 2024 Daily Courier. All rights reserved.',
    'READ MORE: Ministers meet in Geneva',
    'Advertisement',
  ].join('\n');
  const got = cleaned(text).blocks.map((b) => b.rule ?? b.kind);
  assert.deepEqual(got, [
    'body',
    'en.boilerplate.share',
    'en.boilerplate.cookies',
    'body',
    'en.boilerplate.newsletter',
    'en.boilerplate.click-here',
    'en.boilerplate.rights',
    'en.boilerplate.read-more-inline',
    'en.boilerplate.advertisement',
  ]);
});

test('a boilerplate heading sets aside everything after it, bylines and body-like lines included', () => {
  for (const heading of [
    'Related posts',
    'Read more',
    'Related articles',
    'You may also like',
    'More from World',
    'Most read',
  ]) {
    const doc = cleaned(
      `The leaders met.\n\n${heading}\nPutin visits Hanoi. A long item.\nBy Jane Doe, Reuters`,
    );
    assert.deepEqual(
      blockTexts(doc).map(([k]) => k),
      ['body', 'boilerplate'],
      heading,
    );
    assert.ok(blockTexts(doc)[1]?.[1].startsWith(heading));
  }
});

test('wrapped lines of one paragraph make one body block; sentence-final lines start new ones', () => {
  const text = 'The leaders met in Moscow on Friday and\nagreed to expand trade.\nThey also signed a treaty.';
  assert.deepEqual(blockTexts(cleaned(text)), [
    ['body', 'The leaders met in Moscow on Friday and\nagreed to expand trade.'],
    ['body', 'They also signed a treaty.'],
  ]);
});

test('CRLF line endings keep offsets valid', () => {
  const doc = cleaned(
    'Leaders meet in Moscow\r\n\r\nMOSCOW — The leaders met.\r\nDaily Courier – June 3, 2024\r\n',
  );
  assert.deepEqual(blockTexts(doc), [
    ['title', 'Leaders meet in Moscow'],
    ['dateline', 'MOSCOW —'],
    ['body', 'The leaders met.'],
    ['byline', 'Daily Courier – June 3, 2024'],
  ]);
});

test('an agency signature on its own last line is a byline', () => {
  assert.deepEqual(blockTexts(cleaned('The leaders met.\n— VNA/VNS')).at(-1), ['byline', '— VNA/VNS']);
});
