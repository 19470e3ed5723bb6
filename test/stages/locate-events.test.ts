import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../helpers/coder.js';

/** "CODE Name/CTY/precision rule" for every event of a text. */
function located(text: string, date = '2025-05-11'): string[] {
  return code(text, date).map((e) => {
    const rule = e.rules.find((r) => r.startsWith('en.place.') && !['en.place.preposition', 'en.place.gazetteer', 'en.place.landmark', 'en.place.destination', 'en.place.admin1-suffix', 'en.place.region', 'en.place.qualified', 'en.place.country-qualifier'].includes(r));
    return `${e.code} ${e.location ? `${e.location.name}/${e.location.country}/${e.location.precision}` : 'null'} ${rule ?? '-'}`;
  });
}

test('the place in the event\'s clause, after the trigger first, then before it', () => {
  assert.deepEqual(located('Russia and China held talks in Minsk on Friday.'), [
    '040 Minsk/BLR/city en.place.nearest',
    '040 Minsk/BLR/city en.place.nearest',
  ]);
  assert.deepEqual(located('In Geneva, the United States criticised Iran.'), ['111 Genève/CHE/city en.place.nearest']);
});

test('a place in another clause does not place the event', () => {
  assert.deepEqual(located('Russia criticised Ukraine after a meeting in Paris.'), ['111 null -'].map((s) => s));
});

test('a more precise place of the same clause in the same country refines the nearest', () => {
  const [visit] = located('Vietnam\'s leader arrived at Vnukovo 2 Airport in Moscow, beginning an official visit to Russia.');
  assert.equal(visit, '042 Vnukovo Airport/RUS/landmark en.place.refine');
});

test('a visit with nothing closer said is in the visited city or country; a destination places only a visit', () => {
  assert.deepEqual(located('Vietnam\'s president paid a state visit to Belarus.'), ['042 Belarus/BLR/country en.place.nearest']);
  assert.deepEqual(located('Syria\'s foreign minister visited Riyadh.'), ['042 Riyadh/SAU/city en.place.visit-city']);
  assert.deepEqual(located('Japan sent aid to Gaza.').map((s) => s.split(' ')[1]), ['null']);
});

test('an attack on a city happened in that city', () => {
  assert.deepEqual(located('Russian forces shelled Kyiv.'), ['194 Kyiv/UKR/city en.place.target-city']);
});

test('"during the visit" takes the visit\'s place; else the dateline; else null, never a capital', () => {
  const text =
    'MOSCOW — Vietnam\'s leader paid an official visit to Russia. During the visit, Vietnam and Russia signed ' +
    'an agreement. Separately, China condemned Japan.';
  const got = located(text);
  assert.ok(got.includes('042 Russia/RUS/country en.place.nearest'));
  assert.ok(got.includes('057 Russia/RUS/country en.place.within-visit'));
  assert.ok(got.includes('111 Moscow/RUS/city en.place.dateline'));
  assert.deepEqual(located('China condemned Japan.'), ['111 null -']);
});
