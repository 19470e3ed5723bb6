/** Place mentions and their readings, through the whole coder (the gazetteer, regions and landmarks of data/). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coder } from '../helpers/coder.js';

/** "text -> Name/CTY/precision" for every place mention of a text. */
function places(text: string): string[] {
  const { doc } = coder().code({ id: 'test', text, date: '2024-06-01', origin: { file: '<test>' } });
  return doc.places.map(
    (m) => `${doc.text.slice(m.anchor, m.end)} -> ${m.place ? `${m.place.name}/${m.place.country}/${m.place.precision}` : 'null'}`,
  );
}

test('a name after a locative preposition: city, country, landmark', () => {
  assert.deepEqual(places('The two leaders met in Minsk.'), ['in Minsk -> Minsk/BLR/city']);
  assert.deepEqual(places('Fighting went on in Sudan.'), ['in Sudan -> Sudan/SDN/country']);
  assert.deepEqual(places('They were welcomed at the Kremlin Palace.'), ['at the Kremlin Palace -> Kremlin/RUS/landmark']);
  assert.deepEqual(places('Crowds marched through central Tbilisi.'), ['through central Tbilisi -> Tbilisi/GEO/city']);
});

test('descriptors are skipped, and a demonym or a possessive country says which namesake', () => {
  assert.deepEqual(places('Shelling hit homes in the southern port city of Odesa.'), [
    'in the southern port city of Odesa -> Odessa/UKR/city',
  ]);
  assert.deepEqual(places('Protesters blocked roads in the northern Lebanese city of Tripoli.'), [
    'in the northern Lebanese city of Tripoli -> Tripoli/LBN/city',
  ]);
  assert.deepEqual(places('Militias clashed in the Libyan capital, Tripoli, on Friday.'), [
    'in the Libyan capital, Tripoli -> Tripoli/LBY/city',
  ]);
  assert.deepEqual(places('Troops advanced into Russia\'s Kursk region.'), ['into Russia\'s Kursk region -> Kursk Region/RUS/admin1']);
});

test('a division named by its seat and a type word is a first-order division at the mean of its places', () => {
  const { doc } = coder().code({ id: 't', text: 'A plant opened in Kaluga oblast.', date: '2025-05-11', origin: { file: '<test>' } });
  const p = doc.places[0]?.place;
  assert.equal(p?.name, 'Kaluga Oblast');
  assert.equal(p?.precision, 'admin1');
  assert.equal(p?.country, 'RUS');
  assert.ok(p && Math.abs(p.lat - 54.5) < 1 && Math.abs(p.lon - 35.5) < 1.5);
});

test('a qualifier after a comma or "in" picks the reading: "Paris, Texas", "X Airport in Moscow"', () => {
  assert.deepEqual(places('A rally was held in Paris, Texas.'), ['in Paris, Texas -> Paris/USA/city']);
  assert.deepEqual(places('He arrived at Vnukovo 2 Airport in Moscow.'), [
    'at Vnukovo 2 Airport in Moscow -> Vnukovo Airport/RUS/landmark',
  ]);
});

test('the document\'s countries decide between namesakes; otherwise a capital or a large place', () => {
  assert.deepEqual(places('Lebanese troops deployed in Tripoli.'), ['in Tripoli -> Tripoli/LBN/city']);
  assert.deepEqual(places('Talks opened in Tripoli.'), ['in Tripoli -> Tripoli/LBY/city']);
  assert.deepEqual(places('Leaders gathered in Sharm el-Sheikh.'), ['in Sharm el-Sheikh -> Sharm el-Sheikh/EGY/city']);
});

test('press spellings reach the GeoNames place: Kiev, Gaza City, Khan Younis, Washington', () => {
  assert.deepEqual(places('Envoys met in Kiev.'), ['in Kiev -> Kyiv/UKR/city']);
  assert.deepEqual(places('Strikes hit targets in Gaza City and in Khan Younis.').map((s) => s.split(' -> ')[1]), [
    'Gaza/PSE/city',
    'Khān Yūnis/PSE/city',
  ]);
  assert.deepEqual(places('The two presidents met in Washington.'), ['in Washington -> Washington, D.C./USA/city']);
});

test('the dateline is a place mention', () => {
  const { doc } = coder().code({ id: 't', text: 'KYIV — Sirens sounded across the city.', date: '2025-05-11', origin: { file: '<test>' } });
  const d = doc.places.find((m) => m.via === 'dateline');
  assert.equal(d?.place?.name, 'Kyiv');
  assert.deepEqual(d?.rules, ['en.place.dateline']);
});
