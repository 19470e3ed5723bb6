/**
 * Other senses of names (data/lexicon/en/name-senses.json): each rule's own example leaves its name out of the
 * actors, and the same names in their state sense are still actors.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { nameSensesFileSchema } from '../../src/actors/name-senses.js';
import { repoRoot } from '../../src/paths.js';
import { actors, coder } from '../helpers/coder.js';

const file = nameSensesFileSchema.parse(
  JSON.parse(readFileSync(join(repoRoot(), 'data/lexicon/en/name-senses.json'), 'utf8')),
);

describe('name senses: every rule keeps its example name out of the actors', () => {
  for (const rule of file.rules) {
    it(`${rule.id}: "${rule.example}"`, () => {
      const { doc } = coder().code({ id: 't', text: rule.example, date: '2024-06-01', origin: { file: '<test>' } });
      const at = doc.text.indexOf(rule.not_actor);
      assert.ok(at >= 0, `"${rule.not_actor}" is not in the example`);
      const inside = doc.actors.filter((m) => m.start <= at && at < m.end);
      assert.deepEqual(inside.map((m) => m.code), [], `${rule.not_actor} became an actor`);
      assert.ok(doc.nonActors.some((n) => n.rule === rule.id && n.start <= at && at < n.end), `${rule.id} did not fire`);
    });
  }
});

describe('name senses: the state sense is kept', () => {
  it('Jordan, Georgia, China and Turkey acting as states', () => {
    assert.deepEqual(actors('Jordan accused Israel of violating the truce.'), ['JOR Jordan', 'ISR Israel']);
    assert.deepEqual(actors('Georgia accused Russia of occupying its territory.'), ['GEO Georgia', 'RUS Russia']);
    assert.deepEqual(actors('China protested to Japan.'), ['CHN China', 'JPN Japan']);
    assert.deepEqual(actors("Turkey's president met Greek officials."), ["TURGOV Turkey's president", 'GRCGOV Greek officials']);
  });
  it('a capitalised function word or a title before the name is not a given name', () => {
    assert.deepEqual(actors('In Jordan, officials met.'), ['JOR Jordan', '---GOV officials']);
    assert.deepEqual(actors('Neighbouring Jordan closed its border.'), ['JOR Jordan']);
  });
  it('a vote tally is not a sports score', () => {
    assert.deepEqual(actors('The council voted 13-2 to condemn Russia.').includes('RUS Russia'), true);
  });
  it('a person with a title is still a person when no facility noun follows', () => {
    assert.equal(actors('President Vladimir Putin visited Hanoi.')[0], 'RUSGOV President Vladimir Putin');
  });
});
