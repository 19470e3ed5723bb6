/**
 * Issue 8's acceptance in a real browser: Debian's chromium, driven by playwright-core, on `parley serve`'s API and
 * the built web UI over a store of the demo corpus and the seed reports. Filter to Việt Nam ↔ Russia, open the visit
 * (with the keyboard), see both seed reports' evidence highlighted, open the tour and see its four stops on the map.
 * A full-page screenshot of each step goes to test-artifacts/.
 *
 * Skips when ../shared/seeds is absent. Without /usr/bin/chromium or a built UI (`npm run build` writes dist/web,
 * beside the compiled tests) it skips locally and fails in CI (process.env.CI).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/api/serve.js';
import { loadEpisodeLexicon } from '../../src/dataset/episode-lexicon.js';
import { deriveDataset } from '../../src/store/derive.js';
import { ingestInputs } from '../../src/store/ingest.js';
import type { Store } from '../../src/store/open-store.js';
import { sqliteBackend } from '../helpers/backends.js';
import { coder } from '../helpers/coder.js';
import { dataDir, repoRoot, seedsDir } from '../helpers/repo.js';

const CHROMIUM = '/usr/bin/chromium';
const ci = Boolean(process.env.CI);
const seeds = seedsDir();
/** The UI built by `npm run build`: <outDir>/web beside <outDir>/test/web/ (dist/web in the checkout). */
const webDir = fileURLToPath(new URL('../../web/', import.meta.url));
const haveWeb = existsSync(join(webDir, 'index.html'));
const haveChromium = existsSync(CHROMIUM);

/** Polls `check` until it holds (10 s at most). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting until ${what}`);
}

function skipReason(): string | false {
  if (!seeds) return '../shared/seeds is not beside the checkout';
  if (!ci && !haveChromium) return `${CHROMIUM} is not installed (CI installs it; locally: apt-get install chromium)`;
  if (!ci && !haveWeb) return `the web UI is not built in ${webDir} (run npm run build)`;
  return false;
}

describe('the web UI in chromium', { skip: skipReason(), timeout: 180_000 }, () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const artifacts = join(repoRoot(), 'test-artifacts');
  const problems: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(artifacts, name), fullPage: true });

  before(async () => {
    assert.ok(haveChromium, `${CHROMIUM} is missing: CI must install Debian's chromium before the tests`);
    assert.ok(haveWeb, `the built web UI is missing in ${webDir}: npm run build must run before the tests`);
    mkdirSync(artifacts, { recursive: true });
    store = await sqliteBackend.open();
    await ingestInputs(store, coder(), [join(repoRoot(), 'demo', 'articles'), seeds!]);
    await deriveDataset(store, loadEpisodeLexicon(dataDir()));
    server = await startServer({
      store,
      dataDir: dataDir(),
      port: 0,
      host: '127.0.0.1',
      token: null,
      webRoot: webDir,
      maxBodyBytes: 1_000_000,
      version: 'test',
      log: () => undefined,
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} from ${r.url()}`);
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (store) await sqliteBackend.drop(store);
  });

  it('filters to Việt Nam ↔ Russia, shows the visit with both reports highlighted, and draws the tour', async () => {
    // 1. The UI loads with the event table.
    await page.goto(server.url);
    await page.getByTestId('event-table').waitFor();
    assert.match((await page.title()) ?? '', /Parley/);
    await shot('01-events.png');

    // 2. Filter to the dyad VNM-RUS: every row is then between Việt Nam and Russia.
    await page.getByTestId('filter-dyad').fill('VNM-RUS');
    await page.getByTestId('filter-apply').click();
    // Waits go through locators, never page.waitForFunction: the server's content security policy forbids eval.
    await page.waitForURL(/dyad=VNM-RUS/u);
    await until(async () => {
      const rows = await page.getByTestId('event-row').allTextContents();
      return rows.length > 0 && rows.every((r) => /VNM/u.test(r) && /RUS/u.test(r));
    }, 'every row is between VNM and RUS');
    await shot('02-filtered.png');

    // 3. The visit: code 042, source VNM…, target RUS. Opened from the keyboard: focus the row, press Enter.
    const visit = page
      .getByTestId('event-row')
      .filter({ has: page.locator('td:nth-child(2)', { hasText: /^VNM/ }) })
      .filter({ has: page.locator('td:nth-child(3)', { hasText: /^042\b/ }) })
      .filter({ has: page.locator('td:nth-child(4)', { hasText: /^RUS/ }) });
    assert.equal(await visit.count(), 1, 'one visit of Việt Nam to Russia in the table');
    await visit.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('event-detail').waitFor();
    await page.getByTestId('report').first().waitFor();

    // 4. Reports from both seed articles, each sentence with its source, target and trigger marked.
    const reports = page.getByTestId('report');
    const docs = new Set<string>();
    for (let i = 0; i < (await reports.count()); i++) {
      const report = reports.nth(i);
      docs.add((await report.getAttribute('data-doc')) ?? '');
      for (const kind of ['source', 'target', 'trigger']) {
        const marks = report.getByTestId(`span-${kind}`);
        assert.ok((await marks.count()) > 0, `report ${i + 1} has a ${kind} highlighted`);
        assert.ok(((await marks.first().textContent()) ?? '').trim().length > 0, `report ${i + 1}: the ${kind} mark has text`);
        assert.match((await marks.first().getAttribute('title')) ?? '', /\w/, `report ${i + 1}: the ${kind} mark says what it is`);
      }
    }
    for (const seed of readdirSync(seeds!)) assert.ok(docs.has(seed), `a report from the seed article ${seed} (reports from: ${[...docs].join(', ')})`);
    await shot('03-event.png');

    // 5. The tour that contains the visit: four stops in travel order, each a numbered point on the map.
    const tourLink = page.getByTestId('episode-link').filter({ hasText: /^Tour/ });
    assert.equal(await tourLink.count(), 1, 'the visit links to its tour');
    await tourLink.click();
    await page.getByTestId('episode-view').waitFor();
    await page.getByTestId('episode-stop').first().waitFor();
    const stops = await page.getByTestId('episode-stop').allTextContents();
    const expected = ['Kazakhstan', 'Azerbaijan', 'Russia', 'Belarus'];
    assert.equal(stops.length, 4, `four stops: ${stops.join(' | ')}`);
    expected.forEach((country, i) => assert.match(stops[i]!, new RegExp(country), `stop ${i + 1} is ${country}`));
    const map = page.getByTestId('map');
    await map.waitFor();
    assert.equal(await map.getByTestId('map-stop').count(), 4, 'four stops drawn on the map');
    // The countries are drawn once the bundled world map has loaded (no network).
    await map.locator('.map-country').nth(100).waitFor();
    await shot('04-episode.png');

    assert.deepEqual(problems, [], 'no page errors and no failed requests');
  });

  it('draws the timeline, the network and the map of the filtered events', async () => {
    await page.getByTestId('tab-timeline').click();
    await page.waitForURL(/timeline/u);
    await page.locator('svg.chart .bar').first().waitFor();
    assert.ok((await page.locator('svg.chart').count()) > 0, 'a chart per dyad');
    await shot('05-timeline.png');

    await page.getByTestId('tab-network').click();
    await page.locator('svg.network').waitFor();
    const nodes = await page.locator('svg.network').textContent();
    assert.match(nodes ?? '', /VNM|Vietnam/u);
    assert.match(nodes ?? '', /RUS|Russia/u);
    await shot('06-network.png');

    await page.getByTestId('tab-map').click();
    await page.locator('circle.place').first().waitFor();
    await shot('07-map.png');
    assert.deepEqual(problems, [], 'no page errors and no failed requests');
  });
});
