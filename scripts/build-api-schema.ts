/**
 * Writes data/schemas/api-types.schema.json: JSON Schema of every type in src/api/api-types.ts, made by
 * ts-json-schema-generator from the TypeScript source, so the OpenAPI document (/openapi.json) describes the bodies
 * the API really sends. Run `npm run data:api-schema` after changing api-types.ts (or the dataset types it uses);
 * test/api/openapi.test.ts fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import { repoRoot } from '../src/paths.js';

export const API_SCHEMA_FILE = 'schemas/api-types.schema.json';

export function apiSchemaText(root: string): string {
  const schema = createGenerator({
    path: join(root, 'src', 'api', 'api-types.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: '*',
    skipTypeCheck: true,
    sortProps: true,
    additionalProperties: false,
  }).createSchema('*');
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = repoRoot();
  const file = join(root, 'data', API_SCHEMA_FILE);
  writeFileSync(file, apiSchemaText(root));
  process.stdout.write(`wrote ${file}\n`);
}
