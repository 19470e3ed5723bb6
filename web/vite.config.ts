// Vite configuration of Parley's web UI: built into dist/web, served by `parley serve` on the API's origin.
// `npm run dev:web` proxies the API to a `parley serve` on port 8080.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  base: '/',
  // No public/ folder: everything the UI needs (the world map too) is bundled.
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // The world map (countries-110m) is most of the bundle; it is split into its own chunk.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: { '/api': api, '/openapi.json': api },
  },
});
