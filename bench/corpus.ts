/**
 * The bench corpus: built deterministically, in memory, from a few source articles by systematic variation. Article
 * i opens with the head (title) of source i mod n, goes on with the body paragraphs of all sources in an order
 * shuffled by a PRNG seeded with i until it reaches about 4 KB, and has its weekday and month names shifted.
 * The same sources and size always give the same corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchArticle {
  id: string;
  text: string;
  date: string;
}

export interface Sources {
  /** Folder the texts came from, for the report. */
  from: string;
  texts: string[];
}

/** Target size of one article, in UTF-8 bytes. */
export const ARTICLE_BYTES = 4096;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAY_RE = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g');
const MONTH_RE = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g');
const SENTENCE_RE = /[^.!?]+[.!?]+\s*/g;

function txtFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .filter((t) => t.trim() !== '');
}

/** demo/articles/*.txt when there are at least 3, else ../shared/seeds/*.txt, else whatever demo has; null if none. */
export function loadSources(repoRoot: string): Sources | null {
  const demoDir = join(repoRoot, 'demo/articles');
  const demo = txtFiles(demoDir);
  if (demo.length >= 3) return { from: 'demo/articles', texts: demo };
  const seeds = txtFiles(join(repoRoot, '../shared/seeds'));
  if (seeds.length > 0) return { from: '../shared/seeds', texts: seeds };
  if (demo.length > 0) return { from: 'demo/articles', texts: demo };
  return null;
}

/** A source article: its head (title block, or first line) and its body paragraphs (one per line). */
export interface SourceArticle {
  head: string;
  body: string[];
}

export function splitSource(text: string): SourceArticle {
  const lines = (block: string) =>
    block
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
  const blocks = text.trim().split(/\n\s*\n/);
  const [first = '', ...rest] = blocks.length > 1 ? blocks : lines(text);
  return { head: lines(first).join('\n'), body: rest.flatMap(lines) };
}

/** mulberry32: a small seeded PRNG, so that the corpus is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Shifts every weekday name by `days` and every month name by `months`. */
export function shiftDateWords(text: string, days: number, months: number): string {
  return text
    .replace(WEEKDAY_RE, (w) => WEEKDAYS[(WEEKDAYS.indexOf(w) + days) % 7] ?? w)
    .replace(MONTH_RE, (m) => MONTHS[(MONTHS.indexOf(m) + months) % 12] ?? m);
}

function isoDate(dayOffset: number): string {
  return new Date(Date.UTC(2025, 0, 1 + dayOffset)).toISOString().slice(0, 10);
}

/** Article `i`: the head of source i mod n, then the body paragraphs of all sources in an order of its own. */
function buildArticle(sources: readonly SourceArticle[], paragraphs: readonly string[], i: number): string {
  const head = sources[i % sources.length]?.head ?? '';
  const parts = [head];
  let bytes = Buffer.byteLength(head, 'utf8');
  for (const para of shuffled(paragraphs, i)) {
    const size = Buffer.byteLength(para, 'utf8') + 2;
    if (bytes + size <= ARTICLE_BYTES) {
      parts.push(para);
      bytes += size;
      continue;
    }
    // Top the article up with whole sentences of the paragraph that does not fit, then stop.
    const fit: string[] = [];
    for (const sentence of para.match(SENTENCE_RE) ?? []) {
      const more = Buffer.byteLength(sentence, 'utf8');
      if (bytes + more > ARTICLE_BYTES) break;
      fit.push(sentence);
      bytes += more;
    }
    if (fit.length > 0) parts.push(fit.join('').trim());
    break;
  }
  return parts.join('\n\n');
}

/** Articles until their total UTF-8 size reaches `targetBytes`. */
export function generateCorpus(texts: readonly string[], targetBytes: number): BenchArticle[] {
  const sources = texts.map(splitSource);
  const paragraphs = sources.flatMap((s) => s.body);
  if (sources.length === 0) return [];
  const out: BenchArticle[] = [];
  let total = 0;
  for (let i = 0; total < targetBytes; i++) {
    const text = shiftDateWords(buildArticle(sources, paragraphs, i), i % 7, Math.floor(i / 7) % 12);
    out.push({ id: `bench-${i}`, text, date: isoDate(i % 365) });
    total += Buffer.byteLength(text, 'utf8');
  }
  return out;
}
