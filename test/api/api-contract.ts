/**
 * The API contract: every documented endpoint answers, its body matches the JSON Schema generated from
 * api-types.ts, the filters mean what they say, paging visits every event once, and bad requests get a 4xx that names
 * the parameter. Run on each store backend (api-sqlite.test.ts, api-postgres.test.ts) over the demo corpus, in
 * process (Hono's app.request, no port).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.js';
import type { ApiError, DatasetEvent, EpisodeList, EventDetail, EventPage } from '../../src/api/api-types.js';
import { routes } from '../../src/api/routes.js';
import { apiContext } from '../../src/api/serve.js';
import { loadEpisodeLexicon } from '../../src/dataset/episode-lexicon.js';
import { deriveDataset } from '../../src/store/derive.js';
import { ingestInputs } from '../../src/store/ingest.js';
import type { Store } from '../../src/store/open-store.js';
import { coder } from '../helpers/coder.js';
import { dataDir, repoRoot } from '../helpers/repo.js';
import type { Backend } from '../helpers/backends.js';

const TOKEN = 'test-token-0123456789';

/** A zod validator per type of api-types.ts, from data/schemas/api-types.schema.json. */
function responseValidators(): (type: string, body: unknown) => void {
  const schema = JSON.parse(readFileSync(join(dataDir(), 'schemas', 'api-types.schema.json'), 'utf8')) as { definitions: Record<string, unknown> };
  const cache = new Map<string, z.ZodType>();
  return (type, body) => {
    let v = cache.get(type);
    if (!v) {
      v = z.fromJSONSchema({ ...schema, $ref: `#/definitions/${type}` } as Parameters<typeof z.fromJSONSchema>[0]);
      cache.set(type, v);
    }
    const r = v.safeParse(body);
    assert.ok(r.success, `${type} does not match its schema: ${r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))}`);
  };
}

export function apiContract(backend: Backend): void {
  describe(`API contract: ${backend.name}`, () => {
    let store: Store;
    let app: Hono;
    const check = responseValidators();
    const get = async <T>(path: string, status = 200): Promise<T> => {
      const res = await app.request(path);
      const text = await res.text();
      assert.equal(res.status, status, `${path}: ${text.slice(0, 300)}`);
      return JSON.parse(text) as T;
    };
    const rejects = async (path: string, parameter: string, status = 400) => {
      const body = await get<ApiError>(path, status);
      check('ApiError', body);
      assert.equal(body.error.parameter, parameter, `${path}: ${body.error.message}`);
      if (status === 400) assert.match(body.error.message, new RegExp(`"${parameter}"`, 'u'), `the message names the parameter: ${body.error.message}`);
    };
    const allPages = async (query: string): Promise<DatasetEvent[]> => {
      const out: DatasetEvent[] = [];
      let cursor: string | null = null;
      for (let n = 0; n < 100; n++) {
        const page: EventPage = await get<EventPage>(`/api/events?${query}&limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        out.push(...page.events);
        cursor = page.next_cursor;
        if (!cursor) return out;
      }
      assert.fail('paging did not end');
    };

    before(async () => {
      store = await backend.open();
      await ingestInputs(store, coder(), [join(repoRoot(), 'demo', 'articles')], { batchSize: 20 });
      await deriveDataset(store, loadEpisodeLexicon(dataDir()));
      app = createApp(apiContext({ store, dataDir: dataDir(), token: TOKEN, maxBodyBytes: 20_000 }), {
        webRoot: null,
        dataDir: dataDir(),
        version: 'test',
        log: () => undefined,
      });
    });
    after(async () => {
      await backend.drop(store);
    });

    it('answers every documented GET endpoint with a body that matches its schema', async () => {
      const page = await get<EventPage>('/api/events?limit=5');
      check('EventPage', page);
      const eventId = page.events[0]!.event_id;
      const episodes = await get<EpisodeList>('/api/episodes');
      check('EpisodeList', episodes);
      assert.ok(episodes.episodes.length > 0);
      const detail = await get<EventDetail>(`/api/events/${eventId}`);
      check('EventDetail', detail);
      const paths: Record<string, string> = {
        '/api/stats': 'StoreStats',
        '/api/episodes/{id}': 'EpisodeDetail',
        '/api/actors': 'ActorList',
        '/api/articles/{id}': 'ArticleDetail',
        '/api/series': 'SeriesResponse',
        '/api/network': 'NetworkResponse',
        '/api/places': 'PlacesResponse',
      };
      for (const [path, type] of Object.entries(paths)) {
        const url = path.replace('{id}', path.includes('episodes') ? episodes.episodes[0]!.id : detail.reports[0]!.article);
        check(type, await get(url));
      }
      const documented = routes.filter((r) => r.method === 'get').map((r) => r.path);
      assert.deepEqual(new Set(documented), new Set(['/api/events', '/api/events/{id}', ...Object.keys(paths), '/api/episodes']));
    });

    it('pages through every matching event exactly once, in each sort order', async () => {
      const total = (await get<EventPage>('/api/events?actor=RUS&limit=1')).total;
      assert.ok(total > 10, `enough events to page: ${total}`);
      for (const sort of ['date', '-date', '-mentions']) {
        const events = await allPages(`actor=RUS&sort=${sort}`);
        assert.equal(events.length, total, sort);
        assert.equal(new Set(events.map((e) => e.event_id)).size, total, `${sort}: no event twice`);
        const keys = events.map((e) => (sort === '-mentions' ? e.num_mentions : (e.date ?? '')));
        const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        assert.deepEqual(keys, sort === 'date' ? sorted : sorted.reverse(), `${sort}: in order`);
      }
    });

    it('filters: dyad either way or directed, root, quad, PLOVER type, place, words, dates, sources', async () => {
      const either = await allPages('dyad=VNM-RUS');
      const forward = await allPages('dyad=VNM%3ERUS');
      const backward = await allPages('dyad=RUS%3EVNM');
      assert.ok(forward.length > 0 && backward.length > 0);
      assert.equal(either.length, forward.length + backward.length);
      for (const e of forward) assert.ok(e.source!.code.startsWith('VNM') && (e.target!.code.startsWith('RUS') || e.target!.country === 'RUS'));
      for (const e of await allPages('root=04,05')) assert.ok(['04', '05'].includes(e.root));
      for (const e of await allPages('quad=4')) assert.equal(e.quad_class, 4);
      const consult = await allPages('plover=consult');
      assert.ok(consult.length > 0);
      for (const e of consult) assert.equal(e.plover?.type, 'CONSULT');
      const hanoi = await allPages('place=hanoi');
      assert.ok(hanoi.length > 0);
      for (const e of hanoi) assert.equal(e.location?.name, 'Hanoi');
      for (const e of await allPages('place=VNM')) assert.equal(e.location?.country, 'VNM');
      for (const e of await allPages('q=ceasefire')) {
        const detail = await get<EventDetail>(`/api/events/${e.event_id}`);
        assert.ok(detail.reports.some((r) => r.sentence.toLowerCase().includes('ceasefire')));
      }
      for (const e of await allPages('since=2024-06-01&until=2024-06-30')) {
        assert.ok((e.date_end ?? e.date)! >= '2024-06-01' && e.date! <= '2024-06-30', `${e.date}..${e.date_end}`);
      }
      const joined = await allPages('min_sources=2');
      assert.ok(joined.length > 0);
      for (const e of joined) assert.ok(e.num_sources >= 2);
      // Values are data, never SQL: injection attempts match nothing and break nothing.
      for (const q of ["' OR '1'='1", '%%', '__', "'); drop table events; --"]) {
        assert.equal((await get<EventPage>(`/api/events?q=${encodeURIComponent(q)}`)).total, 0, q);
        assert.equal((await get<EventPage>(`/api/events?place=${encodeURIComponent(q)}`)).total, 0, q);
      }
      assert.ok((await get<EventPage>('/api/events')).total > 0);
    });

    it('shows the evidence of an event reported twice: every report, with spans inside the sentence', async () => {
      const page = await get<EventPage>('/api/events?sort=-mentions&min_sources=2&limit=1');
      const detail = await get<EventDetail>(`/api/events/${page.events[0]!.event_id}`);
      assert.equal(detail.reports.length, detail.event.num_mentions);
      assert.ok(new Set(detail.reports.map((r) => r.doc_id)).size >= 2);
      for (const r of detail.reports) {
        assert.ok(r.spans.some((s) => s.kind === 'trigger'), `a trigger in: ${r.sentence}`);
        for (const s of r.spans) assert.ok(s.start >= 0 && s.end <= r.sentence.length && s.start < s.end);
      }
    });

    it('places every stop of a tour on the map, in order', async () => {
      const tours = (await get<EpisodeList>('/api/episodes?kind=tour')).episodes;
      assert.ok(tours.length > 0);
      for (const t of tours) {
        assert.ok(t.stops.length >= 2);
        for (const s of t.stops) assert.ok(s.lat !== null && s.lon !== null && s.country_name, `${t.id} ${s.country}`);
      }
      const detail = await get<{ episode: { stops: unknown[] }; legs: unknown[]; events: unknown[] }>(`/api/episodes/${tours[0]!.id}`);
      assert.equal(detail.episode.stops.length, tours[0]!.stops.length);
      assert.ok(detail.events.length > 0);
    });

    it('answers aggregates over the same filters as the list', async () => {
      const total = (await get<EventPage>('/api/events?country=VNM')).total;
      const series = await get<{ series: { total: number; points: { count: number }[] }[] }>('/api/series?country=VNM&interval=month&top=50');
      const network = await get<{ edges: { source: string; target: string; count: number }[] }>('/api/network?country=VNM');
      const dated = (await allPages('country=VNM')).filter((e) => e.date !== null).length;
      assert.equal(series.series.reduce((n, s) => n + s.total, 0), dated, 'series count every dated event once');
      for (const s of series.series) assert.equal(s.points.reduce((n, p) => n + p.count, 0), s.total);
      assert.ok(network.edges.reduce((n, e) => n + e.count, 0) <= total);
      for (const e of network.edges) assert.notEqual(e.source, e.target);
      const weekly = await get<{ series: { points: { period: string }[] }[] }>('/api/series?country=VNM&interval=week');
      for (const s of weekly.series) for (const p of s.points) assert.equal(new Date(`${p.period}T00:00:00Z`).getUTCDay(), 1, 'weeks start on Monday');
      const actors = await get<{ actors: { code: string; name: string | null; events: number }[] }>('/api/actors?q=VNM');
      assert.ok(actors.actors.length > 0 && actors.actors.every((a) => a.code.startsWith('VNM')));
      // Names are found without their diacritics and in any case: "to lam" finds "Tô Lâm".
      const named = (await get<{ actors: { code: string; name: string | null }[] }>('/api/actors?limit=1000')).actors.find(
        (a) => a.name !== null && a.name.normalize('NFD') !== a.name,
      );
      assert.ok(named, 'the demo corpus has a name with diacritics');
      const plain = named.name!.normalize('NFD').replace(/\p{M}/gu, '').replace('Đ', 'D').replace('đ', 'd').toUpperCase();
      const found = await get<{ actors: { code: string }[] }>(`/api/actors?q=${encodeURIComponent(plain)}&limit=1000`);
      assert.ok(found.actors.some((a) => a.code === named.code), `${plain} finds ${named.code} (${named.name})`);
    });

    it('exports every matching event in each format', async () => {
      const total = (await get<EventPage>('/api/events?actor=VNM')).total;
      const res = await app.request('/api/events?actor=VNM&format=jsonl');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /ndjson/u);
      assert.equal((await res.text()).trim().split('\n').length, total);
      const csv = await app.request('/api/events?actor=VNM&format=csv');
      assert.equal((await csv.text()).trim().split('\n').length, total + 1, 'a header and one row per event');
      const gdelt = await app.request('/api/events?actor=VNM&format=gdelt');
      for (const line of (await gdelt.text()).trim().split('\n')) assert.equal(line.split('\t').length, 61);
    });

    it('refuses bad parameters with a 400 that names the parameter', async () => {
      await rejects('/api/events?limit=0', 'limit');
      await rejects('/api/events?limit=501', 'limit');
      await rejects('/api/events?limit=ten', 'limit');
      await rejects('/api/events?since=2025-13-01', 'since');
      await rejects('/api/events?until=2025-02-30', 'until');
      await rejects('/api/events?since=2025-05-02&until=2025-05-01', 'until');
      await rejects('/api/events?dyad=VNM', 'dyad');
      await rejects('/api/events?actor=V', 'actor');
      await rejects('/api/events?code=4x', 'code');
      await rejects('/api/events?root=21', 'root');
      await rejects('/api/events?quad=5', 'quad');
      await rejects('/api/events?sort=name', 'sort');
      await rejects('/api/events?cursor=nonsense', 'cursor');
      await rejects('/api/events?modality=maybe', 'modality');
      await rejects('/api/events?format=xml', 'format');
      await rejects('/api/events?colour=red', 'colour');
      const page = await get<EventPage>('/api/events?limit=1');
      await rejects(`/api/events?sort=-date&cursor=${page.next_cursor}`, 'cursor');
      await rejects('/api/series?interval=year', 'interval');
      await rejects('/api/series?top=0', 'top');
      await rejects('/api/network?level=city', 'level');
      await rejects('/api/episodes?kind=trip', 'kind');
      await rejects('/api/actors?limit=-1', 'limit');
      await rejects('/api/events/no%20such', 'id');
      await rejects('/api/events/0000000000000000', 'id', 404);
      await rejects('/api/episodes/0000000000000000', 'id', 404);
      await rejects('/api/articles/0000000000000000', 'id', 404);
      const unknown = await get<ApiError>('/api/nothing', 404);
      check('ApiError', unknown);
      const res = await app.request('/api/events', { method: 'DELETE' });
      assert.equal(res.status, 405);
      assert.equal(res.headers.get('allow'), 'GET');
    });

    it('codes a posted article with the token, and refuses writes without it', async () => {
      const article = {
        id: 'posted-contract',
        date: '2025-03-04',
        title: 'Ministers meet',
        text: 'The Chilean Foreign Minister met the Peruvian Foreign Minister in Lima on Monday. The two countries signed a trade agreement.',
      };
      const post = (body: string, headers: Record<string, string>) => app.request('/api/articles', { method: 'POST', body, headers });
      const json = { 'content-type': 'application/json' };
      assert.equal((await post(JSON.stringify(article), json)).status, 401);
      assert.equal((await post(JSON.stringify(article), { ...json, authorization: 'Bearer wrong' })).status, 401);
      const auth = { ...json, authorization: `Bearer ${TOKEN}` };
      assert.equal((await post(JSON.stringify(article), { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' })).status, 415);
      assert.equal((await post('x'.repeat(30_000), auth)).status, 413);
      const bad = await post('{"id": 1}', auth);
      assert.equal(bad.status, 400);
      assert.match(((await bad.json()) as ApiError).error.message, /text/u);
      const created = await post(JSON.stringify(article), auth);
      assert.equal(created.status, 201);
      const body = (await created.json()) as { id: string; created: boolean; events: DatasetEvent[] };
      check('PostedArticle', body);
      assert.ok(body.events.some((e) => e.root === '04'), 'the meeting is coded');
      const again = await post(JSON.stringify(article), auth);
      assert.equal(again.status, 200);
      assert.equal(((await again.json()) as { created: boolean }).created, false);
      const stored = await get<{ doc_id: string; mentions: unknown[] }>(`/api/articles/${body.id}`);
      assert.equal(stored.doc_id, 'posted-contract');
      assert.ok(stored.mentions.length > 0);
    });

    it('refuses every write on a server without a token', async () => {
      const readOnly = createApp(apiContext({ store, dataDir: dataDir(), token: null, maxBodyBytes: 1000 }), {
        webRoot: null,
        dataDir: dataDir(),
        version: 'test',
        log: () => undefined,
      });
      const res = await readOnly.request('/api/articles', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      assert.equal(res.status, 403);
      const stats = await readOnly.request('/api/stats');
      assert.equal(((await stats.json()) as { writable: boolean }).writable, false);
    });
  });
}
