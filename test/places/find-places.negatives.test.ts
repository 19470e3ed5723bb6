/** What is not a place: names after other prepositions, names inside longer names or actors, small namesakes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coder } from '../helpers/coder.js';

function chosen(text: string): string[] {
  const { doc } = coder().code({ id: 'test', text, date: '2024-06-01', origin: { file: '<test>' } });
  return doc.places.filter((m) => m.place).map((m) => m.place?.name ?? '');
}

test('an origin, a partner or a modifier is not a scene', () => {
  assert.deepEqual(chosen('The envoy flew in from Paris.'), []);
  assert.deepEqual(chosen('Kyiv signed a deal with Warsaw.'), []);
  assert.deepEqual(chosen('The mayor of Moscow spoke.'), []);
});

test('a place name that modifies a noun names an actor or a thing', () => {
  assert.deepEqual(chosen('The decision was welcomed in the Tehran government.'), []);
  assert.deepEqual(chosen('He spoke at the Moscow mayor\'s office.'), []);
  assert.deepEqual(chosen('Delegates worked on the Minsk agreement in private.'), []);
});

test('a name inside a longer proper name is not that place', () => {
  assert.deepEqual(chosen('They laid flowers in the Ho Chi Minh Square.'), []);
  assert.deepEqual(chosen('He lectured at Moscow State University.'), []);
});

test('a person\'s or an organisation\'s words are never a place', () => {
  assert.deepEqual(chosen('The talks were held at Lula\'s invitation.'), []);
});

test('dates and lower-case words after "in" are not places', () => {
  assert.deepEqual(chosen('The law took effect in May.'), []);
  assert.deepEqual(chosen('Prices rose in hope of a deal.'), []);
});

test('a small namesake outside the document\'s countries is unknown, not a guess', () => {
  const { doc } = coder().code({ id: 't', text: 'Two men were detained in Hope.', date: '2024-06-01', origin: { file: '<test>' } });
  const m = doc.places[0];
  assert.ok(m, 'the mention is found');
  assert.equal(m.place, null);
  assert.ok(m.rules.includes('en.place.small-namesake'));
});
