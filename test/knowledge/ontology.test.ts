import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isParleyError } from '../../src/errors.js';
import { loadOntology } from '../../src/knowledge/ontology.js';
import { dataSchemas, jsonSchemaText } from '../../src/knowledge/schema-files.js';
import { defaultDataDir } from '../../src/paths.js';

const ontology = loadOntology(defaultDataDir());

test('the ontology has every CAMEO code: 20 roots, 311 codes in all', () => {
  assert.equal(ontology.codes.length, 311);
  assert.equal(ontology.codes.filter((c) => c.code.length === 2).length, 20);
  assert.deepEqual(
    ontology.codes.map((c) => c.code),
    [...ontology.codes.map((c) => c.code)].sort(),
  );
});

test('042 "Make a visit" has Goldstein 1.9 and quad class 1', () => {
  const visit = ontology.get('042');
  assert.equal(visit?.name, 'Make a visit');
  assert.equal(visit?.goldstein, 1.9);
  assert.equal(visit?.quad_class, 1);
});

test('190 is material conflict (quad class 4)', () => {
  assert.equal(ontology.get('190')?.quad_class, 4);
});

test('every code has its root, and names are not in capitals', () => {
  for (const code of ontology.codes) {
    assert.equal(code.root, code.code.slice(0, 2));
    assert.ok(ontology.has(code.root), `${code.code} has no root ${code.root}`);
    assert.notEqual(code.name, code.name.toUpperCase(), `${code.code} name is in capitals`);
  }
  assert.equal(ontology.get('01')?.name, 'Make public statement');
});

test('057 (sign formal agreement) maps to a PLOVER type; PLOVER drops roots 01 and 02', () => {
  const sign = ontology.get('057');
  assert.ok(sign?.plover);
  assert.ok(ontology.ploverTypes.has(sign.plover.type));
  assert.equal(sign.plover.type, 'SUPPORT');
  assert.equal(ontology.get('010')?.plover, null);
  assert.equal(ontology.ploverTypes.size, 16);
  for (const code of ontology.codes) {
    if (code.plover) assert.ok(ontology.ploverTypes.has(code.plover.type), code.code);
  }
});

test('unknown codes are not in the ontology', () => {
  assert.equal(ontology.has('999'), false);
  assert.equal(ontology.get('0'), undefined);
});

test('data/schemas/*.schema.json match the zod schemas (run `npm run data:build` after editing a schema)', () => {
  const dir = join(defaultDataDir(), 'schemas');
  for (const [name, schema] of Object.entries(dataSchemas)) {
    const text = readFileSync(join(dir, name), 'utf8');
    assert.doesNotThrow(() => JSON.parse(text), `${name} is not JSON`);
    assert.equal(text, jsonSchemaText(schema), `${name} is out of date`);
  }
});

/** A data dir holding a copy of the real ontology with one file replaced. */
function withBrokenFile(relPath: string, contents: string, check: (dataDir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ontology-'));
  try {
    mkdirSync(join(dir, 'ontology'));
    for (const file of ['ontology/cameo.json', 'ontology/plover.json']) {
      copyFileSync(join(defaultDataDir(), file), join(dir, file));
    }
    writeFileSync(join(dir, relPath), contents);
    check(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a data file that breaks its schema gives a ParleyError naming the file and the place', () => {
  const bad = {
    notice: 'x',
    codes: [{ code: '01', name: 'x', root: '01', goldstein: 11, quad_class: 1, plover: null }],
  };
  withBrokenFile('ontology/cameo.json', JSON.stringify(bad), (dir) => {
    assert.throws(
      () => loadOntology(dir),
      (error: unknown) =>
        isParleyError(error) &&
        error.code === 'data.invalid' &&
        error.where.file === join(dir, 'ontology/cameo.json') &&
        error.message.includes('codes.0.goldstein'),
    );
  });
});

test('a data file that is not JSON, or is missing, gives a ParleyError naming the file', () => {
  withBrokenFile('ontology/plover.json', '{ "notice": ', (dir) => {
    assert.throws(
      () => loadOntology(dir),
      (error: unknown) =>
        isParleyError(error) &&
        error.code === 'data.invalid' &&
        error.where.file === join(dir, 'ontology/plover.json'),
    );
  });
  const empty = mkdtempSync(join(tmpdir(), 'parley-ontology-'));
  try {
    assert.throws(
      () => loadOntology(empty),
      (error: unknown) =>
        isParleyError(error) && error.code === 'data.missing' && /cameo\.json$/.test(error.where.file ?? ''),
    );
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('a PLOVER type missing from plover.json is a data error', () => {
  const cameo = JSON.parse(readFileSync(join(defaultDataDir(), 'ontology/cameo.json'), 'utf8'));
  cameo.codes[cameo.codes.length - 1].plover = { type: 'NOSUCHTYPE', mode: null, context: null };
  withBrokenFile('ontology/cameo.json', JSON.stringify(cameo), (dir) => {
    assert.throws(() => loadOntology(dir), /NOSUCHTYPE/);
  });
});
