import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeUtf8, firstInvalidUtf8Offset } from '../../src/ingest/decode.js';
import { kindFromPath, sniffKind } from '../../src/ingest/file-kind.js';
import { isoDate } from '../../src/ingest/iso-date.js';

test('firstInvalidUtf8Offset finds lone, truncated, overlong and surrogate sequences', () => {
  const at = (...bytes: number[]) => firstInvalidUtf8Offset(new Uint8Array(bytes));
  assert.equal(at(0x41, 0xc3, 0xa9), -1); // "Aé"
  assert.equal(at(0x41, 0xe9, 0x41), 1); // Latin-1 é
  assert.equal(at(0x41, 0xe1, 0xbb), 1); // truncated 3-byte sequence
  assert.equal(at(0xc0, 0xaf), 0); // overlong "/"
  assert.equal(at(0x41, 0xed, 0xa0, 0x80), 1); // UTF-16 surrogate
  assert.equal(at(0xf4, 0x90, 0x80, 0x80), 0); // above U+10FFFF
});

test('decodeUtf8 refuses NUL bytes and invalid UTF-8, and normalises to NFC', () => {
  assert.deepEqual(decodeUtf8(new Uint8Array([0x41, 0x00])), { ok: false, problem: 'binary' });
  assert.deepEqual(decodeUtf8(new Uint8Array([0x41, 0xff])), {
    ok: false,
    problem: 'invalid-utf8',
    offset: 1,
  });
  assert.deepEqual(decodeUtf8(Buffer.from('Vie\u0323\u0302t')), { ok: true, text: 'Việt' });
});

test('file kinds by extension; unknown extensions are reported with their extension', () => {
  assert.deepEqual(kindFromPath('a/b.JSONL'), { ok: true, kind: 'jsonl' });
  assert.deepEqual(kindFromPath('README'), { ok: true, kind: 'text' });
  assert.deepEqual(kindFromPath('x.PDF'), { ok: false, ext: '.pdf' });
  assert.equal(sniffKind('  \n{"id":1}'), 'jsonl');
  assert.equal(sniffKind('\n<!DOCTYPE html>'), 'html');
  assert.equal(sniffKind('MOSCOW — text'), 'text');
});

test('isoDate accepts dates and ISO timestamps, and refuses other forms and impossible days', () => {
  assert.equal(isoDate('2025-05-09'), '2025-05-09');
  assert.equal(isoDate('2025-05-09T10:00:00Z'), '2025-05-09');
  assert.equal(isoDate('2025-05-09T10:00:00.123+07:00'), '2025-05-09');
  assert.equal(isoDate('2024-02-29'), '2024-02-29');
  assert.equal(isoDate('2025-02-29'), null);
  assert.equal(isoDate('2025-13-01'), null);
  assert.equal(isoDate('09/05/2025'), null);
  assert.equal(isoDate('May 9, 2025'), null);
  assert.equal(isoDate('2025-05-09garbage'), null);
});
