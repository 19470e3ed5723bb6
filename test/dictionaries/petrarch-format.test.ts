/** The PETRARCH/TABARI dictionary reader: comments, dates, actor records and agent records, each with line numbers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importActors } from '../../src/dictionaries/import-actors.js';
import { importAgents, regularPlural } from '../../src/dictionaries/import-agents.js';
import { detectKind } from '../../src/dictionaries/import.js';
import { parseDatedCode, petrarchDate } from '../../src/dictionaries/petrarch-dates.js';
import { petrarchLines } from '../../src/dictionaries/petrarch-lines.js';

describe('petrarchLines', () => {
  it('drops XML comments over several lines, # and ; comments, and blank lines, keeping line numbers', () => {
    const text = '<!-- header\nstill header -->\nNORTHLAND_ [NTH] # a note\n\n\t[NTHGOV >000101] ; old style\nA <!-- x --> B';
    assert.deepEqual([...petrarchLines(text)], [
      { line: 3, text: 'NORTHLAND_ [NTH]', indented: false },
      { line: 5, text: '[NTHGOV >000101]', indented: true },
      { line: 6, text: 'A  B', indented: false },
    ]);
  });
});

describe('date restrictions', () => {
  it('reads YYMMDD with a 2030 pivot, and YYYYMMDD', () => {
    assert.equal(petrarchDate('991231'), '1999-12-31');
    assert.equal(petrarchDate('050704'), '2005-07-04');
    assert.equal(petrarchDate('19450509'), '1945-05-09');
    assert.equal(petrarchDate('990231'), null);
    assert.equal(petrarchDate('9908223'), null);
  });
  it('reads defaults, before, after and ranges, with or without blanks', () => {
    assert.deepEqual(parseDatedCode('NTH'), { code: 'NTH', from: null, to: null });
    assert.deepEqual(parseDatedCode('NTHGOV >000101'), { code: 'NTHGOV', from: '2000-01-01', to: null });
    assert.deepEqual(parseDatedCode('NTHGOV < 000101'), { code: 'NTHGOV', from: null, to: '2000-01-01' });
    assert.deepEqual(parseDatedCode('nthgov 19900101 - 19991231'), { code: 'NTHGOV', from: '1990-01-01', to: '1999-12-31' });
    assert.deepEqual(parseDatedCode('AAA/BBB'), { code: 'AAA/BBB', from: null, to: null });
  });
  it('says what is wrong with a bad restriction', () => {
    assert.match(String(parseDatedCode('NTHGOV 19820101')), /not a date restriction/);
    assert.match(String(parseDatedCode('NTHGOV 991231-900101')), /ends before it starts/);
    assert.match(String(parseDatedCode('N+T')), /not an actor code/);
  });
});

describe('importActors', () => {
  const text = [
    'NORTHLAND_  [NTH]',
    '+NORTHLANDER_',
    '+NORTH_KINGDOM',
    'JANE_DOE_  # an invented leader',
    '\t[NTHELI 800101-991231]',
    '\t[NTHGOV >000101]',
    '+NORTH_UNION [AAA/BBB]',
    '+J_DOE',
    'BROKEN [NTH',
    'NOCODE_',
    'TWO_CODES_ [NTHGOV 900101-951231][NTHELI]',
  ].join('\n');
  const r = importActors(text, 'invented.actors.txt');

  it('reads entries with synonyms and dated codes, in order', () => {
    const [north, jane] = r.actors;
    assert.deepEqual(north?.names, ['NORTHLAND', 'NORTHLANDER', 'NORTH KINGDOM']);
    assert.deepEqual(north?.codes, [{ code: 'NTH', from: null, to: null }]);
    assert.equal(north?.id, 'dict.invented.northland');
    assert.equal(north?.source, 'invented.actors.txt:1');
    assert.deepEqual(jane?.codes, [
      { code: 'NTHELI', from: '1980-01-01', to: '1999-12-31' },
      { code: 'NTHGOV', from: '2000-01-01', to: null },
    ]);
    assert.equal(r.synonyms, 4);
  });
  it('reads several code blocks on one line (TABARI style)', () => {
    const two = r.actors.find((a) => a.names[0] === 'TWO CODES');
    assert.equal(two?.codes.length, 2);
  });
  it('reports every unreadable line with its number and goes on', () => {
    const lines = r.problems.map((p) => `${p.line} ${p.severity}`);
    assert.ok(lines.includes('7 warning'), 'a synonym with its own code');
    assert.ok(lines.includes('9 error'), 'an unclosed bracket');
    assert.ok(lines.includes('10 warning'), 'an entry with no code is skipped');
    assert.equal(r.actors.length, 3);
  });
  it('refuses a synonym or code line before any entry', () => {
    const bad = importActors('+ALONE\n\t[NTH]\nOK [NTH]', 'x.txt');
    assert.deepEqual(bad.problems.map((p) => p.line), [1, 2]);
    assert.equal(bad.actors.length, 1);
  });
});

describe('importAgents', () => {
  const text = [
    '!FOLK! = MAN, MEN, WOMAN, WOMEN',
    'HARBOUR_PILOT [~PLT]',
    'FERRY!FOLK! [~SEA]',
    'TAX_COLLECTOR {TAX_COLLECTORS_GENERAL} [~GOVTAX]',
    'GENTRY {} [~ELI]',
    'LAKE_WATCH [WCH~]',
    'STRAY_LINE',
    'BAD_CODE [GOV]',
    'NEW!UNDEFINED! [~X]',
  ].join('\n');
  const r = importAgents(text, 'invented.agents.txt');
  const byId = (id: string) => r.agents.find((a) => a.id === `dict.invented.${id}`);

  it('makes regular plurals, keeps given ones, and none for {}', () => {
    assert.deepEqual(byId('harbour-pilot')?.names, ['HARBOUR PILOT', 'HARBOUR PILOTS']);
    assert.deepEqual(byId('tax-collector')?.names, ['TAX COLLECTOR', 'TAX COLLECTORS GENERAL']);
    assert.deepEqual(byId('gentry')?.names, ['GENTRY']);
  });
  it('expands substitution sets without adding plurals', () => {
    assert.deepEqual(byId('ferryman')?.names, ['FERRYMAN', 'FERRYMEN', 'FERRYWOMAN', 'FERRYWOMEN']);
  });
  it('reads the position of the code', () => {
    assert.equal(byId('harbour-pilot')?.position, 'after');
    assert.equal(byId('lake-watch')?.position, 'before');
    assert.equal(byId('lake-watch')?.code, 'WCH');
  });
  it('reports lines it cannot read', () => {
    assert.deepEqual(r.problems.filter((p) => p.severity === 'error').map((p) => p.line), [7, 8, 9]);
  });
  it('spells English plurals', () => {
    assert.equal(regularPlural('ENVOY'), 'ENVOYS');
    assert.equal(regularPlural('MILITARY DEPUTY'), 'MILITARY DEPUTIES');
    assert.equal(regularPlural('WITNESS'), 'WITNESSES');
    assert.equal(regularPlural('church'), 'churches');
  });
});

describe('detectKind', () => {
  it('goes by the file name, else by the first code', () => {
    assert.equal(detectKind('my.agents.txt', ''), 'agents');
    assert.equal(detectKind('x.actors', ''), 'actors');
    assert.equal(detectKind('dict.txt', '# [~no]\nFARMER [~AGR]'), 'agents');
    assert.equal(detectKind('dict.txt', 'NORTHLAND [NTH]'), 'actors');
  });
});
