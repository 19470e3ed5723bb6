/** Runs a coder over suite cases and the local negatives; returns per-case outcomes and summaries. */
import type { Coder } from '../src/coder.js';
import type { Article } from '../src/document.js';
import type { CodedEvent } from '../src/output/coded-event.js';
import type { CountryCodes } from './country-codes.js';
import type { NegativeHit, NegativesReport, SplitView, SuiteReport } from './report.js';
import { type CaseOutcome, compareSets, LEVELS, type Level, type SetDiff, summarise } from './score.js';
import { type Split, splitOf } from './split.js';
import { type EvalCase, readJsonl, type Suite } from './suites.js';

export interface CaseResult extends CaseOutcome {
  case: EvalCase;
  split: Split;
}

/** Codes one article; a throw becomes an error message and no events. */
function codeSafely(coder: Coder, article: Article): { events: CodedEvent[]; error?: string } {
  try {
    return { events: coder.code(article).events };
  } catch (err) {
    return { events: [], error: err instanceof Error ? err.message : String(err) };
  }
}

export function evaluateSuite(
  coder: Coder,
  suite: Suite,
  cases: readonly EvalCase[],
  file: string,
  codes: CountryCodes,
): { report: SuiteReport; results: CaseResult[] } {
  const errors: SuiteReport['errors'] = [];
  const results = cases.map((c): CaseResult => {
    const article: Article = { id: c.id, text: c.text, origin: { file, line: c.line } };
    if (c.date) article.date = c.date;
    const { events, error } = codeSafely(coder, article);
    if (error !== undefined) errors.push({ id: c.id, message: error });
    const predicted = suite.predict(events, codes, c);
    const diffs = {} as Record<Level, SetDiff>;
    for (const level of LEVELS) diffs[level] = compareSets(predicted[level], c.expected[level]);
    return { case: c, split: splitOf(c.id), negative: c.negative, eventCount: events.length, diffs };
  });
  const only = (split: Split) => results.filter((r) => r.split === split);
  const summaries: Record<SplitView, ReturnType<typeof summarise>> = {
    all: summarise(results),
    dev: summarise(only('dev')),
    'held-out': summarise(only('held-out')),
  };
  return { report: { name: suite.name, file, cases: cases.length, summaries, errors }, results };
}

function describe(e: CodedEvent): string {
  const actor = (a: CodedEvent['source']) => a?.code ?? '---';
  return `${e.code} ${actor(e.source)}→${actor(e.target)}`;
}

/** Local negatives (`{id, category, text}` per line): every sentence should emit nothing. */
export function evaluateNegatives(coder: Coder, path: string, file: string): NegativesReport {
  const rows = readJsonl(path);
  const hits: NegativeHit[] = [];
  const errors: NegativesReport['errors'] = [];
  for (const { line, value } of rows) {
    const row = value as { id?: unknown; category?: unknown; text?: unknown };
    const id = String(row.id ?? `line-${line}`);
    const text = String(row.text ?? '');
    const { events, error } = codeSafely(coder, { id, text, origin: { file, line } });
    if (error !== undefined) errors.push({ id, message: error });
    if (events.length > 0)
      hits.push({ id, category: String(row.category ?? '?'), text, events: events.map(describe) });
  }
  return { file, total: rows.length, hits, errors };
}
