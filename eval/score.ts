/**
 * Pure scoring: per case, the set of predicted triples against the set of expected triples, micro-averaged.
 * A triple is a string key such as "USA|CHN|04"; see suites.ts for how each suite builds them.
 */

/** The three comparisons made for every case (see eval/README.md). */
export const LEVELS = ['root', 'strict', 'actors'] as const;
export type Level = (typeof LEVELS)[number];
export type Triples = Record<Level, string[]>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface SetDiff extends Counts {
  /** Expected but not predicted (sorted). */
  missed: string[];
  /** Predicted but not expected (sorted). */
  extra: string[];
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** Joins the parts of a triple (or pair) into one comparable key. */
export function key(...parts: string[]): string {
  return parts.join('|');
}

/** Compares two sets of keys: duplicates on either side count once. */
export function compareSets(predicted: Iterable<string>, expected: Iterable<string>): SetDiff {
  const pred = new Set(predicted);
  const exp = new Set(expected);
  const missed = [...exp].filter((k) => !pred.has(k)).sort();
  const extra = [...pred].filter((k) => !exp.has(k)).sort();
  return { tp: exp.size - missed.length, fp: extra.length, fn: missed.length, missed, extra };
}

export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(total: Counts, more: Counts): Counts {
  return { tp: total.tp + more.tp, fp: total.fp + more.fp, fn: total.fn + more.fn };
}

/** Precision, recall and F1; an empty denominator gives 0. */
export function prf(c: Counts): Prf {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** What one case gave, as far as the figures need it. */
export interface CaseOutcome {
  /** The case expects no event; it is kept out of P/R/F1 and counted on its own. */
  negative: boolean;
  /** Number of events the coder emitted (0 when it threw). */
  eventCount: number;
  diffs: Record<Level, SetDiff>;
}

export interface Summary {
  /** Cases with expected events: the micro-average is over these only. */
  positives: number;
  /** Positive cases whose strict set equals the expected set exactly. */
  exact: number;
  counts: Record<Level, Counts>;
  negatives: number;
  /** Negative cases for which the coder emitted no event at all. */
  negativesClean: number;
  /** False positives on negative cases, per level (not part of `counts`). */
  negativeFp: Record<Level, number>;
}

export function summarise(outcomes: Iterable<CaseOutcome>): Summary {
  const s: Summary = {
    positives: 0,
    exact: 0,
    counts: { root: zeroCounts(), strict: zeroCounts(), actors: zeroCounts() },
    negatives: 0,
    negativesClean: 0,
    negativeFp: { root: 0, strict: 0, actors: 0 },
  };
  for (const o of outcomes) {
    if (o.negative) {
      s.negatives++;
      if (o.eventCount === 0) s.negativesClean++;
      for (const level of LEVELS) s.negativeFp[level] += o.diffs[level].fp;
      continue;
    }
    s.positives++;
    if (o.diffs.strict.fp === 0 && o.diffs.strict.fn === 0) s.exact++;
    for (const level of LEVELS) s.counts[level] = addCounts(s.counts[level], o.diffs[level]);
  }
  return s;
}
