/** A user's actor dictionary loaded into a coder: dated codes, agents, compounds, possessives, and file formats. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { type Coder, createCoder } from '../../src/coder.js';
import type { ActorDictionary } from '../../src/dictionaries/dictionary-schema.js';
import { loadActorDictionary } from '../../src/dictionaries/load.js';
import { isParleyError } from '../../src/errors.js';
import { repoRoot } from '../../src/paths.js';
import { tmpFiles } from '../helpers/tmp-files.js';

const dictionary: ActorDictionary = {
  format: 'parley-actor-dictionary/1',
  actors: [
    { id: 'dict.t.northland', names: ['Northland', 'Northlanders'], codes: [{ code: 'NTH', from: null, to: null }] },
    {
      id: 'dict.t.jane-doe',
      names: ['Jane Doe'],
      codes: [
        { code: 'NTHELI', from: '1990-01-01', to: '1999-12-31' },
        { code: 'NTHGOV', from: '2000-01-01', to: null },
      ],
    },
    { id: 'dict.t.north-union', names: ['North Union'], codes: [{ code: 'AAA/BBB', from: null, to: null }] },
    { id: 'dict.t.nu', names: ['NU'], codes: [{ code: 'NUN', from: null, to: null }] },
    { id: 'dict.t.russia', names: ['Russia'], codes: [{ code: 'XRU', from: null, to: null }] },
  ],
  agents: [
    { id: 'dict.t.harbour-pilot', names: ['harbour pilot', 'harbour pilots'], code: 'PLT', position: 'after' },
    { id: 'dict.t.lake-watch', names: ['lake watch'], code: 'WCH', position: 'before' },
  ],
};

let shared: Coder | undefined;
const coder = () => (shared ??= createCoder({ actorDictionaries: [dictionary] }));
function actors(text: string, date = '2024-06-01'): string[] {
  const { doc } = coder().code({ id: 't', text, date, origin: { file: '<test>' } });
  return doc.actors.map((m) => `${m.code} ${doc.text.slice(m.start, m.end)}`);
}

describe('a user actor dictionary in the coder', () => {
  it('gives an entry its code, and an agent noun after it adds the agent code', () => {
    assert.deepEqual(actors('Northland harbour pilots went on strike.'), ['NTHPLT Northland harbour pilots']);
  });
  it("reads a possessive entry with a title or an agent: Northland's foreign minister", () => {
    assert.deepEqual(actors("Northland's foreign minister spoke."), ["NTHGOV Northland's foreign minister"]);
  });
  it('picks the code in force on the article date', () => {
    assert.deepEqual(actors('Jane Doe spoke.', '1995-03-01'), ['NTHELI Jane Doe']);
    assert.deepEqual(actors('Jane Doe spoke.', '2010-03-01'), ['NTHGOV Jane Doe']);
  });
  it('names no actor when no code applies on the date (no default code)', () => {
    assert.deepEqual(actors('Jane Doe spoke.', '1985-03-01'), []);
  });
  it('splits a compound entry into one actor per code', () => {
    assert.deepEqual(actors('The North Union protested.'), ['AAA The North Union', 'BBB The North Union']);
  });
  it('matches a short acronym only in capitals', () => {
    assert.deepEqual(actors('NU protested.'), ['NUN NU']);
    assert.deepEqual(actors('Nu protested.'), []);
  });
  it("wins over Parley's own entry for the same words", () => {
    assert.deepEqual(actors('Russia protested.'), ['XRU Russia']);
  });
  it('gives the code to the group of "the government of X"', () => {
    assert.deepEqual(actors('The government of Northland protested.'), ['NTHGOV The government of Northland']);
  });
  it('puts a "[CODE~]" agent before the country code', () => {
    assert.deepEqual(actors('Kenyan lake watch members protested.')[0]?.split(' ')[0], 'WCHKEN');
  });
});

describe('loading dictionary files', () => {
  const dir = tmpFiles({
    'd.json': JSON.stringify(dictionary),
    'd.yaml': stringify(dictionary),
    'd.actors.txt': 'NORTHLAND_ [NTH]\n+NORTHLANDERS_\n',
    'bad.actors.txt': 'NORTHLAND_ [NTH]\nSOUTHLAND [STH\n',
    'bad.json': '{"format":"parley-actor-dictionary/1","actors":[{"id":"x.y","names":[],"codes":[]}],"agents":[]}',
  });
  it('reads JSON, YAML and PETRARCH text alike', () => {
    assert.equal(loadActorDictionary(join(dir, 'd.json')).actors.length, 5);
    assert.equal(loadActorDictionary(join(dir, 'd.yaml')).agents.length, 2);
    assert.deepEqual(loadActorDictionary(join(dir, 'd.actors.txt')).actors[0]?.names, ['NORTHLAND', 'NORTHLANDERS']);
  });
  it('refuses a PETRARCH file with an unreadable line, naming the line', () => {
    assert.throws(
      () => loadActorDictionary(join(dir, 'bad.actors.txt')),
      (e: unknown) => isParleyError(e) && e.where.line === 2 && /dict import/.test(e.hint ?? ''),
    );
  });
  it('refuses a file that does not match the schema, naming the field', () => {
    assert.throws(
      () => loadActorDictionary(join(dir, 'bad.json')),
      (e: unknown) => isParleyError(e) && /actors\.0\.names/.test(e.message),
    );
  });
  it('says when the file is missing', () => {
    assert.throws(() => loadActorDictionary(join(dir, 'none.json')), /not found/);
  });
});

describe('parley dict import', () => {
  const bin = join(repoRoot(), 'bin', 'parley');
  const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  const dir = tmpFiles({
    'n.actors.txt': 'NORTHLAND_ [NTH]\n+NORTHLANDERS_\nSOUTHLAND [STH\n',
    'n.agents.txt': 'HARBOUR_PILOT [~PLT]\n',
    'story.txt': 'Northland harbour pilots accused Kenya of piracy.\n',
  });
  it('writes the readable entries, lists unreadable lines by file and line, and exits 1', () => {
    const out = join(dir, 'out.json');
    const r = run(['dict', 'import', join(dir, 'n.actors.txt'), join(dir, 'n.agents.txt'), '-o', out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /n\.actors\.txt:3: error: a "\[" without its "\]"/);
    const written = JSON.parse(readFileSync(out, 'utf8')) as ActorDictionary;
    assert.equal(written.actors.length, 1);
    assert.equal(written.agents.length, 1);
    const e = run(['extract', '--actors', out, join(dir, 'story.txt')]);
    assert.equal(e.status, 0, e.stderr);
    const event = JSON.parse(e.stdout.trim().split('\n')[0] ?? '{}');
    assert.equal(event.source.code, 'NTHPLT');
    assert.ok(event.rules.length > 0);
  });
});
