/**
 * Issue 7's acceptance on the seed reports: `parley ingest ../shared/seeds && parley episodes` shows the four-nation
 * tour and its Russia leg, and the visit to Russia is one event reported by both articles.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadEpisodeLexicon } from '../../src/dataset/episode-lexicon.js';
import type { DatasetEvent, Episode } from '../../src/dataset/dataset-event.js';
import { defaultDataDir } from '../../src/paths.js';
import { deriveDataset } from '../../src/store/derive.js';
import { ingestInputs } from '../../src/store/ingest.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { listEpisodes, queryEvents } from '../../src/store/read-dataset.js';
import { coder } from '../helpers/coder.js';
import { seedsDir } from '../helpers/repo.js';

const seeds = seedsDir();

describe('the seed reports as a dataset', { skip: seeds ? false : '../shared/seeds is not beside the checkout' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-seeds-'));
  let store: Store;
  let events: DatasetEvent[];
  let episodes: Episode[];
  before(async () => {
    store = await openStore(join(dir, 'seeds.db'));
    await ingestInputs(store, coder(), [seeds!]);
    await deriveDataset(store, loadEpisodeLexicon(defaultDataDir()));
    events = [];
    for await (const e of queryEvents(store)) events.push(e);
    episodes = await listEpisodes(store);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has the visit to Russia once, with mentions from both reports', () => {
    const visits = events.filter((e) => e.code === '042' && e.source?.name === 'Tô Lâm' && e.target?.code === 'RUS');
    assert.equal(visits.length, 1);
    const [visit] = visits;
    assert.equal(visit!.num_articles, 2);
    assert.ok(visit!.num_mentions >= 2);
    assert.equal(new Set(visit!.mentions.map((m) => m.doc_id)).size, 2);
    assert.equal(visit!.date, '2025-05-08');
    assert.equal(visit!.date_end, '2025-05-11');
  });

  it('has the tour Kazakhstan → Azerbaijan → Russia → Belarus, 5-12 May 2025', () => {
    const tours = episodes.filter((e) => e.kind === 'tour');
    assert.equal(tours.length, 1);
    const [tour] = tours;
    assert.deepEqual(tour!.traveller, { code: 'VNMGOV', name: 'Tô Lâm' });
    assert.deepEqual(tour!.stops.map((s) => s.country), ['KAZ', 'AZE', 'RUS', 'BLR']);
    assert.equal(tour!.start, '2025-05-05');
    assert.equal(tour!.end, '2025-05-12');
    assert.equal(tour!.sources.length, 2);
  });

  it('has the Russia leg, 8-11 May, with the talks, the signing and the meetings', () => {
    const tour = episodes.find((e) => e.kind === 'tour')!;
    const leg = episodes.find((e) => e.parent === tour.id && e.stops[0]!.country === 'RUS');
    assert.ok(leg, 'a Russia leg');
    assert.equal(leg.start, '2025-05-08');
    assert.equal(leg.end, '2025-05-11');
    assert.equal(leg.stops[0]!.place, 'Moscow');
    const inside = events.filter((e) => leg.events.includes(e.event_id));
    const met = (code: string, name: string) =>
      inside.some((e) => e.code.startsWith(code) && [e.source?.name, e.target?.name].includes(name) && [e.source?.name, e.target?.name].includes('Tô Lâm'));
    assert.ok(met('04', 'Vladimir Putin'), 'talks with Putin');
    assert.ok(met('05', 'Vladimir Putin'), 'documents signed');
    for (const name of ['Mikhail Mishustin', 'Valentina Matviyenko', 'Vyacheslav Volodin', 'Dmitry Medvedev', 'Gennady Zyuganov']) {
      assert.ok(met('04', name), `meeting with ${name}`);
    }
    const leaders = new Set(
      inside.filter((e) => e.code === '040').flatMap((e) => [e.source?.country, e.target?.country]).filter((c) => c && c !== 'VNM' && c !== 'RUS'),
    );
    assert.equal(leaders.size, 7, `bilateral meetings with seven foreign leaders: ${[...leaders].join(' ')}`);
  });
});
