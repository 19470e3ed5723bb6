/**
 * Events stated as noun phrases, across the CAMEO families: "Poland's expulsion of Russian diplomats", "the arrest of X
 * by police", "talks between A and B", "a ceasefire between A and B took effect". The agent of a nominal rule is
 * only the possessor or demonym inside the noun phrase, or its "by"/"from" slot, never the subject of the sentence;
 * "between" takes a coordinated list whose members act on each other. Sentences of our own; the negatives mention
 * the same nouns with no agent, in the past, planned, called off, or in sport.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { code, triples } from '../helpers/coder.js';

/** The triples of a sentence, sorted, for sentences whose events come in no fixed order. */
function sorted(text: string): string[] {
  return triples(text).sort();
}

describe('nominal events: the possessor or demonym is the agent', () => {
  it('a possessive expulsion of diplomats', () => {
    assert.deepEqual(triples('Lithuania\'s expulsion of three Belarusian diplomats was announced in Vilnius.'), [
      'LTU 166 BLRGOV',
    ]);
  });
  it('a possessive detention and a possessive release', () => {
    assert.deepEqual(triples('Russia\'s detention of an American reporter strained ties with Washington.'), [
      'RUS 173 USAMED',
    ]);
    assert.deepEqual(triples('Armenia\'s release of two Azerbaijani soldiers was welcomed.'), ['ARM 0841 AZEMIL']);
  });
  it('a blockade, a threat to annex and a condemnation named by their possessor', () => {
    assert.deepEqual(triples('Azerbaijan\'s blockade of Armenia lasted months.'), ['AZE 191 ARM']);
    assert.deepEqual(triples('Venezuela\'s threat to annex Guyana alarmed Brazil.'), ['VEN 138 GUY']);
    assert.deepEqual(triples('Egypt\'s condemnation of Israel was read out at the summit.'), ['EGY 111 ISR']);
  });
  it('an import ban and arms deliveries: possessor and demonym', () => {
    assert.deepEqual(triples('Poland\'s import ban on Ukrainian grain angered Kyiv.'), ['POL 163 UKR']);
    assert.deepEqual(triples('German arms deliveries to Israel were criticised.'), ['DEU 072 ISR']);
  });
  it('a force named in the noun phrase: military drills and a drone strike', () => {
    assert.deepEqual(triples('Chinese military drills near Taiwan continued on Sunday.'), ['CHNMIL 150 TWN']);
    assert.deepEqual(triples('A Russian drone strike on Kyiv damaged a school.'), ['RUSMIL 195 UKR']);
  });
  it('new sanctions named after their sender', () => {
    assert.deepEqual(triples('Fresh EU sanctions against Iran target drone makers.'), ['IGOEUREEC 163 IRN']);
  });
  it('a deportation named by its possessor beside a criticism from the sentence\'s object', () => {
    assert.deepEqual(sorted('Pakistan\'s deportation of Afghan refugees drew criticism from Kabul.'), [
      'AFG 111 PAK',
      'PAK 174 AFGREF',
    ]);
  });
});

describe('nominal events: the agent after "by" or "of"', () => {
  it('an expulsion, an arrest and a killing by a named actor', () => {
    assert.deepEqual(triples('The expulsion of a Chinese diplomat by Canada followed the spying case.'), [
      'CAN 166 CHNGOV',
    ]);
    assert.deepEqual(triples('The arrest of two Turkish journalists by Swedish police drew criticism.'), [
      'SWECOP 173 TURMED',
    ]);
    assert.deepEqual(triples('The killing of four Kenyan police officers by Somali militants shocked Nairobi.'), [
      'SOMREB 190 KENCOP',
    ]);
  });
  it('the withdrawal of a named force from a place', () => {
    assert.deepEqual(triples('The withdrawal of Rwandan troops from Congo was confirmed.'), ['RWAMIL 0874 COG']);
  });
  it('the arrival of a named visitor is a visit', () => {
    assert.deepEqual(triples('The arrival of the Ethiopian president in Kenya drew crowds.'), ['ETHGOV 042 KEN']);
  });
});

describe('nominal events: "between" takes every party', () => {
  it('negotiations and talks placed before their parties', () => {
    assert.deepEqual(sorted('Negotiations between Sudan and South Sudan resumed on Thursday.'), [
      'SDN 046 SSD',
      'SSD 046 SDN',
    ]);
    assert.deepEqual(sorted('Talks in Doha between Israel and Hamas stalled.'), [
      'ISR 040 PSEREBHMS',
      'PSEREBHMS 040 ISR',
    ]);
  });
  it('a truce that comes into force and a ceasefire that is announced', () => {
    assert.deepEqual(sorted('A truce between Israel and Hamas came into force on Friday.'), [
      'ISR 0871 PSEREBHMS',
      'PSEREBHMS 0871 ISR',
    ]);
    assert.deepEqual(sorted('A ceasefire between India and Pakistan was announced on Saturday.'), [
      'IND 0871 PAK',
      'PAK 0871 IND',
    ]);
  });
  it('the signing of a pact and the restoration of relations', () => {
    assert.deepEqual(sorted('The signing of a defence pact between Japan and the Philippines took place in Manila.'), [
      'JPN 057 PHL',
      'PHL 057 JPN',
    ]);
    const restored = 'The restoration of diplomatic relations between Saudi Arabia and Iran surprised Washington.';
    assert.deepEqual(sorted(restored), ['IRN 054 SAU', 'SAU 054 IRN']);
  });
  it('clashes between two forces go both ways', () => {
    assert.deepEqual(sorted('Clashes between Kyrgyz and Tajik troops erupted on the border.'), [
      'KGZMIL 190 TJKMIL',
      'TJKMIL 190 KGZMIL',
    ]);
  });
});

describe('nominal events: object of a demand or appeal', () => {
  it('urging or demanding a withdrawal asks for it; the withdrawal is no event', () => {
    assert.deepEqual(triples('Kenya urged the withdrawal of Ugandan troops from Somalia.'), ['KEN 0256 UGAMIL']);
    assert.deepEqual(triples('Poland demanded the withdrawal of Russian troops from Belarus.'), ['POL 106 RUSMIL']);
  });
  it('demanding the lifting of sanctions is a demand, not an easing', () => {
    assert.deepEqual(triples('Kenya demanded the lifting of sanctions on Zimbabwe.'), ['KEN 1054 ZWE']);
  });
});

describe('nominal events: nouns that are no event', () => {
  const none = (text: string) => assert.deepEqual(code(text), [], text);
  it('sanctions, ceasefires and arrests mentioned without an agent', () => {
    none('Sanctions on Iran have hurt its oil trade, Kenya said.');
    none('The ceasefire between Armenia and Azerbaijan held overnight.');
    none('The arrest of the opposition leader sparked protests in Uganda.');
    none('Kenya said the expulsion of the diplomats was a mistake.');
  });
  it('past events used as time references', () => {
    none('Since Russia\'s invasion of Ukraine, wheat prices have risen.');
    none('Uganda marked the anniversary of the signing of the peace treaty with Kenya.');
    none('The 1994 genocide in Rwanda left deep scars.');
  });
  it('planned, postponed or called-off events', () => {
    none('The planned withdrawal of French troops from Niger worried Mali.');
    none('The release of the hostages by Hamas was postponed.');
    none('Talks between Serbia and Kosovo were called off on Monday.');
  });
  it('verbal attacks and sport', () => {
    none('Trump\'s attack on Biden dominated the debate.');
    none('Argentina\'s attack against France in the second half was relentless.');
    none('Clashes between Kenya and Uganda in the World Cup qualifier ended 2-2.');
  });
  it('the noun with a target that is no actor', () => {
    none('China\'s crackdown on corruption widened.');
    none('Kenya\'s investigation into the plane crash continues.');
    none('Iran\'s release of its new budget surprised markets.');
  });
});
