/**
 * `npm run bench [-- --size MB]`: one-thread throughput of the coder on a generated corpus (bench/corpus.ts), next
 * to a floor: splitting the same text into sentences and words with two plain regexes. Writes bench/RESULTS.md.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { runInfo } from '../eval/provenance.js';
import { createCoder } from '../src/coder.js';
import type { Article } from '../src/document.js';
import { repoRoot as findRepoRoot } from '../src/paths.js';
import { type BenchArticle, generateCorpus, loadSources } from './corpus.js';
import { type Measure, renderBench } from './report.js';

const WARM_UP = 200;
const SAMPLE_EVERY = 100;
const MB = 1024 * 1024;

const { values } = parseArgs({ options: { size: { type: 'string', default: '20' } } });
const sizeMb = Number(values.size);
if (!(sizeMb > 0)) {
  console.error(`--size must be a positive number of MB, got "${values.size}"`);
  process.exit(2);
}

const repoRoot = findRepoRoot();
const sources = loadSources(repoRoot);
if (!sources) {
  console.error(
    'No articles to build the bench corpus from: add demo/articles/*.txt (or put ../shared/seeds beside).',
  );
  process.exit(1);
}
const corpus = generateCorpus(sources.texts, sizeMb * MB);
const corpusBytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0);

let peakRss = process.memoryUsage().rss;
const rssBefore = peakRss;

interface Tally {
  sentences: number;
  tokens: number;
  events: number;
  errors: number;
  firstError: string;
}

/** Runs `work` on the first WARM_UP articles untimed, then on every article timed, sampling RSS as it goes. */
function timed(work: (a: BenchArticle, tally: Tally) => void): {
  seconds: number;
  cpuSeconds: number;
  tally: Tally;
} {
  const fresh = (): Tally => ({ sentences: 0, tokens: 0, events: 0, errors: 0, firstError: '' });
  const warm = fresh();
  for (const a of corpus.slice(0, WARM_UP)) work(a, warm);
  const tally = fresh();
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  corpus.forEach((a, i) => {
    work(a, tally);
    if (i % SAMPLE_EVERY === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, tally };
}

// (a) The floor: a plain regex sentence split and word tokens.
const SENTENCE = /[^.!?]+[.!?]+/g;
const WORD = /\p{L}+|\p{N}+/gu;
const floorRun = timed((a, t) => {
  for (const s of a.text.match(SENTENCE) ?? []) {
    t.sentences++;
    t.tokens += s.match(WORD)?.length ?? 0;
  }
});

// (b) The coder.
const startUp = process.hrtime.bigint();
const coder = createCoder();
const startUpMs = Number(process.hrtime.bigint() - startUp) / 1e6;
const coderRun = timed((a, t) => {
  const article: Article = { id: a.id, text: a.text, date: a.date, origin: { file: 'bench' } };
  try {
    const r = coder.code(article);
    t.sentences += r.doc.sentences.length;
    t.events += r.events.length;
  } catch (err) {
    if (t.errors++ === 0) t.firstError = `${a.id}: ${err instanceof Error ? err.message : String(err)}`;
  }
});

const { tally: ft } = floorRun;
const { tally: ct } = coderRun;
const floor: Measure = {
  seconds: floorRun.seconds,
  cpuSeconds: floorRun.cpuSeconds,
  sentences: ft.sentences,
  tokens: ft.tokens,
  events: null,
};
const coded: Measure = {
  seconds: coderRun.seconds,
  cpuSeconds: coderRun.cpuSeconds,
  sentences: ct.sentences,
  tokens: null,
  events: ct.events,
};
const text = renderBench({
  info: runInfo(repoRoot),
  machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryBytes: os.totalmem() },
  corpus: { from: sources.from, articles: corpus.length, bytes: corpusBytes, sizeMb },
  floor,
  coder: coded,
  startUpMs,
  memory: { rssBefore, peakRss, maxRss: process.resourceUsage().maxRSS * 1024 },
  errors: ct.errors > 0 ? { count: ct.errors, first: ct.firstError } : null,
  warmUp: Math.min(WARM_UP, corpus.length),
});
console.log(text);
const resultsPath = join(repoRoot, 'bench/RESULTS.md');
writeFileSync(resultsPath, text);
console.log(`Written to ${relative(process.cwd(), resultsPath)}.`);
