/**
 * Deduplication: the mentions of one group (same directed dyad, CAMEO base code and modality; see group-key.ts)
 * that report one real event become one `DatasetEvent`.
 *
 * Two mentions may be one event when their dates overlap (dataset.dedup.dates-overlap), their places are not in
 * different countries (dataset.dedup.place-compatible) and they do not name different people on either side
 * (dataset.dedup.names-compatible). Mentions are joined in a canonical order fixed by their content — never by the
 * order they were read — so the same reports in any order give the same events. A join that would stretch an event
 * over more days than its widest report allows (plus two days of slack) is refused (dataset.dedup.span-limit): daily
 * reports of daily strikes stay daily events, while "on Thursday" and "on Sunday" join through "from May 8-11".
 */
import { createHash } from 'node:crypto';
import type { CodedActor, CodedEvent, CodedLocation } from '../output/coded-event.js';
import type { DatasetEvent, EventMention } from './dataset-event.js';
import { type DayInterval, eventInterval, isoDay, narrowestSpan, overlaps } from './day-interval.js';

export interface ArticleInfo {
  hash: string;
  doc_id: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  /** Near-duplicate group of the article (syndicated copies share it), or null. */
  syndicate: string | null;
  added: string;
}

export interface MentionInput {
  mention_id: string;
  /** The mention as `parley extract` coded it. */
  event: CodedEvent;
  sentence_index: number;
  article: ArticleInfo;
}

export interface DedupedEvent {
  event: DatasetEvent;
  mentionIds: string[];
}

/** Extra days a joined event may span beyond its widest single report. */
const SPAN_SLACK_DAYS = 2;
const PRECISION_RANK: Readonly<Record<CodedLocation['precision'], number>> = { landmark: 4, city: 3, admin1: 2, country: 1 };

interface Item {
  m: MentionInput;
  interval: DayInterval | null;
}

interface Component {
  lo: number;
  hi: number;
  widest: number;
  sourceNames: Set<string>;
  targetNames: Set<string>;
  countries: Set<string>;
}

/** Canonical order: by date, then by content (article hash, offset, id) — independent of reading order. */
function compareItems(a: Item, b: Item): number {
  const ai = a.interval;
  const bi = b.interval;
  if (ai && bi && ai.lo !== bi.lo) return ai.lo - bi.lo;
  if (ai && bi && ai.hi !== bi.hi) return ai.hi - bi.hi;
  if (!ai !== !bi) return ai ? -1 : 1;
  if (a.m.article.hash !== b.m.article.hash) return a.m.article.hash < b.m.article.hash ? -1 : 1;
  if (a.m.event.evidence.start !== b.m.event.evidence.start) return a.m.event.evidence.start - b.m.event.evidence.start;
  return a.m.mention_id < b.m.mention_id ? -1 : a.m.mention_id > b.m.mention_id ? 1 : 0;
}

function componentOf(item: Item): Component {
  const e = item.m.event;
  const i = item.interval;
  return {
    lo: i?.lo ?? 0,
    hi: i?.hi ?? 0,
    widest: i ? i.hi - i.lo : 0,
    sourceNames: new Set(e.source?.name ? [e.source.name] : []),
    targetNames: new Set(e.target?.name ? [e.target.name] : []),
    countries: new Set(e.location?.country ? [e.location.country] : []),
  };
}

const union = <T>(a: Set<T>, b: Set<T>): Set<T> => new Set([...a, ...b]);

/** Whether two components may be one event: at most one name a side, one country of place, and a bounded span. */
function mayJoin(a: Component, b: Component, dated: boolean): Component | null {
  const sourceNames = union(a.sourceNames, b.sourceNames);
  const targetNames = union(a.targetNames, b.targetNames);
  const countries = union(a.countries, b.countries);
  if (sourceNames.size > 1 || targetNames.size > 1 || countries.size > 1) return null;
  const lo = Math.min(a.lo, b.lo);
  const hi = Math.max(a.hi, b.hi);
  const widest = Math.max(a.widest, b.widest);
  if (dated && hi - lo > widest + SPAN_SLACK_DAYS) return null;
  return { lo, hi, widest, sourceNames, targetNames, countries };
}

/** Clusters the mentions of one group into events. */
export function dedupGroup(mentions: readonly MentionInput[]): DedupedEvent[] {
  const items = mentions.map((m) => ({ m, interval: eventInterval(m.event) })).sort(compareItems);
  const parent = items.map((_, i) => i);
  const comps = items.map(componentOf);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    parent[i] = r;
    return r;
  };
  const tryJoin = (i: number, j: number, dated: boolean): void => {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) return;
    const joined = mayJoin(comps[ri]!, comps[rj]!, dated);
    if (!joined) return;
    const [keep, drop] = ri < rj ? [ri, rj] : [rj, ri];
    parent[drop] = keep;
    comps[keep] = joined;
  };

  // Dated mentions: a sweep over intervals sorted by start; only overlapping pairs are compared.
  const active: number[] = [];
  items.forEach((item, i) => {
    const iv = item.interval;
    if (!iv) return;
    for (let k = active.length - 1; k >= 0; k--) if (items[active[k]!]!.interval!.hi < iv.lo) active.splice(k, 1);
    for (const j of active) if (overlaps(items[j]!.interval!, iv)) tryJoin(j, i, true);
    active.push(i);
  });
  // Undated mentions: one event only with another undated mention of the same article.
  const undated = items.map((it, i) => [it, i] as const).filter(([it]) => !it.interval);
  for (const [a, i] of undated) {
    for (const [b, j] of undated) if (j > i && a.m.article.hash === b.m.article.hash) tryJoin(i, j, false);
  }

  const clusters = new Map<number, MentionInput[]>();
  items.forEach((item, i) => {
    const r = find(i);
    const list = clusters.get(r) ?? [];
    list.push(item.m);
    clusters.set(r, list);
  });
  return [...clusters.values()].map(mergeCluster);
}

/** Report order: earliest publication first (undated last), then document id, article, offset. */
function compareReports(a: MentionInput, b: MentionInput): number {
  const pa = a.article.published ?? '9999';
  const pb = b.article.published ?? '9999';
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.article.doc_id !== b.article.doc_id) return a.article.doc_id < b.article.doc_id ? -1 : 1;
  if (a.article.hash !== b.article.hash) return a.article.hash < b.article.hash ? -1 : 1;
  return a.event.evidence.start - b.event.evidence.start || (a.mention_id < b.mention_id ? -1 : 1);
}

function mostCommon<T>(values: readonly T[], key: (v: T) => string, better: (a: T, b: T) => number): T | undefined {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1 });
  }
  let best: { v: T; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && better(c.v, best.v) < 0)) best = c;
  return best?.v;
}

/** The code most reports give; on a tie the more specific code, then the smaller. */
function chooseCode(ms: readonly MentionInput[]): string {
  return mostCommon(
    ms.map((m) => m.event.code),
    (c) => c,
    (a, b) => b.length - a.length || (a < b ? -1 : 1),
  )!;
}

/** The place most reports give; on a tie the more precise one, then by name. */
function choosePlace(ms: readonly MentionInput[]): CodedLocation | null {
  const places = ms.map((m) => m.event.location).filter((l): l is CodedLocation => l !== null);
  return (
    mostCommon(
      places,
      (l) => `${l.name}|${l.country}`,
      (a, b) => PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision] || (a.name < b.name ? -1 : 1),
    ) ?? null
  );
}

/** The actor as the representative report has it, with the name other reports give when it has none. */
function chooseActor(rep: CodedActor | null, all: readonly (CodedActor | null)[]): CodedActor | null {
  if (!rep || rep.name) return rep;
  const named = all.find((a) => a?.name);
  return named ? { ...rep, name: named.name } : rep;
}

function chooseDate(ms: readonly MentionInput[]): Pick<DatasetEvent, 'date' | 'date_end' | 'date_precision'> {
  const tiers: DatasetEvent['date_precision'][][] = [['day', 'range'], ['month'], ['year'], ['publication']];
  for (const tier of tiers) {
    const used = ms.filter((m) => m.event.date !== null && tier.includes(m.event.date_precision));
    if (used.length === 0) continue;
    if (tier[0] !== 'day') {
      const first = used.map((m) => m.event).sort((a, b) => (a.date! < b.date! ? -1 : 1))[0]!;
      return { date: first.date, date_precision: first.date_precision };
    }
    const span = narrowestSpan(used.map((m) => eventInterval(m.event)!))!;
    return span.lo === span.hi
      ? { date: isoDay(span.lo), date_precision: 'day' }
      : { date: isoDay(span.lo), date_end: isoDay(span.hi), date_precision: 'range' };
  }
  return { date: null, date_precision: ms[0]!.event.date_precision };
}

/** Independent sources: articles of one outlet, or syndicated copies of one story, count once. */
function countSources(articles: readonly ArticleInfo[]): number {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const add = (k: string) => {
    if (!parent.has(k)) parent.set(k, k);
  };
  for (const a of articles) {
    const keys = [`doc:${a.syndicate ?? a.hash}`];
    const outlet = a.outlet?.trim().toLowerCase() || hostOf(a.url);
    if (outlet) keys.push(`outlet:${outlet}`);
    keys.forEach(add);
    for (const k of keys.slice(1)) {
      const ra = find(keys[0]!);
      const rb = find(k);
      if (ra !== rb) parent.set(rb, ra);
    }
  }
  return new Set([...parent.keys()].map(find)).size;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return null;
  }
}

function mergeCluster(cluster: readonly MentionInput[]): DedupedEvent {
  const ms = [...cluster].sort(compareReports);
  const code = chooseCode(ms);
  const rep = ms.find((m) => m.event.code === code)!;
  const articles = [...new Map(ms.map((m) => [m.article.hash, m.article])).values()];
  const rules = [...new Set(ms.flatMap((m) => m.event.rules))].sort();
  if (ms.length > 1) rules.push('dataset.dedup.same-event');
  const mentionIds = ms.map((m) => m.mention_id);
  const eventId = createHash('sha1').update([...mentionIds].sort()[0]!).digest('hex').slice(0, 16);
  const mentions: EventMention[] = ms.map((m) => ({
    doc_id: m.article.doc_id,
    sentence: m.event.sentence,
    start: m.event.evidence.start,
    end: m.event.evidence.end,
  }));
  const { date_end: _drop, ...base } = rep.event;
  const event: DatasetEvent = {
    ...base,
    event_id: eventId,
    ...chooseDate(ms),
    source: chooseActor(rep.event.source, ms.map((m) => m.event.source)),
    target: chooseActor(rep.event.target, ms.map((m) => m.event.target)),
    location: choosePlace(ms),
    rules,
    num_mentions: ms.length,
    num_sources: countSources(articles),
    num_articles: articles.length,
    mentions,
    source_url: ms.find((m) => m.article.url)?.article.url ?? null,
    source_name: rep.article.outlet,
    added: articles.map((a) => a.added).sort()[0]!,
    sentence_index: rep.sentence_index,
  };
  return { event, mentionIds };
}
