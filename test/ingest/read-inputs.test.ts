import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { articles, collect, errors, tmpFiles } from '../helpers/tmp-files.js';

const read = async (paths: string[]) => collect(readInputs(paths));

test('a plain-text file becomes one article: id is the file name, origin the path as given', async () => {
  const dir = tmpFiles({ 'report.txt': 'MOSCOW — The two leaders met.\n' });
  const path = join(dir, 'report.txt');
  const [item] = await read([path]);
  assert.deepEqual(item, {
    kind: 'article',
    article: { id: 'report.txt', text: 'MOSCOW — The two leaders met.\n', origin: { file: path } },
  });
});

test('.text, .md, no extension and an upper-case .TXT are plain text; .html, .htm, .xhtml are HTML', async () => {
  const dir = tmpFiles({
    'a.text': 'one',
    'b.md': 'two',
    c: 'three',
    'd.TXT': 'four',
    'e.html': '<p>five</p>',
    'f.htm': '<p>six</p>',
    'g.xhtml': '<p>seven</p>',
  });
  const got = articles(await read([dir]));
  assert.deepEqual(
    got.map((a) => [a.id, a.text ?? null, a.html ?? null]),
    [
      ['a.text', 'one', null],
      ['b.md', 'two', null],
      ['c', 'three', null],
      ['d.TXT', 'four', null],
      ['e.html', null, '<p>five</p>'],
      ['f.htm', null, '<p>six</p>'],
      ['g.xhtml', null, '<p>seven</p>'],
    ],
  );
});

test('an empty or whitespace-only file is an input.empty error, and reading goes on', async () => {
  const dir = tmpFiles({ 'a-empty.txt': '', 'b-blank.txt': ' \n\t\n', 'c-good.txt': 'Text.' });
  const items = await read([dir]);
  assert.deepEqual(
    errors(items).map((e) => [e.code, e.where.file]),
    [
      ['input.empty', join(dir, 'a-empty.txt')],
      ['input.empty', join(dir, 'b-blank.txt')],
    ],
  );
  assert.deepEqual(
    articles(items).map((a) => a.id),
    ['c-good.txt'],
  );
  assert.ok(errors(items)[0]?.hint, 'an error tells the user what to do');
});

test('a file with NUL bytes is binary: input.binary', async () => {
  const dir = tmpFiles({ 'scan.txt': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]) });
  const [e] = errors(await read([join(dir, 'scan.txt')]));
  assert.equal(e?.code, 'input.binary');
  assert.match(e?.hint ?? '', /pdftotext/);
});

test('invalid UTF-8 is an input.invalid-utf8 error naming the byte offset', async () => {
  // "Caf" then a lone Latin-1 "é" (0xE9) at byte 3.
  const dir = tmpFiles({ 'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]) });
  const [e] = errors(await read([join(dir, 'latin1.txt')]));
  assert.equal(e?.code, 'input.invalid-utf8');
  assert.match(e?.message ?? '', /byte offset 3\b/);
  assert.equal(e?.where.file, join(dir, 'latin1.txt'));
});

test('the byte offset of invalid UTF-8 counts a stripped BOM', async () => {
  const dir = tmpFiles({ 'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]) });
  const [e] = errors(await read([join(dir, 'bom.txt')]));
  assert.match(e?.message ?? '', /byte offset 4\b/);
});

test('a UTF-8 byte order mark is stripped', async () => {
  const dir = tmpFiles({ 'bom.txt': '\uFEFFHANOI — Text.' });
  const [a] = articles(await read([join(dir, 'bom.txt')]));
  assert.equal(a?.text, 'HANOI — Text.');
});

test('text is NFC-normalised: decomposed "Vie\\u0323\\u0302t" becomes "Việt"', async () => {
  const dir = tmpFiles({ 'nfd.txt': 'Vie\u0323\u0302t Nam', 'nfd.html': '<p>Vie\u0323\u0302t Nam</p>' });
  const got = articles(await read([dir]));
  assert.equal(got[1]?.text, 'Vi\u1EC7t Nam');
  assert.equal(got[1]?.text, 'Việt Nam');
  assert.equal(got[0]?.html, '<p>Việt Nam</p>');
});

for (const ext of ['.pdf', '.png', '.docx', '.zip']) {
  test(`a ${ext} file is an input.unsupported-type error`, async () => {
    const dir = tmpFiles({ [`file${ext}`]: 'whatever' });
    const [e] = errors(await read([join(dir, `file${ext}`)]));
    assert.equal(e?.code, 'input.unsupported-type');
    assert.equal(
      e?.message,
      `unsupported file type ${ext}; Parley reads .txt, .html, .jsonl, RSS/Atom feeds (.rss, .atom, .xml) and http(s) URLs`,
    );
    assert.ok(e?.hint);
  });
}

test('a missing path is an input.not-found error, and the other paths are still read', async () => {
  const dir = tmpFiles({ 'ok.txt': 'Text.' });
  const items = await read([join(dir, 'nope.txt'), join(dir, 'ok.txt')]);
  assert.equal(items[0]?.kind, 'error');
  assert.equal(errors(items)[0]?.code, 'input.not-found');
  assert.equal(errors(items)[0]?.where.file, join(dir, 'nope.txt'));
  assert.equal(articles(items)[0]?.id, 'ok.txt');
});

test('directories are walked recursively in sorted order, skipping dotfiles and dot-directories', async () => {
  const dir = tmpFiles({
    'b.txt': 'b',
    'a.txt': 'a',
    'B.txt': 'B',
    'sub/z.txt': 'z',
    'sub/deeper/m.txt': 'm',
    'c/x.txt': 'x',
    '.hidden.txt': 'hidden',
    '.git/config': 'hidden',
    'sub/.DS_Store': 'hidden',
  });
  const files = articles(await read([dir])).map((a) => a.origin.file.slice(dir.length + 1));
  assert.deepEqual(files, ['B.txt', 'a.txt', 'b.txt', 'c/x.txt', 'sub/deeper/m.txt', 'sub/z.txt']);
  const again = articles(await read([dir])).map((a) => a.origin.file.slice(dir.length + 1));
  assert.deepEqual(again, files, 'the same order every time');
});

test('a directory holding an unsupported file reports it and reads the rest', async () => {
  const dir = tmpFiles({ 'a.txt': 'a', 'b.pdf': '%PDF', 'c.jsonl': '{"id":"c1","text":"c"}\n' });
  const items = await read([dir]);
  assert.deepEqual(
    items.map((i) => (i.kind === 'article' ? i.article.id : i.error.code)),
    ['a.txt', 'input.unsupported-type', 'c1'],
  );
});
