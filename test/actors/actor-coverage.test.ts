/**
 * Actor coverage: organisations by their own names and acronyms, national bodies called by local names, agent nouns
 * and titles with their CAMEO roles (data/actors/organisations.json, data/lexicon/en/roles.json), and words that must
 * stay out of the actors. Sentences written for this file.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actors } from '../helpers/coder.js';

describe('organisations by name, spelling variant and acronym', () => {
  it('an organisation name after "the" is read whole, not as "the UN" plus the rest', () => {
    assert.deepEqual(actors('The U.N. Security Council met in New York.'), ['IGOUNO The U.N. Security Council']);
    assert.deepEqual(actors('Sweden gave money to the UN refugee agency.'), ['SWE Sweden', 'IGOUNOREFHCR the UN refugee agency']);
    assert.deepEqual(actors('Ministers met the United Nations peacekeepers in Goma.'), [
      '---GOV Ministers',
      'IGOUNOMIL the United Nations peacekeepers',
    ]);
  });
  it('intergovernmental bodies, courts and tribunals', () => {
    assert.deepEqual(actors('The International Labour Organization criticised Qatar.'), [
      'IGOUNOLABILO The International Labour Organization',
      'QAT Qatar',
    ]);
    assert.deepEqual(actors('The U.N. war crimes tribunal indicted two generals.'), [
      'IGOUNOJUDWCT The U.N. war crimes tribunal',
    ]);
    assert.deepEqual(actors('The Organization of African Unity sent envoys to Asmara.'), [
      'IGOAFROAU The Organization of African Unity',
      '---GOV envoys',
      'ERI Asmara',
    ]);
  });
  it('Hezbollah under its other spellings and its English name', () => {
    assert.deepEqual(actors('Hizballah fired rockets at the border.'), ['LBNREB Hizballah', '---MIL rockets']);
    assert.deepEqual(actors('The Party of God denied the report.'), ['LBNREB The Party of God']);
  });
  it('armed movements take the country they fight in, whatever demonym precedes them', () => {
    assert.deepEqual(actors('The Revolutionary United Front released the hostages.'), [
      'SLEREB The Revolutionary United Front',
      '---CVL the hostages',
    ]);
    assert.deepEqual(actors('The Pakistani Taliban claimed the attack.'), ['PAKREB The Pakistani Taliban']);
    assert.deepEqual(actors('The Tamil Tigers shelled the town.'), ['LKAREB The Tamil Tigers']);
  });
  it('governments, parliaments and forces called by their own names', () => {
    assert.deepEqual(actors('The Knesset approved the budget.'), ['ISRLEG The Knesset']);
    assert.deepEqual(actors('The Palestinian Authority condemned the raid.'), ['PSEGOV The Palestinian Authority']);
    assert.deepEqual(actors('The Israel Defense Forces said two soldiers were hurt.'), [
      'ISRMIL The Israel Defense Forces',
      '---MIL two soldiers',
    ]);
    assert.deepEqual(actors('The Pope visited Iraq.'), ['VATGOV The Pope', 'IRQ Iraq']);
  });
  it('"Jewish settlers" are Israeli civilians', () => {
    assert.deepEqual(actors('Israeli troops detained Jewish settlers near Nablus.'), [
      'ISRMIL Israeli troops',
      'ISRCVL Jewish settlers',
    ]);
  });
});

describe('agent nouns and titles with their CAMEO roles', () => {
  it('workers are labour, farmers agriculture, aid workers an NGO', () => {
    assert.deepEqual(actors('Chilean workers went on strike.'), ['CHLLAB Chilean workers']);
    assert.deepEqual(actors('Indian farmers blocked the roads.'), ['INDAGR Indian farmers']);
    assert.deepEqual(actors('Swedish aid workers reached the camp.'), ['SWENGO Swedish aid workers']);
  });
  it('militiamen and rebel forces are armed groups, not an army', () => {
    assert.deepEqual(actors('Burundian militiamen attacked the camp.'), ['BDIREB Burundian militiamen']);
    assert.deepEqual(actors('Rebel forces seized the airport.'), ['---REB Rebel forces']);
  });
  it('hackers, clerics, politicians, lawyers and radio', () => {
    assert.deepEqual(actors('North Korean hackers stole the funds.'), ['PRKCRM North Korean hackers']);
    assert.deepEqual(actors('Iraqi clerics called for calm.'), ['IRQREL Iraqi clerics']);
    assert.deepEqual(actors('Rwandan politicians traded insults.'), ['RWAPTY Rwandan politicians']);
    assert.deepEqual(actors('Police arrested three Kenyan lawyers.'), ['---COP Police', 'KENJUD three Kenyan lawyers']);
    assert.deepEqual(actors('Israeli radio said the talks failed.'), ['ISRMED Israeli radio']);
  });
  it('titles: hyphenated, abbreviated ranks, portfolio ministers, security chiefs', () => {
    assert.deepEqual(actors('Vice-President Tamsin Okafor resigned.'), ['---GOV Vice-President Tamsin Okafor']);
    assert.deepEqual(actors('Lt. Gen. Omar Diallo inspected the barracks.'), ['---MIL Lt. Gen. Omar Diallo']);
    assert.deepEqual(actors('The Serbian Labour Minister resigned.'), ['SRBGOV The Serbian Labour Minister']);
    assert.deepEqual(actors("Cairo's security chief warned the crowd."), ["EGYCOP Cairo's security chief"]);
  });
  it("a state's own security council and anti-corruption body are its government, not the UN", () => {
    assert.deepEqual(actors("Turkey's National Security Council met."), ["TURGOV Turkey's National Security Council"]);
    assert.deepEqual(actors('Pressure grew from the Kenya Anti-Corruption Commission.'), [
      'KENGOV the Kenya Anti-Corruption Commission',
    ]);
  });
  it('an organisation and its members are one actor', () => {
    assert.deepEqual(actors('Hezbollah militiamen left the village.'), ['LBNREB Hezbollah militiamen']);
  });
});

describe('words that stay out of the actors', () => {
  it('a verb "monitors" after a group noun is not part of it', () => {
    assert.deepEqual(actors('The ministry monitors the border closely.'), ['---GOV The ministry']);
  });
  it('radio and television count only after a country', () => {
    assert.deepEqual(actors('She watched television at home.'), []);
    assert.deepEqual(actors('Local radio played music all night.'), []);
  });
  it('the bare acronym IRA (a US law, a savings account) is not the Irish Republican Army', () => {
    assert.deepEqual(actors('The IRA tax credits helped the factory.'), []);
  });
  it('the end of "Sudan People\'s Liberation Army" is not China\'s army', () => {
    assert.ok(!actors("The Sudan People's Liberation Army attacked.").some((a) => a.startsWith('CHN')));
  });
  it('"Save the date" and "worker protests" name no actor', () => {
    assert.deepEqual(actors('Save the date for the summit.'), []);
    assert.deepEqual(actors('Worker protests spread.'), []);
  });
});
