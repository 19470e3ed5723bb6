/**
 * The store contract: what every backend must do, run against each (sqlite.test.ts, postgres.test.ts). The same
 * articles must give the same dataset on every backend, in any order, however many times they are ingested.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Article } from '../../src/document.js';
import { loadEpisodeLexicon } from '../../src/dataset/episode-lexicon.js';
import { defaultDataDir } from '../../src/paths.js';
import { deriveDataset } from '../../src/store/derive.js';
import { ingestInputs } from '../../src/store/ingest.js';
import type { Store } from '../../src/store/open-store.js';
import { listEpisodes, queryEvents, storeCounts, type EventFilter } from '../../src/store/read-dataset.js';
import { coder } from '../helpers/coder.js';
import { type CorpusFile, meetingArticle, tripStory } from '../helpers/store-corpus.js';
import { tmpFiles } from '../helpers/tmp-files.js';
import { Readable } from 'node:stream';
import type { Backend } from '../helpers/backends.js';

export type { Backend };

const lex = () => loadEpisodeLexicon(defaultDataDir());
const dir = (files: readonly CorpusFile[]) => tmpFiles(Object.fromEntries(files.map((f) => [f.name, f.text])));

async function ingest(store: Store, inputs: string[], batchSize = 3) {
  const progress = await ingestInputs(store, coder(), inputs, { batchSize });
  const derived = await deriveDataset(store, lex());
  return { progress, derived };
}

/** The dataset as comparable text: events (without the time they were stored) and episodes. */
async function dump(store: Store, filter: EventFilter = {}): Promise<string> {
  const lines: string[] = [];
  for await (const e of queryEvents(store, filter)) lines.push(JSON.stringify({ ...e, added: '-' }));
  for (const ep of await listEpisodes(store)) lines.push(JSON.stringify(ep));
  return lines.join('\n');
}

async function all(store: Store, filter: EventFilter = {}) {
  const out = [];
  for await (const e of queryEvents(store, filter)) out.push(e);
  return out;
}

export function storeContract(backend: Backend): void {
  describe(`store contract: ${backend.name}`, () => {
    const trip = dir(tripStory());
    const meetings = dir(Array.from({ length: 12 }, (_, i) => meetingArticle(i)));
    let store: Store;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await backend.drop(store);
    });

    it('opens an empty store with the current schema', async () => {
      assert.deepEqual(await storeCounts(store), { articles: 0, mentions: 0, events: 0, episodes: 0, pending: 0 });
    });

    it('stores each article once, and a second ingest changes nothing', async () => {
      const first = await ingest(store, [trip, meetings]);
      assert.equal(first.progress.stored, 16);
      assert.equal(first.progress.errors, 0);
      const before = await dump(store);
      const counts = await storeCounts(store);
      const second = await ingest(store, [meetings, trip]);
      assert.equal(second.progress.stored, 0);
      assert.equal(second.progress.skipped, 16);
      assert.deepEqual(await storeCounts(store), counts);
      assert.equal(await dump(store), before);
    });

    it('joins the reports of one event across articles, counting a syndicated copy as one source', async () => {
      const visits = await all(store, { actor: 'KENGOV', code: '042' });
      const ethiopia = visits.find((e) => e.target?.code === 'ETH' && e.source?.name === 'William Ruto');
      assert.ok(ethiopia, 'the visit to Ethiopia is an event');
      assert.equal(ethiopia.date, '2024-03-11');
      assert.equal(ethiopia.num_articles, 2);
      assert.equal(ethiopia.num_mentions, 2);
      assert.equal(ethiopia.num_sources, 1, 'the Sample Times copy of the Demo Herald story is one source');
      assert.deepEqual(ethiopia.mentions.map((m) => m.doc_id).sort(), ['trip-herald-syndicated.txt', 'trip-herald.txt']);
      assert.ok(ethiopia.rules.includes('dataset.dedup.same-event'));
      const talks = (await all(store, { actor: 'KENGOV', code: '040' })).find((e) => e.target?.name === 'Abiy Ahmed');
      assert.ok(talks);
      assert.equal(talks.num_articles, 3);
      assert.equal(talks.num_sources, 2, 'the Example Gazette is a second source');
    });

    it('builds the tour with its stops in order and the talks inside the first stop', async () => {
      const episodes = await listEpisodes(store, { actor: 'KENGOV' });
      const tour = episodes.find((e) => e.kind === 'tour');
      assert.ok(tour, 'a tour');
      assert.deepEqual(tour.traveller, { code: 'KENGOV', name: 'William Ruto' });
      assert.deepEqual(
        tour.stops.map((s) => [s.country, s.start, s.end]),
        [
          ['ETH', '2024-03-11', '2024-03-12'],
          ['DJI', '2024-03-13', '2024-03-13'],
        ],
      );
      assert.equal(tour.start, '2024-03-11');
      assert.equal(tour.end, '2024-03-13');
      const leg = episodes.find((e) => e.kind === 'visit' && e.parent === tour.id && e.stops[0]!.country === 'ETH');
      assert.ok(leg);
      const talks = (await all(store, { actor: 'ETHGOV', code: '040' })).filter((e) => [e.source?.name, e.target?.name].includes('Abiy Ahmed')).map((e) => e.event_id);
      assert.ok(talks.length > 0 && talks.every((id) => leg.events.includes(id)), 'the talks are inside the visit');
      assert.deepEqual(leg.sources, ['trip-gazette.txt', 'trip-herald-syndicated.txt', 'trip-herald.txt']);
    });

    it('filters by actor, code, dates and words, and pages in date order', async () => {
      const every = await all(store);
      const days = every.map((e) => e.date ?? '');
      assert.deepEqual(days, [...days].sort(), 'oldest first');
      assert.equal(new Set(every.map((e) => e.event_id)).size, every.length, 'no event twice');
      for (const e of await all(store, { code: '04' })) assert.ok(e.code.startsWith('04'));
      for (const e of await all(store, { actor: 'DJI' })) assert.ok([e.source?.country, e.target?.country].includes('DJI'));
      const march13 = await all(store, { since: '2024-03-13', until: '2024-03-13' });
      assert.ok(march13.length > 0 && march13.every((e) => e.date === '2024-03-13' || (e.date! <= '2024-03-13' && (e.date_end ?? e.date)! >= '2024-03-13')));
      const guelleh = await all(store, { q: 'ISMAIL OMAR' });
      assert.ok(guelleh.length > 0 && guelleh.every((e) => e.mentions.some((m) => /ismail omar/iu.test(m.sentence))));
      assert.equal((await all(store, { q: '100%_' })).length, 0, 'LIKE wildcards in the words are literal');
      assert.equal((await all(store, { limit: 3 })).length, 3);
    });

    it('gives the same dataset whatever the order of the inputs', async () => {
      const other = await backend.open();
      try {
        const reversed = dir([...tripStory(), ...Array.from({ length: 12 }, (_, i) => meetingArticle(i))].reverse().map((f, i) => ({ ...f, name: `${String(i).padStart(2, '0')}-${f.name}` })));
        // Different file names give different doc ids: compare what does not depend on them.
        await ingest(other, [reversed], 5);
        const shape = async (s: Store) =>
          (await all(s)).map((e) => `${e.date} ${e.code} ${e.source?.code} ${e.target?.code} ${e.num_mentions}/${e.num_articles}/${e.num_sources}`).sort();
        assert.deepEqual(await shape(other), await shape(store));
      } finally {
        await backend.drop(other);
      }
    });

    it('replaces an article when a new version arrives at the same URL', async () => {
      const other = await backend.open();
      try {
        const article = (text: string): Article => ({ id: 'story', text, url: 'https://example.org/story', date: '2024-05-02', origin: { file: '<test>' } });
        const jsonl = (a: Article) => Readable.from([`${JSON.stringify({ id: a.id, text: a.text, url: a.url, date: a.date })}\n`]);
        const v1 = article('Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister Luis Vera in Lima on Tuesday.');
        const v2 = article('Chilean Foreign Minister Ana Rojas criticised Peruvian Foreign Minister Luis Vera in Lima on Tuesday.');
        await ingestInputs(other, coder(), ['-'], { stdin: jsonl(v1) });
        await deriveDataset(other, lex());
        assert.ok((await all(other)).some((e) => e.code.startsWith('04')));
        await ingestInputs(other, coder(), ['-'], { stdin: jsonl(v2) });
        await deriveDataset(other, lex());
        const after = await all(other);
        assert.equal((await storeCounts(other)).articles, 1);
        assert.ok(!after.some((e) => e.code.startsWith('04')), 'the old version’s meeting is gone');
        assert.ok(after.some((e) => e.code.startsWith('11')), 'the new version’s criticism is there');
      } finally {
        await backend.drop(other);
      }
    });

    it('finishes deduplication that an interrupted ingest left', async () => {
      const other = await backend.open();
      try {
        await ingestInputs(other, coder(), [trip], { batchSize: 2 });
        const pending = await storeCounts(other);
        assert.ok(pending.pending > 0 && pending.events === 0, 'groups wait for deduplication');
        await deriveDataset(other, lex());
        const done = await storeCounts(other);
        assert.equal(done.pending, 0);
        assert.ok(done.events > 0);
        await deriveDataset(other, lex());
        assert.deepEqual(await storeCounts(other), done, 'deriving again changes nothing');
      } finally {
        await backend.drop(other);
      }
    });
  });
}
