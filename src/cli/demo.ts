/**
 * `parley demo`: codes the demo corpus (and the seed reports when ../shared is beside the checkout) and prints what
 * a person wants to see first: who did what to whom, when, and the words that prove it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths.js';
import type { CodedEvent } from '../output/coded-event.js';
import { extractAll } from './extract.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

function actorLabel(a: CodedEvent['source']): string {
  if (!a) return '—';
  return a.name && a.name !== a.code ? `${a.code} (${a.name})` : a.code;
}

export async function runDemo(): Promise<number> {
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
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\n${summary.articles} articles, ${summary.events} events, ${summary.errors} errors in ${secs} s.` +
      `\nFull records (sentence, offsets, rules): ${outFile}\n` +
      (existsSync(seeds) ? '' : 'The seed reports (../shared/seeds) are not beside this checkout: demo corpus only.\n'),
  );
  return summary.articles > 0 ? 0 : 1;
}
