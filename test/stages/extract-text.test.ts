import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../src/document.js';
import { clean } from '../../src/stages/clean.js';
import { extractText } from '../../src/stages/extract-text.js';
import { blockTexts, htmlDoc, stageContext, textDoc } from '../helpers/stage-context.js';

const ctx = stageContext();

function extracted(html: string, extra: Parameters<typeof htmlDoc>[1] = {}): Document {
  const doc = htmlDoc(html, extra);
  extractText.run(doc, ctx);
  return doc;
}

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

const ARTICLE = `
  <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
  <article>
    <h1>Ministers meet in Moscow</h1>
    <p>MOSCOW — The foreign ministers of two neighbouring states held talks in the Russian capital on Tuesday,
       officials from both delegations told reporters.</p>
    <p>The meeting lasted three hours and ended with a joint statement.<br>A second round is planned.</p>
    <ul><li>First item</li><li>Second item</li></ul>
    <script>var tracking = "do not read me";</script>
  </article>
  <footer>© 2024 Daily Courier. All rights reserved.</footer>`;

test('the stage declares what it needs and makes', () => {
  assert.equal(extractText.name, 'extract-text');
  assert.deepEqual(extractText.requires, ['article']);
  assert.deepEqual(extractText.provides, ['text']);
});

test('plain-text articles pass through unchanged', () => {
  const doc = textDoc('HANOI — Text.\n\nMore text.');
  extractText.run(doc, ctx);
  assert.equal(doc.text, 'HANOI — Text.\n\nMore text.');
  assert.equal(doc.article.title, undefined);
  assert.deepEqual(doc.diagnostics, []);
});

test('HTML: the article text with paragraphs as blank lines, <br> as a line break; no nav, script or footer', () => {
  const doc = extracted(page('<title>Ministers meet in Moscow - Daily Courier</title>', ARTICLE));
  const paragraphs = doc.text.split('\n\n');
  assert.ok(
    paragraphs.includes(
      'The meeting lasted three hours and ended with a joint statement.\nA second round is planned.',
    ),
  );
  assert.ok(
    paragraphs.includes(
      'MOSCOW — The foreign ministers of two neighbouring states held talks in the Russian capital ' +
        'on Tuesday, ' +
        'officials from both delegations told reporters.',
    ),
  );
  assert.ok(paragraphs.includes('First item') && paragraphs.includes('Second item'));
  for (const junk of ['Home', 'tracking', 'All rights reserved']) assert.ok(!doc.text.includes(junk), junk);
  assert.equal(doc.text, doc.text.normalize('NFC'));
  assert.deepEqual(doc.diagnostics, []);
});

test('the title comes from the page when the input has none, and is kept when it has one', () => {
  assert.equal(
    extracted(page('<title>Ministers meet in Moscow - Daily Courier</title>', ARTICLE)).article.title,
    'Ministers meet in Moscow - Daily Courier',
  );
  assert.equal(
    extracted(page('<title>Page title</title>', ARTICLE), { title: 'Given' }).article.title,
    'Given',
  );
});

test('publication date from article:published_time, as html-meta', () => {
  const head = '<meta property="article:published_time" content="2025-05-09T10:00:00+07:00"><title>T</title>';
  assert.deepEqual(extracted(page(head, ARTICLE)).publicationDate, {
    value: '2025-05-09',
    source: 'html-meta',
  });
});

test('publication date from JSON-LD datePublished (Readability publishedTime) and from <time datetime>', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    datePublished: '2025-05-08T10:00:00Z',
  };
  const jsonLd = `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
  assert.equal(extracted(page(jsonLd, ARTICLE)).publicationDate?.value, '2025-05-08');
  const withTime = ARTICLE.replace('<h1>', '<time datetime="2025-05-07T09:00">May 7</time><h1>');
  assert.equal(extracted(page('<title>T</title>', withTime)).publicationDate?.value, '2025-05-07');
});

test('a date given with the input is not replaced by the page metadata', () => {
  const head = '<meta property="article:published_time" content="2025-05-09">';
  const doc = extracted(page(head, ARTICLE), { date: '2025-05-01' });
  assert.deepEqual(doc.publicationDate, { value: '2025-05-01', source: 'input' });
});

test('no metadata date leaves the publication date null', () => {
  assert.equal(extracted(page('<title>T</title>', ARTICLE)).publicationDate, null);
});

test('an HTML fragment without <html> or <body> is read', () => {
  assert.equal(
    extracted('<p>Việt Nam and Russia signed a treaty.</p>').text,
    'Việt Nam and Russia signed a treaty.',
  );
});

test('HTML text is NFC even when the page spells letters decomposed', () => {
  assert.equal(extracted('<p>Vie&#x323;&#x302;t Nam signed a treaty.</p>').text, 'Việt Nam signed a treaty.');
});

test('a page-level header and footer are not article text', () => {
  const doc = extracted(
    '<body><header>Site name</header><div>Some text about the meeting.</div><footer>c 2025</footer></body>',
  );
  assert.equal(doc.text, 'Some text about the meeting.');
});

test('a page with no text gets an input.no-text error diagnostic and empty text', () => {
  for (const html of [
    '<nav>Home</nav><script>x()</script>',
    '<html><head><title>T</title></head><body></body></html>',
    '',
  ]) {
    const doc = extracted(html);
    assert.equal(doc.text, '', html);
    assert.deepEqual(
      doc.diagnostics.map((d) => [d.level, d.code]),
      [['error', 'input.no-text']],
      html,
    );
  }
});

test('extract-text then clean: the title is never duplicated; an h1 kept by Readability is the title block', () => {
  // Readability drops an h1 that repeats the <title>; one that differs stays in the text, as the title block.
  for (const [title, kinds] of [
    ['Ministers meet in Moscow - Daily Courier', ['dateline', 'body']],
    ['Daily Courier', ['title', 'dateline', 'body']],
  ] as const) {
    const doc = extracted(page(`<title>${title}</title>`, ARTICLE));
    clean.run(doc, ctx);
    const blocks = blockTexts(doc);
    assert.deepEqual([...new Set(blocks.map(([k]) => k))], kinds, title);
    assert.ok(blocks.filter(([, s]) => s.includes('Ministers meet in Moscow')).length <= 1, title);
    assert.equal(doc.dateline?.place, 'Moscow');
  }
});
