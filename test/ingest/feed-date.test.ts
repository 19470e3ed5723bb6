import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedDate } from '../../src/ingest/feed-date.js';

test('RFC 822 / 1123 dates give the day as written, whatever the zone', () => {
  const cases: [string, string][] = [
    ['Tue, 06 May 2025 18:30:00 +0700', '2025-05-06'],
    ['Tue, 06 May 2025 23:59:59 -1000', '2025-05-06'],
    ['Wed, 7 May 2025 08:00 GMT', '2025-05-07'],
    ['7 May 2025', '2025-05-07'],
    ['Thu, 8 May 25 10:00:00 EST', '2025-05-08'],
    ['Sat, 01 Jan 99 00:00:00 GMT', '1999-01-01'],
    ['Mon, 29 Sept 2025 09:00:00 Z', '2025-09-29'],
    ['Monday, 29 September 2025 09:00:00 +0000', '2025-09-29'],
    ['  Fri, 29 Feb 2024 12:00:00 +0100  ', '2024-02-29'],
    ['Tue, 06 may 2025 18:30:00.123 +0700', '2025-05-06'],
  ];
  for (const [value, expected] of cases) assert.equal(feedDate(value), expected, value);
});

test('ISO dates written where RFC 822 belongs are read too', () => {
  assert.equal(feedDate('2025-05-06T18:30:00+07:00'), '2025-05-06');
  assert.equal(feedDate('2025-05-06'), '2025-05-06');
});

test('anything else, or a day that does not exist, is null', () => {
  const bad = ['', 'yesterday', 'Fri, 29 Feb 2025 12:00:00 GMT', '31 Apr 2025', '6 Mayday 2025', '6 Ma 2025', '2025-13-01'];
  for (const value of bad) assert.equal(feedDate(value), null, value);
});
