/** Breadth of the conflict families: threaten (13), protest (14), posture (15), assault (18), mass violence (20). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { triples } from '../helpers/coder.js';

const positives: [string, string][] = [
  ['Ethiopia threatened to annex parts of Eritrea.', 'ETH 1382 ERI'],
  ['Greece threatened to impose a naval blockade on Turkey.', 'GRC 1381 TUR'],
  ['Serbian police threatened to arrest Kosovar journalists.', 'SRBCOP 132 XKXMED'],
  ['Rwanda threatened to withdraw its troops from Mozambique.', 'RWA 136 MOZ'],
  ['Iran threatened to retaliate against the United States.', 'IRN 138 USA'],
  ['North Korea threatened to fire missiles at Japan.', 'PRK 1384 JPN'],
  ['Argentine farmers picketed the Brazilian consulate.', 'ARGAGR 141 BRA'],
  ['Indian shoppers boycotted Chinese products.', 'IND 143 CHN'],
  ['Ghanaian teachers struck over unpaid salaries.', 'GHAEDU 143 -'],
  ['Palestinian youths hurled stones at Israeli police.', 'PSECVL 145 ISRCOP'],
  ['Lebanese protesters torched the French embassy in Beirut.', 'LBNOPP 145 FRA'],
  ['Armenian students occupied the central square in Yerevan.', 'ARMEDU 144 ARM'],
  ['Taiwan scrambled its fighter jets as Chinese bombers approached.', 'TWN 150 CHNMIL'],
  ['Colombia recruited thousands of police officers.', 'COL 153 -'],
  ['Estonia raised its national terror threat level.', 'EST 151 -'],
  ['Gunmen took hostage two Italian engineers in Libya.', '---REB 181 ITA'],
  ['A Somali suicide bomber blew himself up in Kenya.', 'SOM 1831 KEN'],
  ['Houthi militants hurled grenades at Saudi soldiers.', 'YEMREB 183 SAUMIL'],
  ['Libyan militias subjected Sudanese migrants to beatings.', 'LBYREB 1822 SDNCVL'],
  ['Kenyan police beat Somali refugees with sticks.', 'KENCOP 182 SOMREF'],
  ['Serbian forces carried out mass executions of Albanians.', 'SRBMIL 202 ALB'],
  ['Iraqi jets dropped mustard gas on Syrian rebels.', 'IRQMIL 2041 SYRREB'],
];

const negatives = [
  'Germany slaughtered Brazil in the World Cup semi-final.',
  'Italy slaughtered France in the Six Nations match.',
  "Sweden's striker struck over the bar against Norway.",
  "Chile's defence was held hostage to the whims of the referee.",
  'The Peruvian singer protested her innocence.',
  'Brazil demonstrated its commitment to the climate deal.',
  'Markets ran riot after the Japanese election.',
  'The wildfire threatened to cut off roads to Chile.',
  'China doubled its foreign currency reserves.',
  'Kenya drafted a new constitution in 2010.',
  'Germany staged a show of strength against Italy.',
  "Argentina's economy minister warned of a recession.",
];

describe('lexicon breadth: threaten, protest, posture, assault, mass violence', () => {
  for (const [text, expected] of positives) {
    it(`codes "${text}"`, () => {
      assert.ok(triples(text).includes(expected), `${text} -> ${JSON.stringify(triples(text))}`);
    });
  }
  for (const text of negatives) {
    it(`codes nothing in "${text}"`, () => {
      assert.deepEqual(triples(text), []);
    });
  }
});
