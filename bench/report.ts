/** Renders bench figures as markdown (printed and written to bench/RESULTS.md). */
import type { RunInfo } from '../eval/provenance.js';
import { table } from '../eval/report.js';

export interface Measure {
  /** Wall-clock seconds of the timed pass. */
  seconds: number;
  /** CPU seconds (user + system) of the process over the timed pass. */
  cpuSeconds: number;
  sentences: number;
  /** Word tokens (floor only). */
  tokens: number | null;
  /** Coded events (coder only). */
  events: number | null;
}

export interface BenchReport {
  info: RunInfo;
  machine: { cpu: string; cores: number; memoryBytes: number };
  corpus: { from: string; articles: number; bytes: number; sizeMb: number };
  floor: Measure;
  coder: Measure;
  startUpMs: number;
  /** Bytes: RSS once the corpus is built, peak RSS sampled while running, and the process's maxRSS. */
  memory: { rssBefore: number; peakRss: number; maxRss: number };
  errors: { count: number; first: string } | null;
  warmUp: number;
}

const MB = 1024 * 1024;

function rate(count: number | null, seconds: number): string {
  if (count === null) return '—';
  const r = count / seconds;
  return r >= 100 ? Math.round(r).toLocaleString('en-US') : r.toFixed(2);
}

function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

export function renderBench(r: BenchReport): string {
  const { corpus, floor, coder } = r;
  const lines: [string, (m: Measure) => string][] = [
    ['seconds (wall)', (m) => m.seconds.toFixed(3)],
    ['CPU seconds', (m) => m.cpuSeconds.toFixed(3)],
    ['articles/s', (m) => rate(corpus.articles, m.seconds)],
    ['MB/s', (m) => rate(corpus.bytes / MB, m.seconds)],
    ['MB per CPU second', (m) => rate(corpus.bytes / MB, m.cpuSeconds)],
    ['sentences/s', (m) => rate(m.sentences, m.seconds)],
    ['tokens/s', (m) => rate(m.tokens, m.seconds)],
    ['events/s', (m) => rate(m.events, m.seconds)],
  ];
  const rows = lines.map(([label, value]) => [label, value(floor), value(coder)]);
  const out = [
    '# Parley bench results',
    '',
    `Date ${r.info.date} · commit ${r.info.commit ?? 'unknown'} · node ${r.info.node} · \`npm run bench -- --size ${corpus.sizeMb}\``,
    '',
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${mb(r.machine.memoryBytes)} memory. One thread.`,
    '',
    `Corpus: ${corpus.articles.toLocaleString('en-US')} articles, ${mb(corpus.bytes)} (avg ` +
      `${(corpus.bytes / corpus.articles / 1024).toFixed(1)} KB), generated in memory from \`${corpus.from}\` ` +
      '(bench/corpus.ts). MB = 2^20 bytes of UTF-8.',
    '',
    `Warm-up: the first ${r.warmUp} articles, untimed; then every article, timed.`,
    '',
    table(['', 'floor (regex split)', 'coder'], rows),
    '',
    `- Coder time / floor time: **${(coder.seconds / floor.seconds).toFixed(1)}×** (wall), ` +
      `${(coder.cpuSeconds / floor.cpuSeconds).toFixed(1)}× (CPU)`,
    `- Coder start-up (createCoder): ${r.startUpMs.toFixed(0)} ms`,
    `- Sentences: floor ${floor.sentences.toLocaleString('en-US')} (regex), coder ` +
      `${coder.sentences.toLocaleString('en-US')} (doc.sentences); events ${(coder.events ?? 0).toLocaleString('en-US')}`,
    `- Memory: RSS ${mb(r.memory.rssBefore)} with the corpus built; peak RSS ${mb(r.memory.peakRss)} ` +
      `(sampled every 100 articles); maxRSS ${mb(r.memory.maxRss)} (process.resourceUsage)`,
    '- Floor: `/[^.!?]+[.!?]+/g` for sentences, `/\\p{L}+|\\p{N}+/gu` for words.',
  ];
  const busy = [floor, coder].some((m) => m.cpuSeconds < 0.9 * m.seconds);
  if (busy) {
    out.push(
      '- **The machine was busy**: CPU time fell short of wall time, so the per-second rates (wall) are low.',
    );
  }
  if (r.errors) out.push(`- **The coder threw on ${r.errors.count} article(s)**; first: ${r.errors.first}`);
  return `${out.join('\n')}\n`;
}
