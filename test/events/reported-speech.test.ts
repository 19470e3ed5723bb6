import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { code, triples } from '../helpers/coder.js';

describe('reported violence', () => {
  it('a party that says at the head of a sentence that another attacked accuses it (112)', () => {
    assert.deepEqual(triples('Armenia claimed that Azerbaijani troops had shelled Armenia.'), ['ARM 112 AZEMIL']);
    const [e] = code('Armenia claimed that Azerbaijani troops had shelled Armenia.');
    assert.equal(e?.rules[0], 'en.report.allegation');
  });
  it('two reported acts by the same actor are one accusation', () => {
    assert.deepEqual(triples('Armenia said Azerbaijani troops shelled Armenia and attacked Georgia.'), ['ARM 112 AZEMIL']);
  });
  it('the actor right after "said" is the subject of the reported clause', () => {
    assert.deepEqual(triples('Peru said Chilean forces attacked Bolivia.'), ['PER 112 CHLMIL']);
  });
});

describe('reported violence that stays an event', () => {
  it('attribution at the end of the sentence is sourcing', () => {
    assert.deepEqual(triples('Azerbaijani troops shelled Armenia, Armenia said.'), ['AZEMIL 194 ARM']);
  });
  it('a claim about one\'s own side', () => {
    assert.deepEqual(triples('Azerbaijan said Azerbaijani troops shelled Armenia.'), ['AZEMIL 194 ARM']);
  });
  it('an unnamed speaker', () => {
    assert.deepEqual(triples('Witnesses said Azerbaijani troops shelled Armenia.'), ['AZEMIL 194 ARM']);
  });
  it('a peaceful act reported by a party', () => {
    assert.deepEqual(triples('Peru said Chile paid a visit to Bolivia.'), ['CHL 042 BOL']);
  });
});

describe('what a relative clause says is not the claim', () => {
  it('"said that X must return a helicopter that was captured by Y" accuses no one', () => {
    assert.ok(!code('Russia said that Sudan must return a helicopter that was seized by Sudanese troops.').some((e) => e.code === '112'));
  });
});

