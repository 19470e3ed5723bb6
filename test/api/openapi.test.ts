/**
 * The OpenAPI document: every route is in it with its parameters, writes are marked as needing the bearer token, and
 * the body schemas it serves (data/schemas/api-types.schema.json) are the ones api-types.ts gives today.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { buildOpenApi } from '../../src/api/openapi.js';
import { routes } from '../../src/api/routes.js';
import { apiSchemaText } from '../../scripts/build-api-schema.js';
import { dataDir, repoRoot } from '../helpers/repo.js';

type Doc = {
  paths: Record<string, Record<string, { parameters: { name: string; in: string }[]; security?: unknown[]; responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>>;
  components: { schemas: Record<string, unknown> };
};

it('documents every route, its parameters and its response schema', () => {
  const doc = buildOpenApi(routes, dataDir(), 'test') as unknown as Doc;
  for (const r of routes) {
    const op = doc.paths[r.path]?.[r.method];
    assert.ok(op, `${r.method} ${r.path} is documented`);
    const names = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
    assert.deepEqual(names, Object.keys(r.query.shape), `${r.path}: query parameters`);
    if (r.path.includes('{id}')) assert.ok(op.parameters.some((p) => p.in === 'path' && p.name === 'id'));
    const ok = op.responses[r.method === 'post' ? '201' : '200']!;
    const ref = ok.content!['application/json']!.schema.$ref!;
    assert.ok(doc.components.schemas[ref.replace('#/components/schemas/', '')], `${r.path}: ${ref} is defined`);
    assert.equal(op.security !== undefined, r.auth, `${r.path}: security only on writes`);
  }
  const refs = JSON.stringify(doc).match(/#\/(definitions|components\/schemas)\/\w+/gu) ?? [];
  for (const ref of refs) {
    assert.ok(ref.startsWith('#/components/schemas/'), `no draft-07 reference left: ${ref}`);
    assert.ok(doc.components.schemas[ref.slice('#/components/schemas/'.length)], `${ref} resolves`);
  }
});

it('serves body schemas generated from the current api-types.ts', () => {
  const stored = readFileSync(join(dataDir(), 'schemas', 'api-types.schema.json'), 'utf8');
  assert.ok(stored === apiSchemaText(repoRoot()), 'data/schemas/api-types.schema.json is out of date: run `npm run data:api-schema`');
});
