/** `parley serve`: starts on a free port, prints the URL, answers the API and the UI, stops on SIGTERM. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadEpisodeLexicon } from '../../src/dataset/episode-lexicon.js';
import { deriveDataset } from '../../src/store/derive.js';
import { ingestInputs } from '../../src/store/ingest.js';
import { openStore } from '../../src/store/open-store.js';
import { coder } from '../helpers/coder.js';
import { dataDir, repoRoot } from '../helpers/repo.js';
import { tripStory } from '../helpers/store-corpus.js';
import { tmpFiles } from '../helpers/tmp-files.js';

const work = mkdtempSync(join(tmpdir(), 'parley-serve-'));
after(() => rmSync(work, { recursive: true, force: true }));
const bin = join(repoRoot(), 'bin', 'parley');

describe('parley serve', () => {
  it('serves the store on the port it prints, and stops cleanly on SIGTERM', async () => {
    const db = join(work, 'served.db');
    const store = await openStore(db);
    await ingestInputs(store, coder(), [tmpFiles(Object.fromEntries(tripStory().map((f) => [f.name, f.text])))]);
    await deriveDataset(store, loadEpisodeLexicon(dataDir()));
    await store.close();

    const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 300 && !/Open (http\S+)/u.test(stdout); i++) await new Promise((r) => setTimeout(r, 50));
      const url = /Open (http:\/\/127\.0\.0\.1:\d+\/)/u.exec(stdout)?.[1];
      assert.ok(url, `printed its URL: ${stdout} ${stderr}`);
      const stats = await fetch(`${url}api/stats`);
      assert.equal(stats.status, 200);
      assert.equal(((await stats.json()) as { articles: number }).articles, 4);
      const post = await fetch(`${url}api/articles`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      assert.equal(post.status, 403, 'read-only without a token');
      const page = await fetch(url);
      if (existsSync(join(repoRoot(), 'dist', 'web', 'index.html'))) {
        assert.equal(page.status, 200);
        assert.match(page.headers.get('content-type') ?? '', /text\/html/u);
      } else {
        assert.equal(page.status, 503, 'says the UI is not built');
      }
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, stderr);
  });

  it('refuses a store that does not exist, saying how to make one', () => {
    const r = spawnSync(process.execPath, [bin, 'serve', '--db', join(work, 'nothing.db'), '--port', '0'], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no store at .*nothing\.db/u);
    assert.match(r.stderr, /parley ingest/u);
  });
});
