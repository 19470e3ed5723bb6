import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isParleyError } from '../../src/errors.js';
import { loadCountries } from '../../src/knowledge/countries.js';
import { defaultDataDir, repoRoot } from '../../src/paths.js';

const countries = loadCountries(defaultDataDir());
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

test('every world-countries country is in the table, once, sorted by ISO code', () => {
  assert.equal(countries.all.length, 250);
  const codes = countries.all.map((c) => c.iso3);
  assert.deepEqual(codes, [...new Set(codes)].sort());
  assert.ok(countries.byIso3('XKX'), 'Kosovo is XKX');
  assert.ok(countries.byIso3('PSE'), 'Palestine is PSE');
  assert.equal(countries.byIso3('UNK'), undefined);
});

test('Vietnam: "Viet Nam", "Việt Nam", "Vietnamese", Hanoi', () => {
  const vnm = countries.byIso3('vnm');
  assert.ok(vnm);
  assert.equal(vnm.name, 'Vietnam');
  for (const name of ['Vietnam', 'Viet Nam', 'Việt Nam']) assert.ok(vnm.names.includes(name), name);
  assert.ok(vnm.demonyms.includes('Vietnamese'));
  assert.ok(vnm.capitals.includes('Hanoi'));
  assert.equal(vnm.fips, 'VM');
  assert.equal(vnm.iso2, 'VN');
});

test('press variants and seats of government', () => {
  assert.ok(countries.byIso3('USA')?.names.includes('U.S.'));
  assert.ok(countries.byIso3('GBR')?.names.includes('Britain'));
  assert.ok(countries.byIso3('COD')?.names.includes('DRC'));
  assert.ok(countries.byIso3('RUS')?.seats.includes('the Kremlin'));
  assert.ok(countries.byIso3('USA')?.seats.includes('the White House'));
  assert.ok(countries.byIso3('ARE')?.demonyms.includes('Emirati'));
});

test('names hold no ISO 2-letter codes (but "US" and "UK" are press names); demonyms are deduplicated', () => {
  for (const country of countries.all) {
    assert.ok(country.names.includes(country.name), country.iso3);
    const twoLetter = country.names.filter((name) => /^[A-Z]{2}$/.test(name));
    assert.deepEqual(twoLetter, { USA: ['US'], GBR: ['UK'] }[country.iso3] ?? [], country.iso3);
    const keys = country.demonyms.map(fold);
    assert.equal(new Set(keys).size, keys.length, `${country.iso3}: ${country.demonyms.join(', ')}`);
  }
});

test('CAMEO codes: a country has its own, and legacy codes map to ISO', () => {
  assert.equal(countries.byIso3('ROU')?.cameo, 'ROM');
  assert.equal(countries.byCameo('ROM')?.iso3, 'ROU');
  const expected: Record<string, string> = {
    ROM: 'ROU',
    TMP: 'TLS',
    MTN: 'MNE',
    IMY: 'IMN',
    JAP: 'JPN',
    ITL: 'ITA',
    VTN: 'VNM',
    KSV: 'XKX',
    VNM: 'VNM',
    ROU: 'ROU',
    usa: 'USA',
  };
  for (const [code, iso3] of Object.entries(expected)) assert.equal(countries.cameoToIso3(code), iso3, code);
  assert.equal(countries.cameoToIso3('AFR'), undefined, 'regions have no country');
  assert.equal(countries.cameoToIso3('IGO'), undefined);
});

test('every country code of the PLOVER gold-standard cases maps (when ../shared is present)', (t) => {
  const cases = join(repoRoot(), '..', 'shared', 'peer-suites', 'plover', 'cases.jsonl');
  if (!existsSync(cases)) {
    t.skip('no ../shared/peer-suites');
    return;
  }
  const notCountries = new Set(['IGO', 'NGO', 'IMG', 'ISM', 'MNC']);
  for (const line of readFileSync(cases, 'utf8').split('\n').filter(Boolean)) {
    const { expected } = JSON.parse(line) as { expected: Record<string, string>[] };
    for (const event of expected) {
      for (const code of [event.source_country, event.target_country]) {
        if (!code || !/^[A-Z]{3}$/.test(code) || notCountries.has(code)) continue;
        assert.ok(countries.cameoToIso3(code), `${code} does not map to a country`);
      }
    }
  }
});

test('a malformed countries.json gives a ParleyError naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-countries-'));
  try {
    mkdirSync(join(dir, 'actors'));
    const aliases = readFileSync(join(defaultDataDir(), 'actors/country-aliases.json'), 'utf8');
    writeFileSync(join(dir, 'actors/country-aliases.json'), aliases);
    writeFileSync(
      join(dir, 'actors/countries.json'),
      JSON.stringify({ notice: '', countries: [{ iso3: 'vnm' }] }),
    );
    assert.throws(
      () => loadCountries(dir),
      (error: unknown) =>
        isParleyError(error) &&
        error.code === 'data.invalid' &&
        error.where.file === join(dir, 'actors/countries.json') &&
        error.message.includes('countries.0'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
