/**
 * `parley ingest`: inputs into the store, then the dataset derived from them (syndicated copies, deduplicated
 * events, episodes). With --watch, keeps watching a folder and ingests new files as they appear.
 */
import { stat } from 'node:fs/promises';
import { createCoder } from '../coder.js';
import { loadEpisodeLexicon } from '../dataset/episode-lexicon.js';
import { formatError, type ParleyError } from '../errors.js';
import { walkFiles } from '../ingest/walk.js';
import { defaultDataDir } from '../paths.js';
import { deriveDataset, type DeriveSummary } from '../store/derive.js';
import { ingestInputs, type IngestProgress } from '../store/ingest.js';
import { openStore, type Store } from '../store/open-store.js';
import { type KnowledgeFlags, knowledgeConfig } from './knowledge-flags.js';
import { progressLine } from './progress.js';

export interface IngestCliOptions extends KnowledgeFlags {
  db: string;
  batchSize: number;
  strict: boolean;
  watch?: string;
  interval: number;
  err?: NodeJS.WriteStream;
}

const rate = (n: number, ms: number) => (ms > 0 ? Math.round((n * 1000) / ms) : 0);

function ingestText(p: IngestProgress): string {
  return (
    `ingest: ${p.read} articles read (${rate(p.read, p.elapsedMs)}/s), ${p.stored} stored, ${p.skipped} already stored, ` +
    `${p.mentions} event mentions, ${p.errors} error${p.errors === 1 ? '' : 's'}`
  );
}

function deriveText(d: DeriveSummary): string {
  return (
    `dataset: ${d.groups} group${d.groups === 1 ? '' : 's'} deduplicated into ${d.events} events, ` +
    `${d.syndicated} new article${d.syndicated === 1 ? '' : 's'} with syndicated copies, ${d.episodes} episodes`
  );
}

async function runOnce(store: Store, inputs: string[], opts: IngestCliOptions, coder: ReturnType<typeof createCoder>) {
  const err = opts.err ?? process.stderr;
  const line = progressLine(err);
  const progress = await ingestInputs(store, coder, inputs, {
    batchSize: opts.batchSize,
    onProgress: (p) => line.update(ingestText(p)),
    onError: (e: ParleyError) => {
      line.done(formatError(e));
    },
  });
  line.done(ingestText(progress));
  const lex = loadEpisodeLexicon(knowledgeConfig(opts).dataDir ?? defaultDataDir());
  const derived = await deriveDataset(store, lex, (d) => line.update(`dataset: ${d.step} ${d.done}/${d.total}`));
  line.done(deriveText(derived));
  return progress;
}

export async function runIngest(inputs: string[], opts: IngestCliOptions): Promise<number> {
  const err = opts.err ?? process.stderr;
  const store = await openStore(opts.db);
  try {
    const coder = createCoder(knowledgeConfig(opts));
    const sources = opts.watch ? [...inputs, opts.watch] : inputs;
    const first = await runOnce(store, sources, opts, coder);
    err.write(`store: ${store.location}\n`);
    if (opts.watch) return await watch(store, opts, coder);
    if (first.read === 0 && first.errors > 0) return 1;
    return opts.strict && first.errors > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** Polls the folder; a file is taken once its size and time stamp have not changed for one interval. */
async function watch(store: Store, opts: IngestCliOptions, coder: ReturnType<typeof createCoder>): Promise<number> {
  const err = opts.err ?? process.stderr;
  const dir = opts.watch!;
  const seen = new Map<string, string>();
  const candidates = new Map<string, string>();
  for await (const entry of walkFiles(dir)) if (entry.ok) seen.set(entry.file, await fingerprint(entry.file));
  let stopping = false;
  const stop = () => {
    stopping = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  err.write(`watching ${dir} every ${opts.interval} s for new files (Ctrl-C to stop)\n`);
  while (!stopping) {
    await new Promise((r) => setTimeout(r, opts.interval * 1000));
    const ready: string[] = [];
    for await (const entry of walkFiles(dir)) {
      if (!entry.ok) continue;
      const fp = await fingerprint(entry.file);
      if (seen.get(entry.file) === fp) continue;
      if (candidates.get(entry.file) === fp) {
        ready.push(entry.file);
        seen.set(entry.file, fp);
        candidates.delete(entry.file);
      } else {
        candidates.set(entry.file, fp);
      }
    }
    if (ready.length > 0 && !stopping) await runOnce(store, ready, opts, coder);
  }
  err.write('stopped watching.\n');
  return 0;
}

async function fingerprint(file: string): Promise<string> {
  try {
    const s = await stat(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'gone';
  }
}
