/**
 * Starting and stopping the HTTP server: the API context over an open store, the Hono app on Node's HTTP server,
 * bound to 127.0.0.1 unless told otherwise. Used by `parley serve`, `parley demo --serve` and the tests.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createCoder, type CoderConfig } from '../coder.js';
import { loadEpisodeLexicon } from '../dataset/episode-lexicon.js';
import { createExportContext } from '../dataset/exports/index.js';
import type { Store } from '../store/open-store.js';
import { type ApiContext, lazy, writeQueue } from './api-context.js';
import { createApp } from './app.js';
import { loadGeo } from './geo.js';

export interface ServeOptions {
  store: Store;
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  host: string;
  token: string | null;
  webRoot: string | null;
  maxBodyBytes: number;
  coderConfig?: CoderConfig;
  version: string;
  log: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function apiContext(opts: Omit<ServeOptions, 'port' | 'host' | 'webRoot' | 'version' | 'log'>): ApiContext {
  return {
    store: opts.store,
    geo: lazy(() => loadGeo(opts.dataDir)),
    exportContext: lazy(() => createExportContext(opts.dataDir)),
    coder: lazy(() => createCoder({ dataDir: opts.dataDir, ...opts.coderConfig })),
    episodeLexicon: lazy(() => loadEpisodeLexicon(opts.dataDir)),
    token: opts.token,
    serialWrite: writeQueue(),
    maxBodyBytes: opts.maxBodyBytes,
  };
}

export function startServer(opts: ServeOptions): Promise<RunningServer> {
  const app = createApp(apiContext(opts), { webRoot: opts.webRoot, dataDir: opts.dataDir, version: opts.version, log: opts.log });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      resolve({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((e) => (e ? fail(e) : done()));
            // Keep-alive connections of a browser would hold the server open.
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
