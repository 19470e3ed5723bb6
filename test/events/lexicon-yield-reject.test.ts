/**
 * The event lexicon for CAMEO families 07 (aid), 08 (yield), 09 (investigate), 10 (demand) and 12 (reject):
 * sentences written for this test, each with the triples it must give, and sentences that must give none.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { triples } from '../helpers/coder.js';

const cases: [string, string[]][] = [
  // 07 provide aid
  ['Norway donated four million dollars to Malawi.', ['NOR 070 MWI']],
  ['Japan sent a team of doctors to Morocco after the earthquake.', ['JPN 073 MAR']],
  ['France cancelled Haiti\'s debt.', ['FRA 071 HTI']],
  ['The World Bank approved a new loan for Kenya.', ['IGOUNOWBK 071 KEN']],
  ['Canada announced a new military aid package for Ukraine.', ['CAN 072 UKR']],
  ['Ghana deployed peacekeepers to Lebanon.', ['GHA 074 LBN']],
  ['The Belarusian opposition leader was granted asylum in Lithuania.', ['LTU 075 BLROPP']],
  // 08 yield
  ['Turkey withdrew its troops from Iraq.', ['TUR 0874 IRQ']],
  ['Armenia swapped prisoners with Azerbaijan.', ['ARM 0841 AZE', 'AZE 0841 ARM']],
  ['Israel halted its offensive in Gaza.', ['ISR 087 PSE']],
  ['The European Union eased its arms embargo against China.', ['IGOEUREEC 085 CHN']],
  ['Georgia received observers from the OSCE.', ['GEO 0862 IGOEUROSC']],
  ['Haiti welcomed the deployment of Kenyan police.', ['HTI 0861 KENCOP']],
  ['Egypt allowed aid trucks to cross into Gaza.', ['EGY 0863 PSE']],
  ['Kenyan nurses called off their strike.', ['KENHLH 082 -']],
  // 09 investigate
  ['The IAEA sent inspectors to Iran.', ['IGOUNOIAE 090 IRN']],
  ['The ICC opened an investigation into war crimes in Ukraine.', ['IGOJUDICC 094 UKR']],
  ['Peru opened an investigation into bribery by Brazilian firms.', ['PER 091 BRABUS']],
  ['A Russian businessman was placed under investigation in France.', ['FRA 090 RUSBUS']],
  // 10 demand
  ['Moldova demanded the withdrawal of Russian troops.', ['MDA 106 RUSMIL']],
  ['Ukraine demanded that Russia halt its attacks on power plants.', ['UKR 1056 RUS']],
  ['Egypt demanded an immediate ceasefire in Gaza.', ['EGY 107 PSE']],
  ['Thai protesters demanded the resignation of Prime Minister Prayuth.', ['THAOPP 1041 THAGOV']],
  ['Russia demanded that the European Union lift its sanctions.', ['RUS 1054 IGOEUREEC']],
  // 12 reject
  ['China refused to comply with the arbitration ruling.', ['CHN 128 -']],
  ['Venezuela refused to back down.', ['VEN 124 -']],
  ['Ethiopia failed to reach a deal with Egypt over the dam.', ['ETH 120 EGY', 'EGY 120 ETH']],
  ['Greece vetoed North Macedonia\'s membership bid.', ['GRC 129 MKD']],
  ['Britain rejected Sri Lanka\'s request for aid.', ['GBR 122 LKA']],
  ['Israel ruled out talks with Hamas.', ['ISR 125 PSEREBHMS']],
];

const negatives: string[] = [
  // sports, markets, personnel: the words of a trigger in another sense
  'The Brazilian side surrendered a two-goal lead in the second half.',
  'Chinese oil demand fell sharply in the third quarter.',
  'Kenyan fuel prices follow supply and demand.',
  'The Kenyan president dismissed his interior minister on Monday.',
  'The French central bank pushed for lower inflation.',
  'The Nigerian team called off its training session in Lagos.',
  'Japanese shoppers took in the sights of Paris.',
  // a purpose, a request, a negation, a possibility or a condition: nothing was done
  'The envoy began a regional tour aimed at ending the war in Sudan.',
  'Kenyan police laid down strict rules for the march.',
  'Japan would never grant asylum to the Russian deserters.',
  'Egypt did not allow aid trucks to cross into Gaza.',
  'Analysts said Russia may withdraw its troops from Moldova.',
  'If Iran releases the French tourists, France will lift sanctions.',
];

describe('lexicon: aid, yield, investigate, demand, reject', () => {
  for (const [text, expected] of cases) {
    it(text, () => {
      assert.deepEqual(triples(text).sort(), [...expected].sort());
    });
  }
});

describe('lexicon: aid, yield, investigate, demand, reject — no event', () => {
  for (const text of negatives) {
    it(text, () => {
      assert.deepEqual(triples(text), []);
    });
  }
});

describe('lexicon: an act demanded is not the act', () => {
  it('"demanded that X lift sanctions" is one demand (1054), not a lifting', () => {
    assert.deepEqual(triples('Kenya demanded that Uganda lift sanctions on Tanzania.'), ['KEN 1054 UGA']);
  });
  it('"demanded that X end curbs" is a demand, not an easing', () => {
    assert.ok(!triples('Human rights groups demanded that Egypt end curbs on the press.').some((t) => / 08\d+ /.test(t)));
  });
});
