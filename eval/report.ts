/** Renders eval figures as markdown: padded tables that read well on a terminal and in eval/RESULTS.md. */
import { type WhenWhereReport, renderWhenWhere } from './when-where.js';
import type { RunInfo } from './provenance.js';
import { LEVELS, type Level, prf, type SetDiff, type Summary } from './score.js';
import type { Split } from './split.js';

export type SplitView = 'all' | Split;
export const SPLIT_VIEWS: readonly SplitView[] = ['all', 'dev', 'held-out'];

export interface SuiteReport {
  name: string;
  /** Path of cases.jsonl as shown to the reader. */
  file: string;
  cases: number;
  summaries: Record<SplitView, Summary>;
  /** Cases on which the coder threw. */
  errors: { id: string; message: string }[];
}

export interface NegativeHit {
  id: string;
  category: string;
  text: string;
  events: string[];
}

export interface NegativesReport {
  file: string;
  total: number;
  hits: NegativeHit[];
  errors: { id: string; message: string }[];
}

export interface EvalReport {
  info: RunInfo;
  suites: SuiteReport[];
  negatives: NegativesReport | null;
  /** Dates and places on our own when/where suite. */
  whenWhere: WhenWhereReport | null;
  /** Lines about what was skipped or not scored. */
  notes: string[];
}

export const SCORING_RULES = [
  'Per case, the SET of predicted triples is compared with the SET of expected triples (duplicates count once);',
  'TP = |pred ∩ exp|, FP = |pred \\ exp|, FN = |exp \\ pred|, summed over cases (micro-average), then P, R, F1.',
  '',
  '- **root**: (source country, target country, event). universalpetrarch: country = first 3 chars of the CAMEO',
  '  actor code ("USAGOV"→USA, "---REB"→---, "IGOUNO"→IGO), event = first 2 digits of the CAMEO code. plover:',
  '  `*_country` fields, event = PLOVER type (2016 names read as 2021 ones on both sides: DEMAND→REQUEST,',
  '  DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT; a predicted event without a PLOVER type is NONE). PLOVER writes',
  '  a reciprocal event as its parties with no target, so in its 18 reciprocal records a predicted A→B between two',
  '  parties is read as A→---.',
  '  Predicted country: actor.country, else the transnational prefix of actor.code (IGO, NGO, IMG, INT, MNC, NGM,',
  '  UIS), else "---"; no actor → "---". Legacy codes (JAP, ROM, ...) become ISO3 on both sides, through',
  "  the coder's `cameoToIso3` (eval/country-codes.ts).",
  '- **strict**: (full source actor code, full target actor code, full CAMEO code); plover: (code+sector, e.g.',
  '  "HUNGOV", target likewise, PLOVER type). Country prefixes normalised as above.',
  '- **actors**: (source country, target country), the event ignored: separates actor errors from event errors.',
  '- **exact**: cases whose strict set equals the expected set.',
  '- Negative cases (`expect_no_event` or no expected event) are NOT in P/R/F1: they are reported on their own line',
  '  (clean = the coder emitted no event at all; FP = triples emitted on them).',
  '- Split: FNV-1a 32-bit of the case id, mod 10: 0–5 dev, 6–9 held-out (eval/README.md). Tune on dev only.',
];

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

function prfCell(s: Summary, level: Level): string {
  const { p, r, f1 } = prf(s.counts[level]);
  return `${pct(p)} / ${pct(r)} / ${pct(f1)}`;
}

/** A markdown table with columns padded to equal width. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function negativesLine(r: SuiteReport): string {
  const all = r.summaries.all;
  if (all.negatives === 0) return 'Negative cases: none in this suite.';
  const parts = SPLIT_VIEWS.map((v) => {
    const s = r.summaries[v];
    const fp = LEVELS.map((l) => s.negativeFp[l]).join('/');
    return `${v} clean ${s.negativesClean}/${s.negatives}, FP ${fp}`;
  });
  return `Negative cases (excluded from P/R/F1; FP root/strict/actors): ${parts.join('; ')}.`;
}

function errorLines(errors: readonly { id: string; message: string }[]): string[] {
  const first = errors[0];
  if (!first) return [];
  return [
    '',
    `**The coder threw on ${errors.length} case(s)** (counted as no events); first: ${first.id}: ${first.message}`,
  ];
}

export function renderSuite(r: SuiteReport): string {
  const all = r.summaries.all;
  const rows = SPLIT_VIEWS.map((v) => {
    const s = r.summaries[v];
    const c = s.counts.root;
    const tpFpFn = `${c.tp}/${c.fp}/${c.fn}`;
    return [
      v,
      `${s.positives}`,
      `${s.exact}`,
      prfCell(s, 'root'),
      tpFpFn,
      prfCell(s, 'strict'),
      prfCell(s, 'actors'),
    ];
  });
  const out = [
    `### ${r.name}: ${r.cases} cases (${all.positives} with events, ${all.negatives} negatives)`,
    '',
    `\`${r.file}\``,
    '',
    table(
      [
        'split',
        'cases',
        'exact',
        'root P / R / F1',
        'root TP/FP/FN',
        'strict P / R / F1',
        'actors P / R / F1',
      ],
      rows,
    ),
    '',
    negativesLine(r),
  ];
  out.push(...errorLines(r.errors));
  return out.join('\n');
}

export function renderNegatives(n: NegativesReport): string {
  const out = [
    '### Local negatives',
    '',
    `\`${n.file}\`: **${n.hits.length}/${n.total}** sentences emitted at least one event (target: 0).`,
  ];
  if (n.hits.length > 0) out.push('');
  for (const h of n.hits) out.push(`- \`${h.id}\` (${h.category}): ${h.events.join(', ')} — "${h.text}"`);
  out.push(...errorLines(n.errors));
  return out.join('\n');
}

export function renderReport(r: EvalReport): string {
  const out = [
    '# Parley eval results',
    '',
    `Date ${r.info.date} · commit ${r.info.commit ?? 'unknown'} · node ${r.info.node} · \`npm run eval\``,
    '',
    '## Scoring rules',
    '',
    ...SCORING_RULES,
    '',
    '## Figures (P / R / F1 in %)',
  ];
  for (const s of r.suites) out.push('', renderSuite(s));
  if (r.negatives) out.push('', renderNegatives(r.negatives));
  if (r.whenWhere) out.push('', renderWhenWhere(r.whenWhere));
  if (r.notes.length > 0) out.push('', '## Not scored', '', ...r.notes.map((n) => `- ${n}`));
  return `${out.join('\n')}\n`;
}

/** Per-case diff for --verbose: missed and extra triples at every level that differs. */
export function renderCaseDiff(
  c: { id: string; line: number; text: string },
  split: Split,
  diffs: Record<Level, SetDiff>,
): string | null {
  const lines: string[] = [];
  for (const level of LEVELS) {
    const d = diffs[level];
    if (d.missed.length === 0 && d.extra.length === 0) continue;
    const missed = d.missed.length > 0 ? `missed ${d.missed.join(', ')}` : '';
    const extra = d.extra.length > 0 ? `extra ${d.extra.join(', ')}` : '';
    lines.push(`  ${level.padEnd(6)} ${[missed, extra].filter(Boolean).join('   ')}`);
  }
  if (lines.length === 0) return null;
  return [`--- ${c.id} (line ${c.line}, ${split})`, `  "${c.text}"`, ...lines].join('\n');
}
