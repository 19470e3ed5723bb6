import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParleyError } from '../src/errors.js';
import { buildPipeline, defaultStages, type Stage } from '../src/pipeline.js';

const stage = (name: string, requires: Stage['requires'], provides: Stage['provides']): Stage => ({
  name,
  requires,
  provides,
  run() {},
});

describe('pipeline', () => {
  it('the default stages are in a valid order', () => {
    assert.equal(buildPipeline(defaultStages).stages.length, defaultStages.length);
  });
  it('rejects a stage whose requirement no earlier stage provides', () => {
    assert.throws(
      () => buildPipeline([stage('a', ['tokens'], ['actors'])]),
      (e: unknown) => e instanceof ParleyError && e.code === 'pipeline.missing-requirement',
    );
  });
  it('rejects two stages providing the same artifact, and duplicate stages', () => {
    assert.throws(() => buildPipeline([stage('a', [], ['text']), stage('b', [], ['text'])]), ParleyError);
    assert.throws(() => buildPipeline([stage('a', [], ['text']), stage('a', [], ['blocks'])]), ParleyError);
  });
});
