/**
 * `parley demo`: codes the demo corpus (and the seed reports when ../shared is beside the checkout) and prints what
 * a person wants to see first: who did what to whom, when, and the words that prove it.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths.js';
import type { CodedEvent } from '../output/coded-event.js';
import { createCoder } from '../coder.js';
import { loadEpisodeLexicon } from '../dataset/episode-lexicon.js';
import { defaultDataDir } from '../paths.js';
import { deriveDataset } from '../store/derive.js';
import { ingestInputs } from '../store/ingest.js';
import { openStore } from '../store/open-store.js';
import { listEpisodes, queryEvents, storeCounts } from '../store/read-dataset.js';
import { outline } from './episodes.js';
import { serveStore } from './serve.js';
import { extractAll } from './extract.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

function actorLabel(a: CodedEvent['source']): string {
  if (!a) return '—';
  return a.name && a.name !== a.code ? `${a.code} (${a.name})` : a.code;
}

export interface DemoOptions {
  /** Serve the demo dataset over HTTP (the web UI) after printing it, until Ctrl-C. */
  serve: boolean;
  port: number;
}

export async function runDemo(opts: DemoOptions = { serve: false, port: 8080 }): Promise<number> {
  const root = repoRoot();
  const inputs = [join(root, 'demo', 'articles')];
  const seeds = join(root, '..', 'shared', 'seeds');
  if (existsSync(seeds)) inputs.push(seeds);
  const events: CodedEvent[] = [];
  const started = Date.now();
  const summary = await extractAll(inputs, { intended: true }, (e) => events.push(e));
  const outDir = join(root, 'demo', 'output');
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, 'events.jsonl');
  writeFileSync(outFile, events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : ''));
  let lastDoc = '';
  for (const e of events) {
    if (e.doc_id !== lastDoc) {
      process.stdout.write(`\n== ${e.doc_id}\n`);
      lastDoc = e.doc_id;
    }
    const when = e.date_end ? `${e.date}..${e.date_end.slice(5)}` : (e.date ?? 'undated');
    const mod = e.modality === 'intended' ? ' (intended)' : '';
    process.stdout.write(
      `  ${clip(when, 17)} ${clip(actorLabel(e.source), 30)} ${e.code} ${clip(e.name + mod, 34)} → ${clip(actorLabel(e.target), 30)} ${clip(e.location ? `@ ${e.location.name}` : '', 18)} «${clip(e.trigger.text, 30).trim()}»\n`,
    );
  }
  const dataset = await showDataset(inputs, join(outDir, 'parley.db'));
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\n${summary.articles} articles, ${summary.events} events, ${summary.errors} errors in ${secs} s.` +
      `\nFull records (sentence, offsets, rules): ${outFile}\n` +
      `The dataset (one row per real event, visits and tours): ${dataset}\n` +
      `  try: ./bin/parley events --db ${dataset} --format csv | head; ./bin/parley episodes --db ${dataset}\n` +
      (existsSync(seeds) ? '' : 'The seed reports (../shared/seeds) are not beside this checkout: demo corpus only.\n'),
  );
  if (summary.articles === 0) return 1;
  if (!opts.serve) return 0;
  process.stdout.write('\n');
  const store = await openStore(dataset, { mustExist: true });
  try {
    return await serveStore(store, { db: dataset, port: opts.port, host: '127.0.0.1', token: null, maxBody: 5_000_000, fallbackPort: true });
  } finally {
    await store.close();
  }
}

/**
 * The same articles as a dataset: stored, deduplicated, with visits and tours. Rebuilt on every run so that it
 * always shows what this version of Parley makes of the corpus.
 */
async function showDataset(inputs: string[], file: string): Promise<string> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const store = await openStore(file);
  try {
    await ingestInputs(store, createCoder(), inputs);
    await deriveDataset(store, loadEpisodeLexicon(defaultDataDir()));
    const counts = await storeCounts(store);
    const out = process.stdout;
    out.write(`\n== dataset: ${counts.articles} articles, ${counts.mentions} event mentions → ${counts.events} events, ${counts.episodes} visits and tours\n`);
    const joined = [];
    for await (const e of queryEvents(store)) if (e.num_articles > 1) joined.push(e);
    joined.sort((a, b) => b.num_articles - a.num_articles || b.num_mentions - a.num_mentions || (a.event_id < b.event_id ? -1 : 1));
    out.write(`\nEvents reported by more than one article (${joined.length}), most reported first:\n`);
    for (const e of joined.slice(0, 15)) {
      const when = e.date_end ? `${e.date}..${e.date_end.slice(5)}` : (e.date ?? 'undated');
      out.write(
        `  ${clip(when, 17)} ${clip(actorLabel(e.source), 30)} ${e.code} ${clip(e.name, 30)} → ${clip(actorLabel(e.target), 26)} ` +
          `${e.num_articles} articles, ${e.num_sources} sources, ${e.num_mentions} mentions\n`,
      );
    }
    const trips = (await listEpisodes(store)).filter((e) => e.kind === 'tour' || e.parent !== null);
    out.write(`\nTours, with their legs:\n\n${await outline(store, trips)}`);
    return file;
  } finally {
    await store.close();
  }
}
