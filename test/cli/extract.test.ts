/** `parley extract` as a user runs it: JSONL out, one-line errors naming the file, the batch goes on. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../../src/paths.js';

const bin = join(repoRoot(), 'bin', 'parley');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: input ?? '', timeout: 60_000 });

function tmp(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('parley extract', () => {
  it('writes one JSON event per line for a text file', () => {
    const dir = tmp({ 'a.txt': 'Japan paid an official visit to Vietnam on Monday.\n' });
    const r = run(['extract', join(dir, 'a.txt')]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 1);
    assert.equal(lines[0].doc_id, 'a.txt');
    assert.equal(lines[0].code, '042');
    assert.equal(lines[0].source.country, 'JPN');
  });

  it('reads standard input and JSONL ids', () => {
    const r = run(['extract'], '{"id":"n1","text":"Kenya hosted Ethiopia.","date":"2024-03-02"}\n');
    assert.equal(r.status, 0, r.stderr);
    const [e] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(e.doc_id, 'n1');
    assert.equal(e.date, '2024-03-02');
  });

  it('reports bad inputs on one line each, without a stack trace, and codes the rest', () => {
    const dir = tmp({
      'empty.txt': '',
      'bin.txt': Buffer.from([0x00, 0x01, 0x02, 0x03]),
      'bad.jsonl': '{"id":"ok","text":"Kenya hosted Ethiopia."}\n{not json\n',
      'good.txt': 'Japan paid an official visit to Vietnam.',
    });
    const r = run(['extract', dir]);
    assert.equal(r.status, 0);
    assert.ok(!/\n\s+at /.test(r.stderr), r.stderr);
    assert.match(r.stderr, /empty\.txt/);
    assert.match(r.stderr, /bin\.txt/);
    assert.match(r.stderr, /bad\.jsonl:2/);
    const ids = new Set(r.stdout.trim().split('\n').map((l) => JSON.parse(l).doc_id));
    assert.ok(ids.has('ok') && ids.has('good.txt'));
  });

  it('exits non-zero when nothing could be processed, or with --strict on any error', () => {
    const dir = tmp({ 'empty.txt': '', 'good.txt': 'Japan paid an official visit to Vietnam.' });
    assert.equal(run(['extract', join(dir, 'empty.txt')]).status, 1);
    assert.equal(run(['extract', '--strict', dir]).status, 1);
    assert.equal(run(['extract', join(dir, 'missing.txt')]).status, 1);
  });

  it('explains itself', () => {
    const r = run(['extract', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /JSONL|jsonl/);
  });
});
