/**
 * Rules of English noun phrases the actor finder follows: Arabic names with a lower-case article, plural demonyms,
 * a sentence-initial "The" before an organisation named after a country, state bodies of a known leader, hyphenated
 * "<country>-led/-backed/-based" groups, a sector noun between a demonym and a group noun, and appositives after a
 * comma in a subject. Every sentence here was written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pluralDemonym } from '../../src/actors/lexicon.js';
import { actors, coder, triples } from '../helpers/coder.js';

function names(text: string, date = '2024-06-01') {
  const { doc } = coder().code({ id: 't', text, date, origin: { file: '<test>' } });
  return doc.actors.map((m) => ({ code: m.code, name: m.name, text: doc.text.slice(m.start, m.end) }));
}

describe('names with a lower-case Arabic article', () => {
  it('an organisation written "al-X" is found', () => {
    assert.deepEqual(actors('Gunmen loyal to al-Qaeda ambushed a convoy.'), ['---REB Gunmen', 'IMGMUSAQE al-Qaeda']);
    assert.deepEqual(actors('The al-Shabab militants shelled the town.'), ['SOMREB The al-Shabab militants']);
  });
  it('a person\'s name goes on over "al-X": the whole name finds the leader', () => {
    const [p] = names('Prime Minister Nouri al-Maliki spoke on Monday.', '2010-03-01');
    assert.deepEqual(p, { code: 'IRQGOV', name: 'Nouri al-Maliki', text: 'Prime Minister Nouri al-Maliki' });
  });
  it('only a capital after the article makes a name', () => {
    assert.deepEqual(actors('Ministers praised an al-fresco dinner.'), ['---GOV Ministers']);
    assert.deepEqual(actors('The as-yet unnamed envoy arrived.'), []);
  });
});

describe('plural demonyms', () => {
  it('English adds -s to a demonym noun, also after a consonant other than n, r, t', () => {
    assert.equal(pluralDemonym('Turk'), 'Turks');
    assert.equal(pluralDemonym('Uzbek'), 'Uzbeks');
    assert.equal(pluralDemonym('Spaniard'), 'Spaniards');
    assert.equal(pluralDemonym('Bosnian Serb'), 'Bosnian Serbs');
    assert.equal(pluralDemonym('Irishman'), 'Irishmen');
    assert.equal(pluralDemonym('German'), 'Germans');
    assert.equal(pluralDemonym('Czech'), 'Czechs');
  });
  it('demonyms in -sh, -ch, -ese, -ss and adjectives in -ic make no plural', () => {
    for (const d of ['French', 'Irish', 'Chinese', 'Swiss', 'Dutch', 'Hellenic', 'South Sudanese']) assert.equal(pluralDemonym(d), null, d);
  });
  it('finds the people of a country by the plural demonym', () => {
    assert.deepEqual(actors('Serbs, Kazakhs and Uzbeks voted.'), [
      'SRB Serbs, Kazakhs and Uzbeks',
      'KAZ Serbs, Kazakhs and Uzbeks',
      'UZB Serbs, Kazakhs and Uzbeks',
    ]);
    assert.deepEqual(actors('Czechs voted on Sunday.'), ['CZE Czechs']);
    assert.deepEqual(actors('Bosnian Serbs marched.'), ['BIH Bosnian Serbs']);
    assert.deepEqual(actors('Hellenics voted.'), []);
  });
  it('after "ethnic" a demonym names an ethnic group, placed only by "in"', () => {
    assert.deepEqual(actors('Ethnic Greeks marched on Sunday.'), ['---CVL Ethnic Greeks']);
    assert.deepEqual(actors('Ethnic Russians in Latvia marched.'), ['LVACVL Ethnic Russians in Latvia']);
    assert.deepEqual(actors('Police beat ethnic Serb civilians.'), ['---COP Police', '---CVL ethnic Serb civilians']);
  });
});

describe('"The" before an organisation named after a country', () => {
  it('a sentence-initial article is not part of a personal name', () => {
    assert.deepEqual(actors('The Kenya Anti-Corruption Commission opened an inquiry.'), [
      'KENGOV The Kenya Anti-Corruption Commission',
    ]);
  });
  it('a first name beside a surname is still a person', () => {
    assert.deepEqual(actors('Kenya Moore said she would run.'), []);
  });
});

describe('a state body of a known leader', () => {
  it('"the government of President X" is X\'s government', () => {
    assert.deepEqual(actors('The government of President Vladimir Putin rejected the plan.'), [
      'RUSGOV The government of President Vladimir Putin',
    ]);
    assert.deepEqual(actors('The military government of President Pervez Musharraf banned the rallies.', '2002-01-10'), [
      'PAKGOV The military government of President Pervez Musharraf',
    ]);
  });
  it('an unknown name gives no country', () => {
    assert.deepEqual(actors('The government of President Smithson rejected the plan.'), ['---GOV The government', '---GOV President Smithson']);
  });
});

describe('hyphenated "<country>-led / -backed / -based"', () => {
  it('"X-led" forces are X\'s forces', () => {
    assert.deepEqual(actors('Vietnamese-led forces crossed the river.'), ['VNMMIL Vietnamese-led forces']);
    assert.deepEqual(actors('Saudi-led coalition troops advanced.'), ['SAUMIL Saudi-led coalition troops']);
  });
  it('"X-backed" groups are not X\'s: a proxy is coded by itself', () => {
    assert.deepEqual(actors('Iran-backed militias stormed the base.'), ['---REB Iran-backed militias']);
    assert.deepEqual(actors('Kremlin-backed separatists shelled the town.'), ['---REB Kremlin-backed separatists']);
  });
  it('"X-based" non-state groups are located in X; soldiers are not', () => {
    assert.deepEqual(actors('A UK-based group criticised the verdict.'), ['GBRNGO A UK-based group']);
    assert.deepEqual(actors('Nairobi-based activists criticised the verdict.'), ['KENOPP Nairobi-based activists']);
    assert.deepEqual(actors('Germany-based soldiers left.'), ['---MIL Germany-based soldiers']);
  });
  it('other hyphenated adjectives are not country modifiers', () => {
    assert.deepEqual(actors('Government-held areas were shelled.'), []);
  });
});

describe('a sector noun between a demonym and a group noun', () => {
  it('the demonym still gives the group its country', () => {
    assert.deepEqual(actors('French paper workers walked out.'), ['FRALAB French paper workers']);
    assert.deepEqual(actors('Nigerian oil workers walked out.'), ['NGALAB Nigerian oil workers']);
    assert.deepEqual(actors('Kenyan opposition candidates walked out.'), ['KENOPP Kenyan opposition candidates']);
  });
  it('not across a verb, a plural noun or a second plain noun', () => {
    assert.deepEqual(actors('Ukrainian shelling hit civilians.'), ['UKR Ukrainian', '---CVL civilians']);
    assert.deepEqual(actors('Israeli fire hit protesters.'), ['ISR Israeli', '---OPP protesters']);
    assert.deepEqual(actors('Chinese steel exports hurt workers.'), ['CHN Chinese', '---LAB workers']);
    assert.deepEqual(actors('Greeks fear workers will strike.'), ['GRC Greeks', '---LAB workers']);
  });
});

describe('an indefinite noun phrase after a comma in the subject', () => {
  it('closed by a comma, it describes the actor before it, which is the subject', () => {
    assert.deepEqual(triples('Amnesty International, a rights group, criticised Egypt.'), ['NGOHRIAMN 111 EGY']);
    assert.deepEqual(triples('Egypt, a key US ally, criticised Israel.'), ['EGY 111 ISR']);
  });
  it('left open, it is the subject of a new clause, not a second member of a list', () => {
    assert.deepEqual(triples('Kenyan refugees, a rights group protested.'), ['---NGO 140 -']);
  });
  it('a list whose indefinite member is not the last stays a list', () => {
    assert.deepEqual(triples('Egypt, a US delegation and Jordan criticised Israel.'), ['EGY 111 ISR', 'USAGOV 111 ISR', 'JOR 111 ISR']);
    assert.deepEqual(triples('Kenya, Uganda and Tanzania criticised Israel.'), ['KEN 111 ISR', 'UGA 111 ISR', 'TZA 111 ISR']);
  });
});
