/** Places where a sentence split, or a token split, would be wrong. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { run, sentenceTexts, tokenTexts } from '../helpers/segment.js';

const ONE_SENTENCE = [
  'Gen. Lâm arrived in Moscow on Sunday.',
  'Mr. and Mrs. Smith met Dr. Jones and Prof. Tran.',
  'Lt. Gen. Smith and Maj. Gen. Jones inspected the troops.',
  'Sen. Warren and Rep. Ocasio-Cortez spoke with Gov. Newsom.',
  'The U.S. Embassy in Hanoi issued a statement.',
  'The U.N. Security Council met at 9 a.m. Monday in New York.',
  'Officials from the E.U. and the U.K. Foreign Office met.',
  'It happened at 10:30 p.m. Washington time.',
  'Washington, D.C. Mayor Bowser spoke.',
  'John F. Kennedy and George W. Bush visited Berlin.',
  'Growth was 2.5 percent in the third quarter.',
  'Resolution No. 2 passed after a vote on Art. 5 of the treaty.',
  'Talks began on Jan. 5 and ended on Sept. 30 in Geneva.',
  'Acme Inc. Chairman John Smith resigned.',
  'The score was 3-1 vs. Brazil.',
  'Roe v. Wade was cited by the court.',
  'He earned a Ph.D. in Moscow.',
  'Exports, e.g. rice and coffee, rose, i.e. by a third.',
  '“We will win,” he said.',
  '“We will win.” he said, smiling.',
  '“Will we win?” he asked.',
  '“Stop now!” the protesters shouted.',
  '“We tried… They refused,” he said.',
  '"We waited... Nobody came," the envoy said.',
  'He left the room... and then came back.',
  'The minister (who spoke to Reuters.) left early.',
  'Prices rose.the next day, they fell.',
  'Hanoi’s envoy, Mr. Nguyễn Văn A. Trần, arrived.',
];

describe('segment: no split', () => {
  for (const text of ONE_SENTENCE) {
    it(text, () => {
      assert.deepEqual(sentenceTexts(run(text)), [text]);
    });
  }

  it('does not split a title at its periods', () => {
    assert.equal(run('U.S. envoy meets Gen. Lâm. Talks go on.', 'title').sentences.length, 1);
  });

  it('does not split at a single line break inside a paragraph', () => {
    assert.equal(run('The talks in\nHanoi ended on\nMonday.').sentences.length, 1);
  });
});

describe('segment: no token split', () => {
  const WHOLE: Array<[string, string]> = [
    ['Díaz-Canel met them.', 'Díaz-Canel'],
    ['A high-ranking delegation came.', 'high-ranking'],
    ['Việt Nam signed.', 'Việt'],
    ['Nguyễn Phú Trọng spoke.', 'Nguyễn'],
    ['The U.S. agreed.', 'U.S.'],
    ['At 9 a.m. today.', 'a.m.'],
    ['Dr. Lê came.', 'Dr.'],
    ['Growth was 2.5 percent.', '2.5'],
    ['Some 1,000 troops.', '1,000'],
    ['At 10:30 today.', '10:30'],
    ["O'Brien spoke.", "O'Brien"],
    ['Côte d’Ivoire voted.', 'd’Ivoire'],
    ['The COVID-19 crisis.', 'COVID-19'],
    ['The talks ended...', '...'],
  ];
  for (const [text, token] of WHOLE) {
    it(`${token} in "${text}"`, () => {
      assert.ok(tokenTexts(run(text)).includes(token), tokenTexts(run(text)).join(' | '));
    });
  }

  it('does not take a sentence-final period into an ordinary word', () => {
    assert.deepEqual(tokenTexts(run('He left Hanoi.')), ['He', 'left', 'Hanoi', '.']);
    assert.deepEqual(tokenTexts(run('Troops rose to 2019.')).slice(-2), ['2019', '.']);
  });

  it('does not treat lower-case words as abbreviations', () => {
    assert.deepEqual(tokenTexts(run('He said no. Then he left.')).slice(0, 4), ['He', 'said', 'no', '.']);
    assert.equal(run('He said no. Then he left.').sentences.length, 2);
  });
});
