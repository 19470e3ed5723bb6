import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { readJsonl } from '../../src/ingest/read-jsonl.js';
import { articles, collect, errors, tmpFiles } from '../helpers/tmp-files.js';

async function readLines(lines: string[], name = 'feed.jsonl') {
  const dir = tmpFiles({ [name]: lines.join('\n') });
  const file = join(dir, name);
  return { file, items: await collect(readInputs([file])) };
}

test('one article per line, with id, text or html, date, url, title, source; other fields ignored', async () => {
  const { file, items } = await readLines([
    JSON.stringify({
      id: 'a1',
      text: 'One.',
      date: '2025-05-09',
      url: 'https://x.test/a1',
      title: 'T',
      source: 'VNS',
      x: 1,
    }),
    JSON.stringify({ id: 'a2', html: '<p>Two.</p>' }),
  ]);
  assert.deepEqual(articles(items), [
    {
      id: 'a1',
      text: 'One.',
      date: '2025-05-09',
      url: 'https://x.test/a1',
      title: 'T',
      source: 'VNS',
      origin: { file, line: 1 },
    },
    { id: 'a2', html: '<p>Two.</p>', origin: { file, line: 2 } },
  ]);
});

test('a malformed line in the middle is an error naming file and line; the good lines still come out', async () => {
  const { file, items } = await readLines([
    '{"id":"a","text":"First."}',
    '{"id":"b","text": "unterminated',
    '{"id":"c","text":"Third."}',
  ]);
  assert.deepEqual(
    items.map((i) => (i.kind === 'article' ? i.article.id : `${i.error.code}@${i.error.where.line}`)),
    ['a', 'input.bad-jsonl@2', 'c'],
  );
  assert.equal(errors(items)[0]?.where.file, file);
  assert.ok(errors(items)[0]?.hint);
});

test('a missing id becomes <file>:<line>; a numeric id is kept as a string', async () => {
  const { file, items } = await readLines(['{"text":"No id."}', '{"id":42,"text":"Numbered."}']);
  assert.deepEqual(
    articles(items).map((a) => a.id),
    [`${file}:1`, '42'],
  );
});

test('date: YYYY-MM-DD, or an ISO timestamp cut to its date; anything else is an error for that line', async () => {
  const { items } = await readLines([
    '{"id":"a","text":"x","date":"2025-05-09T23:30:00+07:00"}',
    '{"id":"b","text":"x","date":"May 9, 2025"}',
    '{"id":"c","text":"x","date":"2025-02-30"}',
    '{"id":"d","text":"x","date":"2025-05-09"}',
  ]);
  assert.deepEqual(
    items.map((i) =>
      i.kind === 'article' ? `${i.article.id}=${i.article.date}` : `${i.error.code}@${i.error.where.line}`,
    ),
    ['a=2025-05-09', 'input.bad-jsonl@2', 'input.bad-jsonl@3', 'd=2025-05-09'],
  );
});

test('records without text, non-objects and empty text are errors for their lines', async () => {
  const { items } = await readLines(['{"id":"a","body":"x"}', '[1,2]', '"text"', '{"id":"d","text":"  "}']);
  assert.deepEqual(
    errors(items).map((e) => `${e.code}@${e.where.line}`),
    ['input.bad-jsonl@1', 'input.bad-jsonl@2', 'input.bad-jsonl@3', 'input.empty@4'],
  );
});

test('blank lines are skipped, CRLF endings and a BOM are handled, line numbers stay true', async () => {
  const dir = tmpFiles({ 'f.ndjson': '\uFEFF{"id":"a","text":"A"}\r\n\r\n{"id":"b","text":"B"}\r\n' });
  const got = articles(await collect(readInputs([join(dir, 'f.ndjson')])));
  assert.deepEqual(
    got.map((a) => [a.id, a.text, a.origin.line]),
    [
      ['a', 'A', 1],
      ['b', 'B', 3],
    ],
  );
});

test('text and titles are NFC-normalised', async () => {
  const { items } = await readLines([
    JSON.stringify({ id: 'a', text: 'Vie\u0323\u0302t', title: 'Vie\u0323\u0302t' }),
  ]);
  assert.equal(articles(items)[0]?.text, 'Việt');
  assert.equal(articles(items)[0]?.title, 'Việt');
});

test('invalid UTF-8 on one line is an error for that line with its byte offset; other lines are read', async () => {
  const good = Buffer.from('{"id":"a","text":"A"}\n');
  const bad = Buffer.concat([
    Buffer.from('{"id":"b","text":"'),
    Buffer.from([0xc3, 0x28]),
    Buffer.from('"}\n'),
  ]);
  const dir = tmpFiles({ 'f.jsonl': Buffer.concat([good, bad, good]) });
  const items = await collect(readInputs([join(dir, 'f.jsonl')]));
  assert.deepEqual(
    items.map((i) => (i.kind === 'article' ? i.article.id : `${i.error.code}@${i.error.where.line}`)),
    ['a', 'input.invalid-utf8@2', 'a'],
  );
  assert.match(errors(items)[0]?.message ?? '', new RegExp(`byte offset ${good.length + 18}\\b`));
});

test('an empty JSONL file, or one of blank lines, is input.empty; a binary one is input.binary', async () => {
  const dir = tmpFiles({
    'a.jsonl': '',
    'b.jsonl': '\n\n  \n',
    'c.jsonl': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]),
  });
  const items = await collect(readInputs([dir]));
  assert.deepEqual(
    errors(items).map((e) => e.code),
    ['input.empty', 'input.empty', 'input.binary'],
  );
});

test('lines split across chunks (even inside a multi-byte letter) are put back together', async () => {
  const bytes = Buffer.from('{"id":"a","text":"Tô Lâm"}\n{"id":"b","text":"Việt Nam"}\n');
  const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
  const got = articles(await collect(readJsonl(Readable.from(chunks), 'split.jsonl')));
  assert.deepEqual(
    got.map((a) => a.text),
    ['Tô Lâm', 'Việt Nam'],
  );
});

test('JSONL is streamed: the first articles come out before the input ends', async () => {
  let produced = 0;
  async function* endless() {
    for (;;) {
      produced += 1;
      yield Buffer.from(`{"id":"n${produced}","text":"x"}\n`);
    }
  }
  const seen: string[] = [];
  for await (const item of readJsonl(endless(), 'endless.jsonl')) {
    if (item.kind === 'article') seen.push(item.article.id);
    if (seen.length === 3) break;
  }
  assert.deepEqual(seen, ['n1', 'n2', 'n3']);
  assert.ok(produced < 10, `read ${produced} lines for 3 articles`);
});
