/**
 * `parley serve`: the HTTP API and the web UI over a store, until Ctrl-C.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../api/serve.js';
import { ParleyError } from '../errors.js';
import { defaultDataDir, repoRoot } from '../paths.js';
import { openStore, type Store } from '../store/open-store.js';
import { storeCounts } from '../store/read-dataset.js';

export interface ServeCliOptions {
  db: string;
  port: number;
  host: string;
  token: string | null;
  web?: string;
  maxBody: number;
  dataDir?: string;
  /** When the port is taken, take any free port instead of failing (the demo). */
  fallbackPort?: boolean;
  err?: NodeJS.WritableStream;
  out?: NodeJS.WritableStream;
}

/** Where the built UI is: --web, else dist/web of the checkout. */
export function defaultWebRoot(): string {
  return join(repoRoot(), 'dist', 'web');
}

/** Serves `store` (already open) and resolves when SIGINT or SIGTERM stopped the server. */
export async function serveStore(store: Store, opts: ServeCliOptions): Promise<number> {
  const out = opts.out ?? process.stdout;
  const err = opts.err ?? process.stderr;
  const webRoot = opts.web ?? defaultWebRoot();
  if (!existsSync(join(webRoot, 'index.html'))) {
    err.write(`parley serve: no web UI in ${webRoot} (run "npm run build"); serving the API only.\n`);
  }
  const start = (port: number) =>
    startServer({
      store,
      dataDir: opts.dataDir ?? defaultDataDir(),
      port,
      host: opts.host,
      token: opts.token,
      webRoot,
      maxBodyBytes: opts.maxBody,
      version: '0.1.0',
      log: (line) => err.write(`${line}\n`),
    });
  let server;
  try {
    server = await start(opts.port).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EADDRINUSE' || !opts.fallbackPort) throw e;
      err.write(`parley: port ${opts.port} is in use; serving on a free port instead.\n`);
      return start(0);
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new ParleyError('serve.port-in-use', `port ${opts.port} on ${opts.host} is already in use`, {
        hint: 'Stop the other server or choose another port with --port N (0 picks a free one).',
      });
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new ParleyError('serve.bad-host', `cannot listen on host ${opts.host}`, { hint: 'Give --host an address of this machine, e.g. 127.0.0.1.' });
    }
    throw e;
  }
  const counts = await storeCounts(store);
  out.write(
    `Parley is serving ${counts.events} events from ${counts.articles} articles (${store.location}).\n` +
      `  Open ${server.url}\n  API  ${server.url}openapi.json\n` +
      (opts.token ? '  Writes: POST /api/articles with "Authorization: Bearer <token>".\n' : '  Read-only: start with --token to accept articles.\n') +
      'Press Ctrl-C to stop.\n',
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

export async function runServe(opts: ServeCliOptions): Promise<number> {
  const store = await openStore(opts.db, { mustExist: opts.token === null });
  try {
    return await serveStore(store, opts);
  } finally {
    await store.close();
  }
}
