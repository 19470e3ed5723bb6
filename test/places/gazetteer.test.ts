import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isParleyError } from '../../src/errors.js';
import { GAZETTEER_HEADER, type GazetteerRow, formatGazetteerRow, nameKeys } from '../../src/places/gazetteer-file.js';
import { parseGazetteer } from '../../src/places/gazetteer.js';

const rows: GazetteerRow[] = [
  { id: 524901, name: 'Moscow', country: 'RUS', feature: 'PPLC', admin: '48', population: 10381222, lat: 55.75222, lon: 37.61556 },
  { id: 5601538, name: 'Moscow', country: 'USA', feature: 'PPLA2', admin: 'ID', population: 25060, lat: 46.73239, lon: -117.00017 },
  { id: 704508, name: 'Kramators’k', country: 'UKR', feature: 'PPL', admin: '05', population: 173700, lat: 48.72305, lon: 37.55629 },
  { id: 709717, name: 'Donetsk', country: 'UKR', feature: 'PPLA', admin: '05', population: 1024700, lat: 48.023, lon: 37.80224 },
  { id: 0, name: 'Ukraine', country: 'UKR', feature: 'PCL', admin: '', population: 0, lat: 49, lon: 32 },
];
const text = [GAZETTEER_HEADER.join('\t'), ...rows.map(formatGazetteerRow)].join('\n') + '\n';

test('names are looked up by their token keys, all readings largest first', () => {
  const g = parseGazetteer(text, 'gazetteer.tsv');
  assert.equal(g.size, 5);
  const moscow = g.byKeys(['moscow']).map((r) => g.place(r).country);
  assert.deepEqual(moscow, ['RUS', 'USA']);
  assert.deepEqual(g.byKeys(['paris']), []);
  const first = g.place(g.byKeys(['moscow'])[0] ?? -1);
  assert.deepEqual(first, { row: 0, id: 524901, name: 'Moscow', country: 'RUS', feature: 'PPLC', admin: '48', population: 10381222, lat: 55.75222, lon: 37.61556 });
});

test('a transliteration apostrophe is optional: "Kramatorsk" finds "Kramators’k"', () => {
  assert.equal(nameKeys('Kramators’k'), "kramators'k|kramatorsk");
  const g = parseGazetteer(text, 'gazetteer.tsv');
  assert.equal(g.byKeys(['kramatorsk']).length, 1);
  assert.equal(g.byKeys(["kramators'k"]).length, 1);
});

test('countries by code; a first-order division as the mean of its places', () => {
  const g = parseGazetteer(text, 'gazetteer.tsv');
  assert.equal(g.place(g.countryRow('UKR') ?? -1).feature, 'PCL');
  const donetsk = g.adminCentroid('UKR', '05');
  assert.deepEqual(donetsk, { lat: 48.37, lon: 37.68, places: 2 });
  assert.equal(g.adminCentroid('UKR', '99'), undefined);
});

test('a damaged gazetteer says which file and line, and how to rebuild it', () => {
  assert.throws(
    () => parseGazetteer('id\tname\n1\tX\n', 'data/places/gazetteer.tsv'),
    (e: unknown) => isParleyError(e) && e.where.line === 1 && /npm run data:gazetteer/.test(e.hint ?? ''),
  );
  const short = `${GAZETTEER_HEADER.join('\t')}\n1\tMoscow\tRUS\n`;
  assert.throws(
    () => parseGazetteer(short, 'data/places/gazetteer.tsv'),
    (e: unknown) => isParleyError(e) && e.where.line === 2,
  );
});
