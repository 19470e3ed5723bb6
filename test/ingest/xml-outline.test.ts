import assert from 'node:assert/strict';
import { test } from 'node:test';
import { xmlOutline } from '../../src/ingest/xml-outline.js';

const items = (name: string) => name === 'item';

test('records the wanted start tags with depth and line, over comments, CDATA, PIs, a DOCTYPE and quoted ">"', () => {
  const text = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE rss [ <!ENTITY x "<item>"> ]>',
    '<rss a="1>2"><channel>',
    '<!-- <item> in a comment -->',
    '<item><description><![CDATA[<item></b>]]></description></item>',
    "<item title='it&apos;s'/>",
    '<x><item>deeper</item></x>',
    '</channel></rss>',
    '',
  ].join('\n');
  assert.deepEqual(xmlOutline(text, items), {
    ok: true,
    root: 'rss',
    elements: [
      { name: 'item', depth: 2, line: 5 },
      { name: 'item', depth: 2, line: 6 },
      { name: 'item', depth: 3, line: 7 },
    ],
  });
});

test('a stray "<" in text is let through; broken structure is reported with its line', () => {
  assert.equal(xmlOutline('<rss>a < b</rss>', items).ok, true);
  const bad: [string, number, RegExp][] = [
    ['<rss>\n<channel>\n</rss>', 3, /<\/rss> closes <channel> \(opened on line 2\)/],
    ['</rss>', 1, /closes no open element/],
    ['<rss>\n<channel>', 2, /ends inside <channel> \(opened on line 2\): it is cut short/],
    ['<rss><item title="x></rss>', 1, /never closed with ">"/],
    ['<rss><![CDATA[ x </rss>', 1, /CDATA section that is never closed/],
    ['<a/><b/>', 1, /second root element <b>/],
    ['', 1, /no XML element/],
  ];
  for (const [text, line, problem] of bad) {
    const got = xmlOutline(text, items);
    assert.equal(got.ok, false, text);
    if (!got.ok) {
      assert.equal(got.line, line, text);
      assert.match(got.problem, problem);
    }
  }
});
