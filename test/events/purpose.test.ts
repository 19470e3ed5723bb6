import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { code, triples } from '../helpers/coder.js';

describe('purpose clauses fold into the protest they explain', () => {
  it('"marched to demand X from Y": one protest aimed at Y', () => {
    assert.deepEqual(triples('Students in Nairobi marched to demand reforms from the Kenyan government.'), [
      'KENEDU 141 KENGOV',
    ]);
    const [e] = code('Students in Nairobi marched to demand reforms from the Kenyan government.');
    assert.ok(e?.rules.includes('en.clause.purpose'));
  });
  it('a group "throughout" a country belongs to it', () => {
    assert.deepEqual(triples('Students throughout Chile staged demonstrations to demand reforms from the Chilean government.'), [
      'CHLEDU 141 CHLGOV',
    ]);
  });
});

describe('what is not a purpose clause', () => {
  it('a demand in another clause stays a demand, and a backoff protest beside it says nothing', () => {
    assert.deepEqual(triples('Kenya demanded reforms, and students marched.'), ['KEN 100 -']);
  });
  it('a demand before the protest is not its purpose', () => {
    assert.deepEqual(triples('Kenya demanded reforms from Uganda before Kenyan students staged a protest.').sort(), [
      'KEN 100 UGA',
      'KENEDU 141 -',
    ]);
  });
});
