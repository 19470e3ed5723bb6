/**
 * Turns the raw <Leaders> and <Government> lines of one country into dated posts: CAMEO code, normalised title,
 * ISO dates. Open ends ("[>date]": in office at the last update) end at the block's horizon, the last date it
 * mentions but no earlier than the source's own end (<Leaders> ~2009, <Government> Feb 2011); open starts ("[<date]":
 * already in office when the CIA directory was first coded) start on 2003-01-01.
 */
import type { RawBlock, RawEntry, RawTerm } from './parse.js';
import { governmentPost, leaderPost, type Post } from './positions.js';

export interface PostTerm {
  names: string[];
  post: Post;
  code: string;
  start: string;
  end: string;
  /** The end is the block's horizon ("[>date]"), not a known end of term. */
  openEnd: boolean;
  from: 'leaders' | 'government';
}

export interface TermStats {
  badDates: number;
  otherCodes: number;
  ambiguousTitles: number;
  skippedPosts: Map<string, number>;
}

const LEADERS_HORIZON = '2009-12-31';
const GOVERNMENT_HORIZON = '2011-02-28';
const GOVERNMENT_START = '2003-01-01';

/** "20070231" -> "2007-02-28" (the file has such days); null for dates that are not dates. */
export function isoDate(raw: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  let day = Number(match[3]);
  if (year < 1800 || month < 1 || month > 12) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1) day = 1;
  if (day > last) day = last;
  return `${match[1]}-${match[2]}-${String(day).padStart(2, '0')}`;
}

function horizon(entries: readonly RawEntry[], floor: string): string {
  let latest = floor;
  for (const entry of entries) {
    for (const term of entry.terms) {
      for (const raw of [term.start, term.end]) {
        const date = raw === null ? null : isoDate(raw);
        if (date !== null && date > latest && date < '2013-01-01') latest = date;
      }
    }
  }
  return latest;
}

type Span = { start: string; end: string; openEnd: boolean };

function dates(term: RawTerm, end: string, stats: TermStats): Span | null {
  const to = term.end === null ? end : isoDate(term.end);
  const earliest = to !== null && to < GOVERNMENT_START ? to : GOVERNMENT_START;
  const from = term.start === null ? earliest : isoDate(term.start);
  if (from === null || to === null || to < from) {
    stats.badDates++;
    return null;
  }
  return { start: from, end: to, openEnd: term.end === null };
}

/**
 * The term's code if it is for this country (as written, "KSV", or its CAMEO code) and GOV or MIL; heads and
 * foreign ministers then get `<country>GOV` (the file codes some foreign ministries GOVBUS for their trade brief),
 * defence ministers keep a military code ("USAMIL", "RUSGOVMIL") and get `<country>GOVMIL` for any other.
 */
function ownCode(code: string, block: RawBlock, cameo: string, post: Post): string | null {
  const match = /^([A-Z]{3})((?:GOV|MIL)(?:[A-Z]{3})?)$/.exec(code);
  if (!match || (match[1] !== block.code && match[1] !== cameo)) return null;
  if (post.kind !== 'defence') return `${cameo}GOV`;
  return match[2]?.includes('MIL') ? `${cameo}${match[2]}` : `${cameo}GOVMIL`;
}

function note(stats: TermStats, what: string): void {
  stats.skippedPosts.set(what, (stats.skippedPosts.get(what) ?? 0) + 1);
}

export function leaderTerms(block: RawBlock, cameo: string, stats: TermStats): PostTerm[] {
  const end = horizon(block.leaders, LEADERS_HORIZON);
  const out: PostTerm[] = [];
  for (const entry of block.leaders) {
    const tag = entry.titles[0] ?? '';
    const post = leaderPost(tag);
    if (post === null) {
      note(stats, `<${tag}>`);
      continue;
    }
    for (const term of entry.terms) {
      const code = term.code === null ? `${cameo}GOV` : ownCode(term.code, block, cameo, post);
      if (code === null) {
        stats.otherCodes++;
        continue;
      }
      const span = dates(term, end, stats);
      if (span) out.push({ names: entry.names, post, code, ...span, from: 'leaders' });
    }
  }
  return out;
}

/** Titles for each term: one each, one per run of terms with the same code, or one for all. */
function titlesPerTerm(entry: RawEntry): string[] | null {
  const { terms, titles } = entry;
  if (titles.length === terms.length) return titles;
  if (titles.length === 1) return terms.map(() => titles[0] ?? '');
  const runs: number[] = [];
  terms.forEach((term, index) => {
    const previous = terms[index - 1];
    runs.push(index === 0 ? 0 : (runs[index - 1] ?? 0) + (previous?.code === term.code ? 0 : 1));
  });
  if (titles.length !== (runs[runs.length - 1] ?? 0) + 1) return null;
  return runs.map((run) => titles[run] ?? '');
}

export function governmentTerms(block: RawBlock, iso3: string, cameo: string, stats: TermStats): PostTerm[] {
  const end = horizon(block.government, GOVERNMENT_HORIZON);
  const out: PostTerm[] = [];
  for (const entry of block.government) {
    const titles = titlesPerTerm(entry);
    if (titles === null) {
      stats.ambiguousTitles++;
      continue;
    }
    entry.terms.forEach((term, index) => {
      const title = titles[index] ?? '';
      const post = governmentPost(title.replace(/"[^"]*"/g, '').trim(), iso3);
      if (post === null) return;
      const code = term.code === null ? null : ownCode(term.code, block, cameo, post);
      if (code === null) {
        stats.otherCodes++;
        return;
      }
      const span = dates(term, end, stats);
      if (span) out.push({ names: entry.names, post, code, ...span, from: 'government' });
    });
  }
  return out;
}
