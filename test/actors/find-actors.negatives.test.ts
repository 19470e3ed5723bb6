import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actors } from '../helpers/coder.js';

describe('words that look like actors but are not', () => {
  it('"turkey" and "china" in lower case are a bird and porcelain', () => {
    assert.deepEqual(actors('We ate turkey off the best china.'), []);
  });
  it('"us" the pronoun is not the United States', () => {
    assert.deepEqual(actors('They told us about it.'), []);
  });
  it('a demonym before a sports team or a market is not an actor', () => {
    assert.deepEqual(actors('The Turkish national team arrived.'), []);
    assert.deepEqual(actors('Chinese stocks fell.'), []);
  });
  it('"Union" inside a proper name is not a labour union', () => {
    assert.ok(!actors('The former Soviet Union collapsed.').some((a) => a.startsWith('---LAB')));
  });
  it('"official" as an adjective is not an official', () => {
    assert.deepEqual(actors('It was an official ceremony.'), []);
  });
});
