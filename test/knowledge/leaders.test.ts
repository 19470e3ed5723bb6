import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { idMismatches } from '../../scripts/build-leaders/check-recent.js';
import { isParleyError } from '../../src/errors.js';
import { loadCountries } from '../../src/knowledge/countries.js';
import { type Leader, leaderPhrases, loadLeaders } from '../../src/knowledge/leaders.js';
import { defaultDataDir } from '../../src/paths.js';
import { phraseKeys } from '../../src/text/phrase-keys.js';

const dataDir = defaultDataDir();
const index = loadLeaders(dataDir);
const look = (name: string, date: string | null): Leader[] => index.lookup(phraseKeys(name), date);
const codes = (name: string, date: string | null): string[] => look(name, date).map((l) => l.code);

test('Obama in 2015 is USAGOV, the President', () => {
  const [obama, ...rest] = look('Obama', '2015-06-01');
  assert.equal(rest.length, 0);
  assert.equal(obama?.code, 'USAGOV');
  assert.equal(obama?.country, 'USA');
  assert.equal(obama?.role, 'GOV');
  assert.equal(obama?.title, 'President');
  assert.deepEqual(codes('Barack Obama', '2015-06-01'), ['USAGOV']);
  assert.deepEqual(codes("Obama's", '2015-06-01'), [], 'the caller splits the possessive off');
});

test('Trump: USAGOV in 2019 and 2025, nobody in 2022', () => {
  assert.deepEqual(codes('Trump', '2019-03-01'), ['USAGOV']);
  assert.deepEqual(codes('Trump', '2025-02-01'), ['USAGOV']);
  assert.deepEqual(codes('Donald Trump', '2025-06-30'), ['USAGOV']);
  assert.deepEqual(codes('Trump', '2022-05-01'), []);
});

test('Biden: USAGOV in 2022, nobody in June 2025 (he left office on 2025-01-20)', () => {
  assert.deepEqual(codes('Biden', '2022-05-01'), ['USAGOV']);
  assert.deepEqual(codes('Biden', '2025-06'), []);
  assert.deepEqual(codes('Biden', '2025-06-15'), []);
  assert.deepEqual(codes('Biden', '2025-01-19'), ['USAGOV']);
  assert.deepEqual(codes('Biden', '2025-01-20'), [], 'the end date is the successor’s first day');
});

test('Putin: RUSGOV as prime minister in 2009 and as president in 2020', () => {
  const in2009 = look('Putin', '2009-06-01');
  assert.deepEqual(
    in2009.map((l) => [l.code, l.title]),
    [['RUSGOV', 'Prime Minister']],
  );
  assert.deepEqual(
    look('Vladimir Putin', '2020-06-01').map((l) => [l.code, l.title]),
    [['RUSGOV', 'President']],
  );
});

test('Lula: BRAGOV in 2008 and 2024, nobody in 2015', () => {
  assert.deepEqual(codes('Lula', '2008-06-01'), ['BRAGOV']);
  assert.deepEqual(codes('Lula', '2024-06-01'), ['BRAGOV']);
  assert.deepEqual(codes('Lula da Silva', '2024-06-01'), ['BRAGOV']);
  assert.deepEqual(codes('Lula', '2015-06-01'), []);
});

test('Tô Lâm and To Lam: VNMGOV in 2025', () => {
  assert.deepEqual(codes('Tô Lâm', '2025-03-01'), ['VNMGOV']);
  assert.deepEqual(codes('To Lam', '2025-03-01'), ['VNMGOV']);
  assert.equal(look('TÔ LÂM', '2025-03-01')[0]?.title, 'General Secretary');
});

test('CountryInfo fills the years before 2009: Bush, Chirac, Yeltsin', () => {
  assert.deepEqual(codes('Bush', '1990-06-01'), ['USAGOV'], 'George Bush (senior)');
  assert.deepEqual(codes('Bush', '2005-06-01'), ['USAGOV'], 'George W. Bush');
  assert.deepEqual(codes('Chirac', '2000-06-01'), ['FRAGOV']);
  assert.deepEqual(codes('Yeltsin', '1995-06-01'), ['RUSGOV']);
  assert.equal(look('Hillary Clinton', '2010-06-01')[0]?.title, 'Secretary of State');
  assert.deepEqual(codes('Rumsfeld', '2004-06-01'), ['USAMIL'], 'a defence minister keeps his code');
});

test('a person is returned once even when both files have them; two people make an ambiguous answer', () => {
  const obama = look('Obama', '2009-06-01');
  assert.equal(obama.length, 1);
  assert.equal(obama[0]?.source, 'parley');
  const kings = look('King Abdullah', '2010-06-01').map((l) => l.country);
  assert.deepEqual(kings.sort(), ['JOR', 'SAU']);
});

test('without a date: the matches if they agree on country and role, else none', () => {
  assert.deepEqual([...new Set(codes('Putin', null))], ['RUSGOV']);
  assert.deepEqual(codes('King Abdullah', null), []);
  assert.deepEqual(codes('Nobody Atall', null), []);
  assert.deepEqual(codes('Obama', 'not a date'), []);
});

test('ambiguous and common-word surnames are not aliases', () => {
  for (const word of ['Rice', 'Brown', 'Ahmed', 'Kim', 'Lee', 'Gates', 'Major']) {
    assert.deepEqual(codes(word, '2008-01-01'), [], word);
    assert.equal(
      index.all.some((l) => l.aliases.includes(word)),
      false,
      word,
    );
  }
  assert.deepEqual(codes('Condoleezza Rice', '2008-01-01'), ['USAGOV']);
});

test('UN Secretaries-General: IGOUNO, no country', () => {
  const [guterres] = look('Guterres', '2020-01-01');
  assert.equal(guterres?.code, 'IGOUNO');
  assert.equal(guterres?.country, null);
  assert.deepEqual(codes('Ban Ki-moon', '2010-01-01'), ['IGOUNO']);
});

test('every country exists in countries.json and every code starts with its CAMEO code', () => {
  const countries = loadCountries(dataDir);
  for (const leader of index.all) {
    if (leader.country === null) continue;
    const country = countries.byIso3(leader.country);
    assert.ok(country, `${leader.id}: ${leader.country}`);
    assert.ok(leader.code.startsWith(country.cameo), leader.id);
    assert.equal(leader.code.slice(3, 6), leader.role, leader.id);
  }
});

test('the hand-written file covers its 64 countries in 2012 and 2024, with one id per person', () => {
  const recent = index.all.filter((l) => l.source === 'parley');
  const required = [
    'USA RUS CHN GBR FRA DEU JPN IND BRA CAN AUS ITA ESP KOR PRK MEX IDN TUR SAU IRN IRQ SYR',
    'ISR PSE EGY UKR BLR POL VNM CUB VEN ARM AZE KAZ UZB MNG PAK AFG LBN JOR QAT ARE NGA ZAF',
    'KEN ETH ARG COL CHL PER PHL THA MYS SGP KHM LAO MMR NZL NLD BEL SWE HUN SRB GEO',
  ].join(' ');
  for (const iso3 of required.split(' ')) {
    for (const date of ['2012-01-01', '2024-01-01']) {
      const inOffice = recent.filter(
        (l) => l.country === iso3 && l.start <= date && (l.end === null || date < l.end),
      );
      assert.ok(inOffice.length > 0, `${iso3} on ${date}`);
    }
  }
  assert.deepEqual(
    idMismatches(
      recent,
      index.all.filter((l) => l.source === 'countryinfo'),
    ),
    [],
  );
});

test('leaderPhrases gives the keys of every name and alias, once per person', () => {
  const phrases = leaderPhrases(index);
  const obama = phrases.filter((p) => p.leader.id === 'usa.barack-obama').map((p) => p.keys.join(' '));
  assert.ok(obama.includes('obama'));
  assert.ok(obama.includes('barack obama'));
  assert.equal(new Set(obama).size, obama.length);
  assert.ok(phrases.some((p) => p.keys.join(' ') === 'to lam'));
});

function withExtraFile(content: unknown, check: (file: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'parley-leaders-'));
  const file = join(dir, 'extra-leaders.json');
  writeFileSync(file, JSON.stringify(content));
  try {
    check(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const good = {
  id: 'fra.jean-dupont',
  name: 'Jean Dupont',
  aliases: ['Dupont'],
  country: 'FRA',
  code: 'FRAGOV',
  role: 'GOV',
  title: 'Mayor',
  start: '2020-01-01',
  end: null,
  source: 'parley',
};

test('extra files: loaded with the same schema', () => {
  withExtraFile({ leaders: [good] }, (file) => {
    const extended = loadLeaders(dataDir, [file]);
    assert.deepEqual(
      extended.lookup(['dupont'], '2021-01-01').map((l) => l.id),
      ['fra.jean-dupont'],
    );
  });
});

test('extra files: an end before the start or a bad country names the file and the entry', () => {
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ start: '2020-01-01', end: '2019-12-31' }, /leaders\.1\.end: end is before start/],
    [{ country: 'usa' }, /leaders\.1\.country/],
    [{ country: 'XYZ', code: 'XYZGOV' }, /leaders\.1 \(fra\.jean-dupont\): unknown country "XYZ"/],
    [{ country: 'DEU' }, /leaders\.1 .*does not start with DEU's CAMEO code/],
    [{ start: '2020-02-30' }, /leaders\.1\.start: not a calendar date/],
  ];
  for (const [change, message] of cases) {
    withExtraFile({ leaders: [good, { ...good, ...change }] }, (file) => {
      assert.throws(
        () => loadLeaders(dataDir, [file]),
        (error: unknown) => {
          assert.ok(isParleyError(error));
          assert.equal(error.where.file, file);
          assert.match(error.message, message);
          return true;
        },
      );
    });
  }
  assert.throws(
    () => loadLeaders(dataDir, [join(tmpdir(), 'no-such-leaders.json')]),
    (error: unknown) => isParleyError(error) && error.code === 'data.missing',
  );
});

test('extra files: YAML works, and a user entry overrides the built-in one for the same person', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-leaders-'));
  const file = join(dir, 'mine.yaml');
  // a user correcting a built-in entry: same id, another title
  const obama = loadLeaders(dataDir).lookup(['barack', 'obama'], '2015-01-01')[0];
  assert.ok(obama);
  writeFileSync(
    file,
    ['leaders:', `  - id: ${obama.id}`, '    name: Barack Obama', '    aliases: [Obama]', '    country: USA',
      '    code: USAGOV', '    role: GOV', '    title: Commander in Chief', '    start: "2009-01-20"',
      '    end: "2017-01-20"', '    source: user'].join('\n'),
  );
  try {
    const found = loadLeaders(dataDir, [file]).lookup(['obama'], '2015-01-01');
    assert.deepEqual(found.map((l) => [l.title, l.source]), [['Commander in Chief', 'user']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
