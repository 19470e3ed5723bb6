import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { articles, collect, errors, tmpFiles } from '../helpers/tmp-files.js';

const stdinOf = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));

test('no paths reads standard input; plain text is one article from <stdin>', async () => {
  const items = await collect(
    readInputs([], { stdin: stdinOf('HANOI — The minister ', 'met his counterpart.') }),
  );
  assert.deepEqual(articles(items), [
    { id: 'stdin', text: 'HANOI — The minister met his counterpart.', origin: { file: '<stdin>' } },
  ]);
});

test('standard input starting with "{" is JSONL, streamed line by line with line numbers', async () => {
  const items = await collect(
    readInputs(['-'], { stdin: stdinOf('\n  {"id":"a","text":"A"}\n', 'oops\n{"text":"C"}\n') }),
  );
  assert.deepEqual(
    items.map((i) =>
      i.kind === 'article'
        ? `${i.article.id}@${i.article.origin.line}`
        : `${i.error.code}@${i.error.where.line}`,
    ),
    ['a@2', 'input.bad-jsonl@3', '<stdin>:4@4'],
  );
});

test('standard input starting with "<" is HTML', async () => {
  const [a] = articles(
    await collect(readInputs([], { stdin: stdinOf('  <html><body><p>Hi</p></body></html>') })),
  );
  assert.equal(a?.html, '  <html><body><p>Hi</p></body></html>');
  assert.equal(a?.text, undefined);
});

test('empty standard input is input.empty', async () => {
  const [e] = errors(await collect(readInputs([], { stdin: stdinOf() })));
  assert.equal(e?.code, 'input.empty');
  assert.equal(e?.where.file, '<stdin>');
});

test('"-" among paths reads standard input in its place', async () => {
  const dir = tmpFiles({ 'a.txt': 'A', 'b.txt': 'B' });
  const got = articles(
    await collect(
      readInputs([join(dir, 'a.txt'), '-', join(dir, 'b.txt')], { stdin: stdinOf('from stdin') }),
    ),
  );
  assert.deepEqual(
    got.map((a) => a.id),
    ['a.txt', 'stdin', 'b.txt'],
  );
});
