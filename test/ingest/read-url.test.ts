import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { articles, collect, errors, tmpFiles } from '../helpers/tmp-files.js';

// A local server only: these tests never reach the internet.
const FEED = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Local Wire</title>
<item><guid>1</guid><link>/stories/one</link><description>&lt;p&gt;Talks began.&lt;/p&gt;</description></item>
</channel></rss>`;
const PAGE = '<html><head><title>Harbour reopens</title></head><body><p>The harbour reopened.</p></body></html>';

const ROUTES: Record<string, { status?: number; type?: string; body?: string | Buffer; location?: string }> = {
  '/feed.rss': { type: 'application/rss+xml', body: FEED },
  '/feed-as-html': { type: 'text/html', body: FEED },
  '/page.html': { type: 'text/html; charset=utf-8', body: PAGE },
  '/moved': { status: 301, location: '/page.html' },
  '/records': { type: 'application/x-ndjson', body: '{"id":"r1","text":"One."}\nnot json\n{"id":"r2","text":"Two."}\n' },
  '/note.txt': { type: 'text/plain', body: 'The envoy returned.' },
  '/latin1': { type: 'text/html; charset=ISO-8859-1', body: Buffer.from('<p>Caf\xe9 talks</p>', 'latin1') },
  '/empty': { type: 'text/plain', body: '' },
  '/missing': { status: 404 },
  '/private': { status: 403 },
};

let server: Server;
let base: string;
/** How the server's address appears in ids: "127.0.0.1-<port>". */
let host: string;
const seen: IncomingHttpHeaders[] = [];

before(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    if (req.url === '/slow') return; // never answers
    const route = ROUTES[req.url ?? ''];
    const status = route?.status ?? (route ? 200 : 404);
    res.writeHead(status, {
      ...(route?.type ? { 'content-type': route.type } : {}),
      ...(route?.location ? { location: route.location } : {}),
    });
    res.end(route?.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  host = `127.0.0.1-${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const read = async (...urls: string[]) => collect(readInputs(urls, { fetchTimeoutMs: 2000 }));

test('a feed URL gives its items, links resolved against the URL; the request names parley/0.1', async () => {
  const items = await read(`${base}/feed.rss`);
  assert.deepEqual(articles(items), [
    {
      id: 'local-wire-1',
      html: '<p>Talks began.</p>',
      url: `${base}/stories/one`,
      source: 'Local Wire',
      origin: { file: `${base}/feed.rss`, line: 3 },
    },
  ]);
  assert.equal(seen.at(-1)?.['user-agent'], 'parley/0.1');
  assert.match(seen.at(-1)?.accept ?? '', /application\/rss\+xml/);
});

test('the content decides, not the Content-Type: a feed served as text/html is still a feed', async () => {
  const [a] = articles(await read(`${base}/feed-as-html`));
  assert.equal(a?.source, 'Local Wire');
});

test('an HTML page is one article with an id from the URL and the URL after redirects', async () => {
  assert.deepEqual(articles(await read(`${base}/page.html`)), [
    { id: `${host}-page.html`, html: PAGE, url: `${base}/page.html`, origin: { file: `${base}/page.html` } },
  ]);
  const [moved] = articles(await read(`${base}/moved`));
  assert.equal(moved?.id, `${host}-moved`, 'the id comes from the URL as given, so it is stable');
  assert.equal(moved?.url, `${base}/page.html`);
});

test('JSONL is read record by record; plain text is one article; a server charset is honoured', async () => {
  const items = await read(`${base}/records`, `${base}/note.txt`, `${base}/latin1`);
  assert.deepEqual(
    items.map((i) => (i.kind === 'article' ? i.article.id : `${i.error.code}@${i.error.where.line}`)),
    ['r1', 'input.bad-jsonl@2', 'r2', `${host}-note.txt`, `${host}-latin1`],
  );
  assert.equal(articles(items)[2]?.text, 'The envoy returned.');
  assert.equal(articles(items)[3]?.html, '<p>Café talks</p>');
});

test('a status other than 2xx is one input.http-status error naming the URL and status, with a hint', async () => {
  const items = await read(`${base}/missing`, `${base}/private`, `${base}/empty`);
  assert.deepEqual(
    errors(items).map((e) => [e.code, e.where.file, e.message]),
    [
      ['input.http-status', `${base}/missing`, `${base}/missing answered HTTP 404 Not Found`],
      ['input.http-status', `${base}/private`, `${base}/private answered HTTP 403 Forbidden`],
      ['input.empty', `${base}/empty`, 'the file is empty; there is nothing to code'],
    ],
  );
  assert.match(errors(items)[0]?.hint ?? '', /check/i);
  assert.match(errors(items)[1]?.hint ?? '', /browser/);
});

test('a refused connection and a server that never answers are input.fetch-failed errors; reading goes on', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const dir = tmpFiles({ 'after.txt': 'Still read.' });
  const items = await collect(
    readInputs([`http://127.0.0.1:${port}/x`, `${base}/slow`, join(dir, 'after.txt')], { fetchTimeoutMs: 300 }),
  );
  assert.deepEqual(
    items.map((i) => (i.kind === 'article' ? i.article.id : i.error.code)),
    ['input.fetch-failed', 'input.fetch-failed', 'after.txt'],
  );
  const [refused, slow] = errors(items);
  assert.match(refused?.message ?? '', new RegExp(`cannot fetch http://127\\.0\\.0\\.1:${port}/x: .*ECONNREFUSED`));
  assert.equal(slow?.message, `cannot fetch ${base}/slow: no answer within 0.3 s`);
  assert.ok(refused?.hint);
});
