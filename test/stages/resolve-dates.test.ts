import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventMention } from '../../src/document.js';
import type { TimeWords } from '../../src/knowledge/time-words.js';
import { dateSentence, resolveDates } from '../../src/stages/resolve-dates.js';
import { stageContext, textDoc } from '../helpers/stage-context.js';

test('a weekday in a news report is the last one on or before the publication date', () => {
  // 2024-06-21 is a Friday
  assert.deepEqual(dateSentence('The ministers met on Thursday in Hanoi.', '2024-06-21', 14), {
    date: '2024-06-20',
    precision: 'day',
    rule: 'en.date.day',
  });
});

test('full dates, ranges and month-only dates', () => {
  const pub = '2024-06-21';
  assert.equal(dateSentence('Talks were held on June 3, 2024 in Geneva.', pub, 0)?.date, '2024-06-03');
  const range = dateSentence('The summit ran from June 3 to June 5.', pub, 0);
  assert.deepEqual(range, { date: '2024-06-03', date_end: '2024-06-05', precision: 'range', rule: 'en.date.range' });
  assert.equal(dateSentence('Fighting resumed in May 2024.', pub, 0)?.precision, 'month');
});

test('no hint, a far year, or (without a publication date) no stated year: no date', () => {
  assert.equal(dateSentence('The ministers met in Hanoi.', '2024-06-21', 0), null);
  assert.equal(dateSentence('Victory came on May 9, 1945 in Berlin.', '2024-06-21', 0), null);
  assert.equal(dateSentence('The ministers met on Thursday.', null, 0), null);
  assert.equal(dateSentence('They met on June 3, 2024.', null, 0)?.date, '2024-06-03');
});

test('each event takes the date nearest its trigger; an undated sentence gives the publication date', () => {
  const text = 'Russia attacked on June 10 and Ukraine answered on June 12. Talks went on.';
  const doc = textDoc(text, { date: '2024-06-21' });
  doc.sentences = [
    { start: 0, end: 59, index: 0, block: 'body', tokenStart: 0, tokenEnd: 0 },
    { start: 60, end: text.length, index: 1, block: 'body', tokenStart: 0, tokenEnd: 0 },
  ];
  const at = (sentence: number, word: string) =>
    ({ sentence, trigger: { start: text.indexOf(word), end: text.indexOf(word) + word.length } }) as EventMention;
  doc.events = [at(0, 'attacked'), at(0, 'answered'), at(1, 'went')];
  resolveDates.run(doc, stageContext());
  assert.deepEqual(
    doc.eventDates.map((d) => [d.date, d.precision]),
    [
      ['2024-06-10', 'day'],
      ['2024-06-12', 'day'],
      ['2024-06-21', 'publication'],
    ],
  );
});

test('a date in another clause (a relative or "after" clause) does not date the event', () => {
  const pub = '2024-10-15';
  const time = (stageContext().knowledge as { time: TimeWords }).time;
  const text = 'Canada expelled six Indian diplomats over the killing of a man who was shot in June 2024.';
  assert.equal(dateSentence(text, pub, text.indexOf('expelled'), time), null);
  const after = 'Kenya recalled its envoy after talks collapsed on Monday.';
  assert.equal(dateSentence(after, pub, after.indexOf('recalled'), time), null);
  const same = 'Canada expelled six Indian diplomats on Monday.';
  assert.equal(dateSentence(same, pub, same.indexOf('expelled'), time)?.date, '2024-10-14');
});

test('chrono reads only the part of a long sentence around its date words; offsets stay those of the sentence', () => {
  const pub = '2024-06-21';
  const lead = 'The foreign ministers of the two neighbouring countries, after a long and difficult round of consultations, ';
  const text = `${lead}met on Thursday in Hanoi after they had first met on June 18 in Bangkok.`;
  const met = text.indexOf('met on');
  assert.equal(dateSentence(text, pub, met)?.date, '2024-06-20');
  const again = text.indexOf('first met');
  assert.equal(dateSentence(text, pub, again + 10)?.date, '2024-06-18');
});

test('news refiners: "last week" is the previous Monday-Sunday, a month or a year starts its period', () => {
  // 2024-09-11 is a Wednesday: last week is Monday 2 to Sunday 8 September
  assert.deepEqual(dateSentence('The ministers met in Oslo last week.', '2024-09-11', 4), {
    date: '2024-09-02',
    date_end: '2024-09-08',
    precision: 'range',
    rule: 'en.date.last-week',
  });
  assert.deepEqual(dateSentence('Troops crossed the border three years ago.', '2025-02-24', 7), {
    date: '2022-01-01',
    precision: 'year',
    rule: 'en.date.year',
  });
  assert.deepEqual(dateSentence('Farmers protested earlier this month.', '2025-03-20', 8), {
    date: '2025-03-01',
    precision: 'month',
    rule: 'en.date.month',
  });
});

test('a lower-case weekday abbreviation is a word ("sat down"), and a stated far year is history', () => {
  assert.equal(dateSentence('The delegations sat down in Istanbul for talks.', '2025-05-19', 15), null);
  assert.equal(dateSentence('The delegations sat down on May 16 for talks.', '2025-05-19', 15)?.date, '2025-05-16');
  assert.equal(dateSentence('He spoke at the anniversary of the landings of June 6, 1944.', '2024-06-07', 3), null);
});
