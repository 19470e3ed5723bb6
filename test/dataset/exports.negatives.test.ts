/** What the exports must not do: invent codes, shift columns, print "NaN" or "null", or quote what needs no quotes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitActorCode } from '../../src/dataset/exports/actor-code-parts.js';
import { csvField, csvRow } from '../../src/dataset/exports/csv.js';
import { FLAT_COLUMNS } from '../../src/dataset/exports/flat-columns.js';
import { GDELT_COLUMNS, globalEventId } from '../../src/dataset/exports/gdelt.js';
import { dateAdded, gdeltDate } from '../../src/dataset/exports/gdelt-dates.js';
import { exportFormats } from '../../src/dataset/exports/index.js';
import type { DatasetEvent } from '../../src/dataset/dataset-event.js';
import type { CodedActor } from '../../src/output/coded-event.js';
import { datasetEvent, exportContext, rebelAttack, visitToMoscow } from './export-fixtures.js';

const ctx = exportContext();

function gdelt(event: DatasetEvent): Record<string, string> {
  const cells = (exportFormats.gdelt.line(event, ctx) ?? '').split('\t');
  assert.equal(cells.length, 61);
  return Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, cells[i] ?? '']));
}

const actor = (code: string, fields: Partial<CodedActor> = {}): CodedActor => ({
  code,
  country: null,
  role: null,
  name: null,
  text: code,
  ...fields,
});

test('a date that is not a calendar date gives empty date columns, not NaN', () => {
  for (const date of ['2016-02-30', '2016-9-12', '20160912', '', 'soon', '2016-13-01']) {
    assert.deepEqual(gdeltDate(date), { sqlDate: '', monthYear: '', year: '', fractionDate: '' }, date);
  }
  assert.equal(gdeltDate('2016-02-29').sqlDate, '20160229', 'a leap day is a date');
  for (const added of ['', 'yesterday', '2016-13-45T00:00:00Z']) assert.equal(dateAdded(added), '', added);
  assert.equal(dateAdded('2016-09-13T10:15:00+02:00'), '20160913081500', 'DATEADDED is UTC');
  const row = gdelt(datasetEvent('042', { date: '2016-02-30', added: 'not a time' }));
  assert.deepEqual([row.SQLDATE, row.FractionDate, row.DATEADDED], ['', '', '']);
});

test('no format prints "NaN", "undefined" or "null" for a missing value', () => {
  const sparse = datasetEvent('190', {
    source: actor('---REB', { role: 'REB' }),
    location: { name: 'Somewhere', country: null, lat: null, lon: null, precision: 'landmark' },
    goldstein: Number.NaN,
    added: '',
  });
  for (const format of ['csv', 'tsv', 'gdelt', 'icews'] as const) {
    const text = exportFormats[format].line(sparse, ctx) ?? '';
    assert.doesNotMatch(text, /NaN|undefined|null/, format);
  }
});

test('tabs and line breaks inside names and sentences do not add columns', () => {
  const messy = datasetEvent('042', {
    sentence: 'One\ttwo\r\nthree\u2028four',
    source: actor('VNMGOV', { country: 'VNM', role: 'GOV', name: 'A\tname', text: 'the\nleader' }),
    source_name: 'Wire\tService',
    source_url: 'https://example.org/a\tb',
  });
  assert.equal((exportFormats.gdelt.line(messy, ctx) ?? '').split('\t').length, 61);
  assert.equal((exportFormats.icews.line(messy, ctx) ?? '').split('\t').length, 20);
  const tsv = exportFormats.tsv.line(messy, ctx) ?? '';
  assert.equal(tsv.split('\t').length, FLAT_COLUMNS.length);
  assert.doesNotMatch(tsv, /[\r\n\u2028]/);
});

test('an admin1 code GDELT cannot hold ("00" unknown, "ENG") gives the country alone, not "UK00" or "UKENG"', () => {
  for (const admin1 of ['00', 'ENG']) {
    const row = gdelt(
      datasetEvent('042', {
        location: { name: 'Leeds', country: 'GBR', lat: 53.8, lon: -1.55, precision: 'city', admin1 },
      }),
    );
    assert.equal(row.ActionGeo_CountryCode, 'UK');
    assert.equal(row.ActionGeo_ADM1Code, 'UK', admin1);
    assert.equal(row.ActionGeo_FeatureID, '', 'no GeoNames id, no FeatureID');
  }
});

test('a country without a FIPS code (Kosovo) gives empty FIPS columns, not "null"', () => {
  const row = gdelt(
    datasetEvent('042', {
      source: actor('XKXGOV', { country: 'XKX', role: 'GOV' }),
      location: { name: 'Kosovo', country: 'XKX', lat: 42.6, lon: 20.9, precision: 'country' },
    }),
  );
  assert.equal(row.Actor1CountryCode, 'XKX');
  assert.equal(row.Actor1Geo_Type, '1');
  assert.equal(row.Actor1Geo_CountryCode, '');
  assert.equal(row.ActionGeo_CountryCode, '');
  assert.equal(row.ActionGeo_FullName, 'Kosovo');
});

test('parts of an actor code the CAMEO tables do not name are left out, not guessed', () => {
  const g7 = splitActorCode(actor('IGOG7'), ctx);
  assert.deepEqual(g7.types, ['IGO']);
  assert.equal(g7.knownGroup, '');
  const coe = splitActorCode(actor('IGOEURCOE'), ctx);
  assert.deepEqual([coe.country, coe.knownGroup, coe.types], ['', 'COE', ['IGO']], 'EUR is a region, not a country');
  const who = splitActorCode(actor('IGOUNOHLHWHO'), ctx);
  assert.deepEqual([who.knownGroup, who.types], ['WHO', ['IGO', 'HLH']], 'the most specific known group');
  const romania = splitActorCode(actor('ROMGOV', { country: 'ROU', role: 'GOV' }), ctx);
  assert.deepEqual([romania.country, romania.types], ['ROM', ['GOV']], 'the CAMEO code of Romania, not its ISO code');
  const party = splitActorCode(actor('INDPTY', { country: 'IND', role: 'PTY' }), ctx);
  assert.deepEqual(party.types, ['PTY']);
  assert.equal(ctx.actorCodes.types.get('PTY'), 'Political parties', 'PLOVER names the sector CAMEO lacks');
  assert.deepEqual(splitActorCode(actor('---REB', { role: 'REB' }), ctx).religions, []);
  assert.equal(splitActorCode(actor('RUS', { country: 'RUS' }), ctx).ethnic, '');
});

test('GLOBALEVENTID never loses precision or collides on ids that differ after the 13th character', () => {
  const a = globalEventId('x'.repeat(40));
  const b = globalEventId(`${'x'.repeat(39)}y`);
  assert.ok(Number.isSafeInteger(a) && Number.isSafeInteger(b));
  assert.notEqual(a, b);
  assert.ok(globalEventId('ffffffffffffffff') < 2 ** 53);
});

test('CSV quotes only fields that need it; numbers and codes stay bare', () => {
  assert.equal(csvField('VNMGOV'), 'VNMGOV');
  assert.equal(csvField(1.9), '1.9');
  assert.equal(csvField(null), '');
  assert.equal(csvField('a\nb'), '"a\nb"');
  const row = csvRow(rebelAttack());
  assert.ok(row.startsWith('f00dfeed12345678,2024-03-01,,day,190,19,'), row);
  assert.doesNotMatch(csvRow(visitToMoscow()), /(^|,)"(VNMGOV|RUS|042)"/);
});

test('IsRootEvent is 1 only for the first two sentences', () => {
  assert.deepEqual(
    [0, 1, 2, 9].map((sentence_index) => gdelt(datasetEvent('042', { sentence_index })).IsRootEvent),
    ['1', '1', '0', '0'],
  );
});

test('PLOVER never invents a category: no "OTHER" record for any code PLOVER dropped', () => {
  const dropped = ctx.ontology.codes.filter((c) => c.plover === null);
  assert.ok(dropped.length > 30 && dropped.every((c) => c.root === '01' || c.root === '02'));
  for (const c of dropped) assert.equal(exportFormats.plover.line(datasetEvent(c.code), ctx), null, c.code);
});
