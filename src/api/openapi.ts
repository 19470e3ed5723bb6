/**
 * The OpenAPI 3.1 document served at /openapi.json, built from the route list (routes.ts): parameters from the zod
 * schemas that check them, bodies from data/schemas/api-types.schema.json (generated from api-types.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Route } from './routes.js';

const API_SCHEMA_FILE = 'schemas/api-types.schema.json';

interface JsonSchema {
  [key: string]: unknown;
}

/** Rewrites draft-07 `#/definitions/X` references to OpenAPI's `#/components/schemas/X`. */
function componentRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(componentRefs);
  if (value && typeof value === 'object') {
    const out: JsonSchema = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === '$ref' && typeof v === 'string' ? v.replace('#/definitions/', '#/components/schemas/') : componentRefs(v);
    }
    return out;
  }
  return value;
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/gu)].map((m) => ({
    name: m[1]!,
    in: 'path',
    required: true,
    schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,200}$' },
  }));
}

function queryParameters(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: 'query', required: (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
});

export function buildOpenApi(routes: readonly Route[], dataDir: string, version: string): JsonSchema {
  const types = JSON.parse(readFileSync(join(dataDir, API_SCHEMA_FILE), 'utf8')) as { definitions: JsonSchema };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const responses: Record<string, unknown> = {
      [r.method === 'post' ? '201' : '200']: {
        description: r.summary,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${r.response}` } } },
      },
      '400': errorResponse('A parameter or the body is not valid; the message names it.'),
      '500': errorResponse('The server failed; the details are in its log.'),
    };
    if (r.path.includes('{')) responses['404'] = errorResponse('No such record in this store.');
    if (r.auth) {
      responses['200'] = { description: 'The same content was already stored.', content: { 'application/json': { schema: { $ref: `#/components/schemas/${r.response}` } } } };
      responses['401'] = errorResponse('Missing or wrong bearer token.');
      responses['403'] = errorResponse('Writes are disabled on this server (no token configured).');
      responses['413'] = errorResponse('The body is larger than the server accepts.');
      responses['415'] = errorResponse('The body is not application/json.');
      responses['422'] = errorResponse('The article could not be coded.');
    }
    (paths[r.path] ??= {})[r.method] = {
      tags: [r.tag],
      summary: r.summary,
      description: r.description,
      operationId: `${r.method}${r.path.replace(/^\/api/u, '').replace(/\{(\w+)\}/gu, 'By-$1').replace(/[/-](\w)/gu, (_, c: string) => c.toUpperCase())}`,
      parameters: [...pathParameters(r.path), ...queryParameters(r.query)],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              description: r.body.description,
              content: { 'application/json': { schema: { type: 'object' }, example: r.body.example } },
            },
          }
        : {}),
      ...(r.auth ? { security: [{ bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley API',
      version,
      description:
        'Political events coded from news (CAMEO and PLOVER), deduplicated across reports, with the sentences that prove each one.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: componentRefs(types.definitions),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
