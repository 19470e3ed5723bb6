/**
 * The cooperative end of the event lexicon (CAMEO 01–06: statements, appeals, intentions, consultations, diplomatic
 * and material cooperation): sentences written for these tests, none taken from a suite or a rule example. The
 * positives pin who does what to whom; the negatives guard the precision of the patterns against sports, markets,
 * weather and personal uses of the same words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { code, triples } from '../helpers/coder.js';

const sorted = (text: string): string[] => triples(text).sort();

describe('01 statements', () => {
  it('voicing doubts about another actor is a pessimistic comment (012)', () => {
    assert.deepEqual(triples('Chile voiced doubts that the Bolivian plan would work.'), ['CHL 012 BOL']);
  });
  it('a minute of silence is a symbolic act (017)', () => {
    assert.deepEqual(triples('Lebanon observed a minute of silence for the soldiers killed in the blast.'), ['LBN 017 -']);
  });
  it('denying being behind an attack denies responsibility (016)', () => {
    assert.deepEqual(triples('The Malian junta denied being behind the attack on the convoy.'), ['MLI 016 -']);
  });
  it('offering no comment declines comment (011)', () => {
    const [e] = code('Senegal offered no comment on the arrest of the Gambian envoy.');
    assert.equal(e?.code, '011');
    assert.equal(e?.source?.code, 'SEN');
  });
});

describe('02 appeals', () => {
  it('appealing for emergency aid is an appeal for aid (023)', () => {
    assert.deepEqual(triples('Nepal appealed for emergency aid after the earthquake.'), ['NPL 023 -']);
  });
  it('urging another state to release detainees is an appeal for release (0253)', () => {
    assert.deepEqual(triples('Finland urged Russia to release the detained Finnish sailors.'), ['FIN 0253 RUS']);
  });
  it('calling for the withdrawal of troops targets the troops (0256)', () => {
    assert.deepEqual(triples('Egypt called for the withdrawal of Ethiopian troops from Somalia.'), ['EGY 0256 ETHMIL']);
  });
  it('urging two sides to show restraint appeals to both (0256)', () => {
    assert.deepEqual(sorted('Jordan urged Israel and Lebanon to exercise restraint.'), ['JOR 0256 ISR', 'JOR 0256 LBN']);
  });
  it('seeking weapons from another state is an appeal for military aid (0232)', () => {
    assert.deepEqual(triples('Estonia sought more artillery from South Korea.'), ['EST 0232 KOR']);
  });
  it('"rejected calls for the release of" is a rejection, not an appeal by the rejecter', () => {
    assert.ok(triples('Tehran rejected calls for the release of the Swedish diplomat.').every((t) => !t.includes(' 025')));
  });
});

describe('03 intentions', () => {
  it('offering to withdraw troops expresses intent to de-escalate (0356)', () => {
    assert.deepEqual(triples('Uganda offered to withdraw its troops from Congo.'), ['UGA 0356 COG']);
  });
  it('pledging humanitarian aid expresses intent to provide it (0333)', () => {
    assert.deepEqual(triples('Japan pledged humanitarian aid to Myanmar.'), ['JPN 0333 MMR']);
  });
  it('readiness to resume talks is intent to negotiate, not a meeting (036)', () => {
    assert.deepEqual(triples('Peru expressed its readiness to resume talks with Bolivia.'), ['PER 036 BOL']);
  });
  it('assurances received from another actor are that actor\'s intent (030)', () => {
    assert.deepEqual(triples('Slovenia received written assurances from Croatia.'), ['HRV 030 SVN']);
  });
});

describe('04 consultations', () => {
  it('conferring with another leader is a reciprocal consultation (040)', () => {
    assert.deepEqual(sorted('The Czech prime minister conferred with the Slovak prime minister.'), [
      'CZEGOV 040 SVKGOV',
      'SVKGOV 040 CZEGOV',
    ]);
  });
  it('a phone call received is a telephone discussion with the caller (041)', () => {
    assert.deepEqual(sorted('The Chilean president received a phone call from the Peruvian president.'), [
      'CHLGOV 041 PERGOV',
      'PERGOV 041 CHLGOV',
    ]);
  });
  it('playing host to a visitor is hosting (043)', () => {
    assert.deepEqual(triples('Austria played host to the Serbian president on Monday.'), ['AUT 043 SRBGOV']);
  });
  it('peace talks are negotiations (046)', () => {
    assert.deepEqual(sorted('Serbia and Hungary held peace talks.'), ['HUN 046 SRB', 'SRB 046 HUN']);
  });
});

describe('05 diplomatic cooperation', () => {
  it('reopening an embassy is diplomatic recognition (054)', () => {
    assert.deepEqual(triples('Nigeria reopened its embassy in Niger.'), ['NGA 054 NER']);
  });
  it('backing a Security Council resolution endorses the Council (051)', () => {
    assert.deepEqual(triples('Mexico backed a UN Security Council resolution on Haiti.'), ['MEX 051 IGOUNO']);
  });
  it('paying tribute to a leader is praise (051)', () => {
    assert.deepEqual(triples('Tunisia paid tribute to Algeria\'s former president.'), ['TUN 051 DZAGOV']);
  });
});

describe('06 material cooperation', () => {
  it('stepping up energy cooperation is reciprocal economic cooperation (061)', () => {
    assert.deepEqual(sorted('Mongolia stepped up energy cooperation with Russia.'), ['MNG 061 RUS', 'RUS 061 MNG']);
  });
  it('handing suspects over is judicial cooperation (063)', () => {
    assert.deepEqual(triples('Thailand handed over three suspects to Malaysia.'), ['THA 063 MYS']);
  });
  it('sharing imagery with another state is intelligence cooperation (064)', () => {
    assert.deepEqual(triples('Brazil shared satellite imagery of the fires with Bolivia.'), ['BRA 064 BOL']);
  });
});

describe('no event: the same words outside politics', () => {
  const none = [
    'Japanese investors were deeply worried about the yen.',
    'The striker paid tribute to his late father.',
    'The French team trained in Qatar before the match.',
    "Spain's coach praised the efforts of his players after the final.",
    'The plane flew into Russian airspace.',
    'The Nigerian president expressed hope for a good harvest.',
    'The ministry voiced fears of a poor harvest in Russia.',
    'The Japanese striker worked closely with his coach before the final.',
    "The choir observed a minute's silence before the concert.",
    'Fans in Argentina showed solidarity with Messi.',
    'The Turkish national team greeted fans at the airport in Istanbul.',
    'President Zelensky spoke to the United Nations General Assembly.',
    'France said it was still determined to mend ties with Algeria.',
    "Real Madrid is in contract talks with Brazil's top striker.",
  ];
  for (const text of none) {
    it(text, () => {
      assert.deepEqual(triples(text), []);
    });
  }
});
