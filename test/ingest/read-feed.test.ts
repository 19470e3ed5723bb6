import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { looksLikeFeed, sniffKind } from '../../src/ingest/file-kind.js';
import { readFeed, readFeedBytes } from '../../src/ingest/read-feed.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { articles, collect, errors, tmpFiles } from '../helpers/tmp-files.js';

// Invented feeds about invented places; no real news text.
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>The Tessaly Courier</title>
  <link>https://www.courier.example/</link>
  <description>News from Tessaly</description>
  <item>
    <title>Ministers meet in Port Aren</title>
    <link>https://www.courier.example/2025/05/ministers-meet</link>
    <guid isPermaLink="false">4411</guid>
    <pubDate>Tue, 06 May 2025 23:30:00 +0700</pubDate>
    <description>The ministers met.</description>
    <content:encoded><![CDATA[<p>PORT AREN — The foreign ministers of Tessaly & Morvay met on Tuesday.</p>
<p>They agreed to meet again.</p>]]></content:encoded>
  </item>
  <item>
    <title>Harbour strike ends</title>
    <link>https://www.courier.example/2025/05/strike-ends</link>
    <guid>https://www.courier.example/?p=4412</guid>
    <pubDate>Wed, 7 May 25 08:00 GMT</pubDate>
    <description>&lt;p&gt;Dock workers in Port Aren returned to work &amp;amp; ships sailed.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Morvay &amp;amp; Region</title>
  <link rel="self" href="https://news.morvay.example/feed.atom"/>
  <link rel="alternate" type="text/html" href="https://news.morvay.example/"/>
  <id>tag:news.morvay.example,2025:feed</id>
  <updated>2025-05-08T12:00:00Z</updated>
  <entry>
    <title>Envoy recalled</title>
    <id>tag:news.morvay.example,2025:entry-17</id>
    <link rel="alternate" href="/2025/05/envoy-recalled"/>
    <published>2025-05-08T09:15:00+02:00</published>
    <updated>2025-05-09T10:00:00+02:00</updated>
    <content type="html">&lt;p&gt;Morvay recalled its envoy from Tessaly on Thursday.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="text">Talks planned</title>
    <id>urn:uuid:8f14e45f-ceea-467f-a0e6-7e2a1c3b9d10</id>
    <updated>2025-05-09T08:00:00Z</updated>
    <summary>The two governments plan talks next month.</summary>
  </entry>
  <entry>
    <title>Border reopens</title>
    <id>tag:news.morvay.example,2025:entry-19</id>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The border at <b>Holt</b> reopened.</p></div></content>
  </entry>
</feed>
`;

const ok = (items: ReturnType<typeof readFeed>) => articles(items);

test('RSS 2.0: content:encoded in CDATA is the HTML; guid, link, pubDate, title, channel title, line', () => {
  const items = readFeed(RSS, 'feeds/courier.rss');
  assert.equal(errors(items).length, 0);
  const [a, b] = ok(items);
  assert.deepEqual(a, {
    id: 'courier.example-4411',
    html:
      '<p>PORT AREN — The foreign ministers of Tessaly & Morvay met on Tuesday.</p>\n<p>They agreed to meet again.</p>',
    date: '2025-05-06',
    url: 'https://www.courier.example/2025/05/ministers-meet',
    title: 'Ministers meet in Port Aren',
    source: 'The Tessaly Courier',
    origin: { file: 'feeds/courier.rss', line: 7 },
  });
  assert.equal(b?.id, 'courier.example-p-4412', 'a URL guid names the item without the feed');
  assert.equal(b?.origin.line, 16);
});

test('RSS 2.0 with only a description: the description is the HTML, its entities decoded once', () => {
  const [, b] = ok(readFeed(RSS, 'courier.rss'));
  assert.equal(b?.html, '<p>Dock workers in Port Aren returned to work &amp; ships sailed.</p>');
  assert.equal(b?.text, undefined);
  assert.equal(b?.date, '2025-05-07', 'a two-digit RFC 822 year');
});

test('Atom: id, alternate link resolved against the feed, published before updated, html/text/xhtml bodies', () => {
  const items = readFeed(ATOM, 'morvay.atom');
  assert.deepEqual(errors(items), []);
  const [a, b, c] = ok(items);
  assert.deepEqual(a, {
    id: 'news.morvay.example-2025-entry-17',
    html: '<p>Morvay recalled its envoy from Tessaly on Thursday.</p>',
    date: '2025-05-08',
    url: 'https://news.morvay.example/2025/05/envoy-recalled',
    title: 'Envoy recalled',
    source: 'Morvay & Region',
    origin: { file: 'morvay.atom', line: 8 },
  });
  assert.equal(b?.text, 'The two governments plan talks next month.');
  assert.equal(b?.html, undefined);
  assert.equal(b?.date, '2025-05-09', 'updated when there is no published');
  assert.equal(b?.id, 'urn-uuid-8f14e45f-ceea-467f-a0e6-7e2a1c3b9d10');
  assert.equal(b?.url, undefined);
  assert.equal(c?.html, '<p>The border at <b>Holt</b> reopened.</p>');
  assert.equal(c?.date, undefined);
});

test('Atom with a prefix (atom:feed) and RSS with an unusual prefix for the content module', () => {
  const atom = `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>P</atom:title>
<atom:entry><atom:id>tag:p.example,2025:1</atom:id><atom:title>T</atom:title>
<atom:content type="text">Body.</atom:content></atom:entry></atom:feed>`;
  assert.deepEqual(
    ok(readFeed(atom, 'p.atom')).map((a) => [a.id, a.title, a.text, a.source]),
    [['p.example-2025-1', 'T', 'Body.', 'P']],
  );
  const rss = `<rss xmlns:c="http://purl.org/rss/1.0/modules/content/"><channel><title>C</title>
<item><guid>https://c.example/1</guid><description>Short.</description><c:encoded>&lt;p&gt;Full.&lt;/p&gt;</c:encoded></item>
</channel></rss>`;
  assert.equal(ok(readFeed(rss, 'c.rss'))[0]?.html, '<p>Full.</p>');
});

test('HTML written raw inside <description> (not escaped, not CDATA) keeps its markup; a DOCTYPE is skipped', () => {
  const feed = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY mdash "&#8212;"> ]>
<rss><channel><title>Raw</title>
<item><guid>https://raw.example/1</guid><description><p>The <em>envoy</em> left.</p><p>Talks ended.</p></description></item>
</channel></rss>`;
  assert.equal(ok(readFeed(feed, 'raw.rss'))[0]?.html, '<p>The <em>envoy</em> left.</p><p>Talks ended.</p>');
});

test('RSS 1.0 (RDF): items beside the channel, rdf:about as the key, dc:date', () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://r.example/"><title>R Weekly</title><link>https://r.example/</link></channel>
  <item rdf:about="https://r.example/a/1">
    <title>Vote delayed</title><link>https://r.example/a/1</link>
    <description>The assembly delayed its vote.</description><dc:date>2025-05-02T10:00:00Z</dc:date>
  </item>
</rdf:RDF>`;
  assert.deepEqual(ok(readFeed(rdf, 'r.rdf.xml')), [
    {
      id: 'r.example-a-1',
      html: 'The assembly delayed its vote.',
      date: '2025-05-02',
      url: 'https://r.example/a/1',
      title: 'Vote delayed',
      source: 'R Weekly',
      origin: { file: 'r.rdf.xml', line: 5 },
    },
  ]);
});

test('an item with no text is an input.feed-item-empty error naming file, line and id; the next item is read', () => {
  const feed = `<rss><channel><title>E</title><link>https://e.example/</link>
<item><title>Headline only</title><link>https://e.example/h</link><description>  </description></item>
<item><title>Picture</title><guid>7</guid><description>&lt;img src="x.jpg"&gt;</description></item>
<item><title>Words</title><guid>8</guid><description>Some words.</description></item>
</channel></rss>`;
  const items = readFeed(feed, 'e.rss');
  assert.deepEqual(
    items.map((i) =>
      i.kind === 'article' ? i.article.id : `${i.error.code}@${i.error.where.line}:${i.error.where.docId}`,
    ),
    ['input.feed-item-empty@2:e.example-h', 'input.feed-item-empty@3:e.example-7', 'e.example-8'],
  );
  assert.match(errors(items)[0]?.hint ?? '', /parley extract https:\/\/e\.example\/h/);
  assert.match(errors(items)[1]?.hint ?? '', /no link/);
});

test('a feed cut short is one input.bad-feed error with the line, not a shorter feed', () => {
  const cut = RSS.slice(0, RSS.indexOf('<description>&lt;p&gt;Dock'));
  const items = readFeed(cut, 'cut.rss');
  assert.equal(items.length, 1);
  const [e] = errors(items);
  assert.equal(e?.code, 'input.bad-feed');
  assert.match(e?.message ?? '', /cut short/);
  assert.equal(e?.where.file, 'cut.rss');
  assert.ok(e?.hint);
});

test('mismatched tags, a second root, an unclosed comment and no XML at all are input.bad-feed errors', () => {
  const cases: [string, RegExp, number][] = [
    ['<rss><channel>\n<item><title>x</item>\n</channel></rss>', /<\/item> closes <title> \(opened on line 2\)/, 2],
    ['<rss><channel></channel></rss>\n<rss></rss>', /second root/, 2],
    ['<rss><channel><!-- never closed </channel></rss>', /comment that is never closed/, 1],
    ['just some words', /no XML element/, 1],
  ];
  for (const [text, problem, line] of cases) {
    const [e] = errors(readFeed(text, 'bad.xml'));
    assert.equal(e?.code, 'input.bad-feed', text);
    assert.match(e?.message ?? '', problem);
    assert.equal(e?.where.line, line, text);
  }
});

test('negatives: an .xml that is not a feed is input.not-a-feed naming its root; <rss> without channel', async () => {
  const dir = tmpFiles({
    'sitemap.xml': '<?xml version="1.0"?>\n<urlset><url><loc>https://x.example/</loc></url></urlset>\n',
    'page.xml': '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>',
    'nochannel.rss': '<rss version="2.0"><item><title>x</title></item></rss>',
  });
  const items = await collect(readInputs([dir]));
  assert.deepEqual(articles(items), []);
  assert.deepEqual(
    errors(items).map((e) => [e.where.file?.slice(dir.length + 1), e.code, e.message]),
    [
      ['nochannel.rss', 'input.bad-feed', 'not a well-formed feed: <rss> has no <channel>'],
      ['page.xml', 'input.not-a-feed', 'XML, but not an RSS or Atom feed (its root element is <html>)'],
      ['sitemap.xml', 'input.not-a-feed', 'XML, but not an RSS or Atom feed (its root element is <urlset>)'],
    ],
  );
  assert.ok(errors(items).every((e) => e.hint));
});

test('a feed with no items is input.empty; an empty file too', () => {
  assert.deepEqual(
    [readFeed('<rss><channel><title>Quiet</title></channel></rss>', 'q.rss'), readFeed(' \n', 'e.rss')].map(
      (items) => errors(items).map((e) => e.code),
    ),
    [['input.empty'], ['input.empty']],
  );
});

test('ids are stable when the feed is reordered or grows, and every id is file-name safe', () => {
  const ids = (text: string) => ok(readFeed(text, 'courier.rss')).map((a) => a.id);
  const [first, second] = RSS.split('<item>').slice(1).map((s) => `<item>${s.replace(/<\/channel>[\s\S]*$/, '')}`);
  const head = RSS.slice(0, RSS.indexOf('<item>'));
  const swapped = `${head}${second}${first}</channel></rss>`;
  const grown = `${head}<item><guid>4410</guid><description>Older.</description></item>${first}${second}</channel></rss>`;
  assert.deepEqual(ids(RSS), ['courier.example-4411', 'courier.example-p-4412']);
  assert.deepEqual(ids(swapped), ['courier.example-p-4412', 'courier.example-4411']);
  assert.deepEqual(ids(grown), ['courier.example-4410', 'courier.example-4411', 'courier.example-p-4412']);
  for (const id of [...ids(RSS), ...ok(readFeed(ATOM, 'a.atom')).map((a) => a.id)]) {
    assert.match(id, /^[a-z0-9][a-z0-9._-]*$/);
  }
});

test('ids: a long guid is cut with a hash; an item without guid or link is named by date and title; clashes differ', () => {
  const long = `https://courier.example/${'very-long-section/'.repeat(8)}story`;
  const feed = `<rss><channel><title>Courier</title>
<item><guid>${long}</guid><description>A.</description></item>
<item><guid>${long}-2</guid><description>B.</description></item>
<item><title>Talks Resume</title><pubDate>Thu, 08 May 2025 10:00:00 GMT</pubDate><description>C.</description></item>
<item><guid>same</guid><description>D.</description></item>
<item><guid>same</guid><description>E.</description></item>
<item><guid>Same!</guid><description>F.</description></item>
</channel></rss>`;
  const got = ok(readFeed(feed, 'c.rss')).map((a) => a.id);
  assert.equal(got.length, 6);
  assert.ok(got.every((id) => id.length <= 80), got.join(' '));
  assert.match(got[0] ?? '', /^courier.example-very-long-section-.*-[0-9a-f]{8}$/);
  assert.notEqual(got[0], got[1]);
  assert.equal(got[2], 'courier-2025-05-08-talks-resume', 'no link: the feed title scopes it');
  assert.deepEqual(got.slice(3, 5), ['courier-same', 'courier-same-2']);
  assert.match(got[5] ?? '', /^courier-same-[0-9a-f]{8}$/);
  assert.equal(new Set(got).size, 6);
});

test('a title holding HTML or entities is plain text; a date that is not one is left out', () => {
  const feed = `<rss><channel><title>T</title>
<item><guid>1</guid><title>Talks &lt;b&gt;resume&lt;/b&gt; in
  Holt&amp;nbsp;today</title>
<pubDate>sometime soon</pubDate><description>x</description></item></channel></rss>`;
  const [a] = ok(readFeed(feed, 't.rss'));
  assert.equal(a?.title, 'Talks resume in Holt today');
  assert.equal(a?.date, undefined);
});

test('a feed declaring ISO-8859-1 is decoded as such; an unknown encoding is an error', () => {
  const latin1 = Buffer.from(
    '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf\xe9</title>' +
      '<item><guid>1</guid><description>Na\xefve.</description></item></channel></rss>',
    'latin1',
  );
  const [a] = ok(readFeedBytes(latin1, 'l.rss'));
  assert.equal(a?.source, 'Café');
  assert.equal(a?.html, 'Naïve.');
  const mislabelled = Buffer.from(
    '<?xml version="1.0" encoding="UTF-16"?><rss><channel><title>Caf\u00e9</title>' +
      '<item><guid>1</guid><description>x</description></item></channel></rss>',
  );
  const [m] = ok(readFeedBytes(mislabelled, 'm.rss'));
  assert.equal(m?.source, 'Café', 'a UTF-16 label on bytes without NULs is a mistake: read as UTF-8');
  const odd = Buffer.from('<?xml version="1.0" encoding="x-klingon"?><rss/>');
  assert.equal(errors(readFeedBytes(odd, 'k.rss'))[0]?.code, 'input.unknown-encoding');
  const bad = Buffer.from([...Buffer.from('<rss><channel><title>'), 0xe9, ...Buffer.from('</title></channel></rss>')]);
  assert.equal(errors(readFeedBytes(bad, 'u.rss'))[0]?.code, 'input.invalid-utf8');
});

test('.rss, .atom and .xml files are read as feeds, beside other files in a directory', async () => {
  const dir = tmpFiles({ 'a.rss': RSS, 'b.atom': ATOM, 'c.txt': 'Plain.', 'd.XML': RSS });
  const got = articles(await collect(readInputs([dir])));
  assert.deepEqual(
    got.map((a) => [a.origin.file.slice(dir.length + 1), a.id]),
    [
      ['a.rss', 'courier.example-4411'],
      ['a.rss', 'courier.example-p-4412'],
      ['b.atom', 'news.morvay.example-2025-entry-17'],
      ['b.atom', 'urn-uuid-8f14e45f-ceea-467f-a0e6-7e2a1c3b9d10'],
      ['b.atom', 'news.morvay.example-2025-entry-19'],
      ['c.txt', 'c.txt'],
      ['d.XML', 'courier.example-4411'],
      ['d.XML', 'courier.example-p-4412'],
    ],
  );
  assert.equal(got[0]?.origin.file, join(dir, 'a.rss'));
});

test('sniffing: a feed on standard input gives its items; XHTML with an XML declaration is still HTML', async () => {
  const stdinOf = (text: string) => Readable.from([Buffer.from(text.slice(0, 40)), Buffer.from(text.slice(40))]);
  const items = await collect(readInputs([], { stdin: stdinOf(`\uFEFF\n${RSS}`) }));
  assert.deepEqual(
    articles(items).map((a) => [a.id, a.origin.file, a.origin.line]),
    [
      ['courier.example-4411', '<stdin>', 8],
      ['courier.example-p-4412', '<stdin>', 17],
    ],
  );
  const xhtml = '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>';
  const [page] = articles(await collect(readInputs(['-'], { stdin: stdinOf(xhtml) })));
  assert.equal(page?.id, 'stdin');
  assert.equal(page?.html, xhtml);
});

test('sniffKind and looksLikeFeed: rss, feed and rdf:RDF roots after a prolog; other markup is HTML', () => {
  assert.equal(sniffKind(RSS), 'feed');
  assert.equal(sniffKind(ATOM), 'feed');
  assert.equal(sniffKind('<!-- generator --><?xml-stylesheet href="s.xsl"?>\n<rss version="2.0">'), 'feed');
  assert.equal(sniffKind('<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>\n<rss>'), 'feed');
  assert.equal(sniffKind('<rdf:RDF xmlns:rdf="x">'), 'feed');
  assert.equal(sniffKind('<!DOCTYPE html><html><body>rss</body></html>'), 'html');
  assert.equal(sniffKind('<rssfeed>'), 'html');
  assert.equal(sniffKind('<p>feed</p>'), 'html');
  assert.equal(sniffKind('{"id": 1}'), 'jsonl');
  assert.equal(sniffKind('rss'), 'text');
  assert.equal(looksLikeFeed('<?xml version="1.0"?><urlset>'), false);
});
