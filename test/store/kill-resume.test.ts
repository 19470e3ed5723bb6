/**
 * `parley ingest` killed with SIGKILL in the middle of a run, then run again, must leave exactly the store one clean
 * run leaves: nothing committed is lost, nothing is stored twice, and the deduplication left undone is finished.
 * Also: ingesting the same inputs twice changes nothing.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot } from '../helpers/repo.js';
import { storedArticles } from '../helpers/store-count.js';
import { meetingArticle } from '../helpers/store-corpus.js';
import { tmpFiles } from '../helpers/tmp-files.js';

const bin = join(repoRoot(), 'bin', 'parley');
const ARTICLES = 300;
const corpus = tmpFiles(Object.fromEntries(Array.from({ length: ARTICLES }, (_, i) => meetingArticle(i)).map((f) => [f.name, f.text])));
const work = mkdtempSync(join(tmpdir(), 'parley-kill-'));
after(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
});

function parley(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, `parley ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Events (without the time they were first stored) and episodes. */
function dataset(db: string): string {
  const events = parley(['events', '--db', db])
    .trim()
    .split('\n')
    .map((l) => JSON.stringify({ ...JSON.parse(l), added: '-' }));
  return [...events, parley(['episodes', '--db', db, '--format', 'json'])].join('\n');
}

describe('ingest after kill -9', () => {
  it('gives exactly the result of one clean run', async () => {
    const clean = join(work, 'clean.db');
    parley(['ingest', corpus, '--db', clean]);
    const expected = dataset(clean);
    assert.ok(expected.split('\n').length > ARTICLES, 'the corpus gives events');

    const killed = join(work, 'killed.db');
    const child = spawn(process.execPath, [bin, 'ingest', corpus, '--db', killed, '--batch', '3'], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let atKill = 0;
    for (let tries = 0; tries < 3000; tries++) {
      atKill = storedArticles(killed);
      if (atKill >= 30) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    await exited;
    assert.ok(atKill >= 30 && atKill < ARTICLES, `killed mid-ingest (${atKill} of ${ARTICLES} articles stored)`);
    assert.ok(storedArticles(killed) < ARTICLES, 'the run did not finish');

    parley(['ingest', corpus, '--db', killed]);
    assert.equal(storedArticles(killed), ARTICLES);
    assert.equal(dataset(killed), expected);

    // And once more: nothing changes.
    parley(['ingest', corpus, '--db', killed]);
    assert.equal(dataset(killed), expected);
  });
});
