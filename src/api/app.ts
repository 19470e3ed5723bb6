/**
 * The HTTP application: the routes of routes.ts under /api, their OpenAPI document at /openapi.json, and the built
 * web UI at /. Every request's parameters are checked against the route's schema before the handler runs; every
 * error is JSON `{error: {code, message, parameter?}}`; no stack trace ever reaches a client.
 */
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { ApiContext } from './api-context.js';
import { badParameters, HttpError } from './http-error.js';
import { buildOpenApi } from './openapi.js';
import { idParam } from './params.js';
import { Reply, type Route, routes } from './routes.js';

export interface AppOptions {
  /** The built web UI (index.html and assets), or null to serve the API only. */
  webRoot: string | null;
  dataDir: string;
  version: string;
  /** Where server-side failures are logged (never sent to clients). */
  log: (line: string) => void;
}

function tokenMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function checkAuth(c: Context, ctx: ApiContext): void {
  if (ctx.token === null) {
    throw new HttpError(403, 'read-only', 'Writes are disabled on this server. Start it with --token <secret> (or PARLEY_TOKEN) to accept articles.');
  }
  const header = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+(\S+)$/iu.exec(header);
  if (!m) throw new HttpError(401, 'unauthorized', 'This endpoint needs the header "Authorization: Bearer <token>".', 'Authorization');
  if (!tokenMatches(m[1]!, ctx.token)) throw new HttpError(401, 'unauthorized', 'The bearer token is not the one this server was started with.', 'Authorization');
}

function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/gu, ':$1');
}

async function handle(c: Context, route: Route, ctx: ApiContext): Promise<Response> {
  if (route.auth) checkAuth(c, ctx);
  const rawQuery = c.req.query();
  const parsed = route.query.safeParse(rawQuery);
  if (!parsed.success) throw badParameters(parsed.error, rawQuery, 'query', Object.keys(route.query.shape));
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(c.req.param() as Record<string, string>)) {
    const ok = idParam.safeParse(value);
    if (!ok.success) throw badParameters(ok.error, { [name]: value }, 'path', [name]);
    params[name] = value;
  }
  let body = '';
  if (route.method === 'post') {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\b/iu.test(type)) {
      throw new HttpError(415, 'unsupported-media-type', `Send the article as JSON with "Content-Type: application/json" (got "${type || 'none'}").`, 'Content-Type');
    }
    body = await c.req.text();
  }
  const result = await route.run(ctx, { query: parsed.data, params, body });
  if (result instanceof Response) return result;
  if (result instanceof Reply) return c.json(result.body as object, result.status);
  return c.json(result as object);
}

export function createApp(ctx: ApiContext, opts: AppOptions): Hono {
  const app = new Hono();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json(err.body(), err.status);
    opts.log(`parley serve: ${c.req.method} ${c.req.path} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    const internal = new HttpError(500, 'internal', 'The server failed to answer this request; the details are in its log. Please report it.');
    return c.json(internal.body(), 500);
  });

  let openapi: object | null = null;
  app.get('/openapi.json', (c) => {
    openapi ??= buildOpenApi(routes, opts.dataDir, opts.version);
    return c.json(openapi);
  });

  const limit = bodyLimit({
    maxSize: ctx.maxBodyBytes,
    onError: () => {
      throw new HttpError(413, 'too-large', `The body is larger than ${ctx.maxBodyBytes} bytes, the most this server accepts (--max-body).`, 'body');
    },
  });
  for (const route of routes) {
    const path = honoPath(route.path);
    if (route.method === 'post') app.post(path, limit, (c) => handle(c, route, ctx));
    else app.get(path, (c) => handle(c, route, ctx));
  }
  const methods = new Map<string, string[]>();
  for (const r of routes) methods.set(r.path, [...(methods.get(r.path) ?? []), r.method.toUpperCase()]);
  for (const [path, allowed] of methods) {
    app.all(honoPath(path), (c) => {
      c.header('Allow', allowed.join(', '));
      return c.json(new HttpError(405, 'method-not-allowed', `${c.req.method} is not allowed on ${path}; use ${allowed.join(' or ')}.`).body(), 405);
    });
  }
  app.all('/api/*', (c) =>
    c.json(new HttpError(404, 'not-found', `No endpoint ${c.req.method} ${c.req.path}. The endpoints are listed in /openapi.json.`).body(), 404),
  );

  if (opts.webRoot && existsSync(join(opts.webRoot, 'index.html'))) {
    app.use('/*', serveStatic({ root: opts.webRoot }));
    app.get('*', serveStatic({ root: opts.webRoot, path: 'index.html' }));
  } else {
    app.get('*', (c) =>
      c.text(
        'Parley API is running (see /openapi.json), but the web UI is not built here. Run "npm run build" in the Parley folder, or pass --web DIR.\n',
        503,
      ),
    );
  }
  return app;
}
