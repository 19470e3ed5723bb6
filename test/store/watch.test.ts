/** `parley ingest --watch DIR`: a file that appears in the folder is ingested; Ctrl-C stops cleanly. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot } from '../helpers/repo.js';
import { storedArticles as count } from '../helpers/store-count.js';
import { meetingArticle } from '../helpers/store-corpus.js';

const work = mkdtempSync(join(tmpdir(), 'parley-watch-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('ingest --watch', () => {
  it('ingests a new file, then stops on SIGINT', async () => {
    const inbox = join(work, 'inbox');
    const db = join(work, 'watch.db');
    const first = meetingArticle(1);
    const second = meetingArticle(2);
    rmSync(inbox, { recursive: true, force: true });
    mkdirSync(inbox);
    writeFileSync(join(inbox, first.name), first.text);
    const child = spawn(process.execPath, [join(repoRoot(), 'bin', 'parley'), 'ingest', '--watch', inbox, '--interval', '1', '--db', db], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 300 && !stderr.includes('watching'); i++) await new Promise((r) => setTimeout(r, 50));
      assert.ok(stderr.includes('watching'), `started watching: ${stderr}`);
      assert.equal(count(db), 1);
      writeFileSync(join(inbox, second.name), second.text);
      for (let i = 0; i < 200 && count(db) < 2; i++) await new Promise((r) => setTimeout(r, 50));
      assert.equal(count(db), 2, 'the new file was ingested');
    } finally {
      child.kill('SIGINT');
    }
    assert.equal(await exited, 0);
    assert.ok(stderr.includes('stopped watching'));
  });
});
