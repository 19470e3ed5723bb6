/**
 * Issue 8's acceptance through the API, on the seed reports: filtered to Việt Nam ↔ Russia, the visit is one event
 * whose evidence comes from both reports with the actors and the trigger marked, and its episode is the four-nation
 * tour with every stop placed on the map in travel order.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.js';
import type { EpisodeDetail, EventDetail, EventPage } from '../../src/api/api-types.js';
import { apiContext } from '../../src/api/serve.js';
import { loadEpisodeLexicon } from '../../src/dataset/episode-lexicon.js';
import { deriveDataset } from '../../src/store/derive.js';
import { ingestInputs } from '../../src/store/ingest.js';
import type { Store } from '../../src/store/open-store.js';
import { sqliteBackend } from '../helpers/backends.js';
import { coder } from '../helpers/coder.js';
import { dataDir, seedsDir } from '../helpers/repo.js';

const seeds = seedsDir();

describe('the seed reports through the API', { skip: seeds ? false : '../shared/seeds is not beside the checkout' }, () => {
  let store: Store;
  let app: Hono;
  const get = async <T>(path: string): Promise<T> => {
    const res = await app.request(path);
    assert.equal(res.status, 200, path);
    return (await res.json()) as T;
  };
  before(async () => {
    store = await sqliteBackend.open();
    await ingestInputs(store, coder(), [seeds!]);
    await deriveDataset(store, loadEpisodeLexicon(dataDir()));
    app = createApp(apiContext({ store, dataDir: dataDir(), token: null, maxBodyBytes: 1000 }), {
      webRoot: null,
      dataDir: dataDir(),
      version: 'test',
      log: () => undefined,
    });
  });
  after(async () => {
    await sqliteBackend.drop(store);
  });

  it('finds the visit between Việt Nam and Russia, with evidence from both reports, and its tour of four stops', async () => {
    const page = await get<EventPage>('/api/events?dyad=VNM-RUS&code=042&sort=-mentions');
    const visit = page.events.find((e) => e.source?.code.startsWith('VNM') && e.target?.code === 'RUS');
    assert.ok(visit, 'the visit to Russia');
    const detail = await get<EventDetail>(`/api/events/${visit.event_id}`);
    assert.equal(new Set(detail.reports.map((r) => r.article)).size, 2, 'reports from both articles');
    for (const r of detail.reports) {
      assert.deepEqual(new Set(r.spans.map((s) => s.kind)), new Set(['source', 'target', 'trigger']), r.sentence);
    }
    const tour = detail.episodes.find((e) => e.kind === 'tour');
    assert.ok(tour, 'the visit belongs to a tour');
    const itinerary = await get<EpisodeDetail>(`/api/episodes/${tour.id}`);
    assert.deepEqual(itinerary.episode.stops.map((s) => s.country), ['KAZ', 'AZE', 'RUS', 'BLR']);
    for (const s of itinerary.episode.stops) assert.ok(s.lat !== null && s.lon !== null, s.country);
    assert.ok(itinerary.events.some((e) => e.root === '05' || e.code === '057'), 'the agreements are among its events');
  });
});
